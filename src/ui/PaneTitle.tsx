import { Text } from 'ink';
import { memo } from 'react';
import { padToWidth } from '../library/text/text-width.js';
import { useTheme } from './use-theme.js';

/** Props of {@link PaneTitle}. */
export interface PaneTitleProps {
  text: string;
  width: number;
  /** The pane has the keys: the title is drawn in the focus style. */
  focused: boolean;
}

/** Before the focused pane's title: a mark that needs no colour (`NO_COLOR`, issue 12). */
export const FOCUS_MARK = '▶ ';

/**
 * A pane's one-row title, showing whether the pane has focus: in the focus style, and with
 * {@link FOCUS_MARK} in front, so it is told apart even where colours and styles are off.
 * Unfocused titles keep the mark's room, so a title does not jump as the focus moves.
 */
export const PaneTitle = memo(function PaneTitle({ text, width, focused }: PaneTitleProps) {
  const theme = useTheme();
  return (
    <Text {...theme[focused ? 'ui.focus' : 'ui.blur']} underline={focused}>
      {padToWidth(`${focused ? FOCUS_MARK : '  '}${text}`, width)}
    </Text>
  );
});
