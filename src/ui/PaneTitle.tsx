import { Text } from 'ink';
import { fit } from '../library/text/text-fit.js';
import { useTheme } from './use-theme.js';

/** Props of {@link PaneTitle}. */
export interface PaneTitleProps {
  text: string;
  width: number;
  /** The pane has the keys: the title is drawn in the focus style. */
  focused: boolean;
}

/** A pane's one-row title, showing whether the pane has focus. */
export function PaneTitle({ text, width, focused }: PaneTitleProps) {
  const theme = useTheme();
  return (
    <Text {...theme[focused ? 'ui.focus' : 'ui.blur']} underline={focused}>
      {fit(text, width)}
    </Text>
  );
}
