import { Text } from 'ink';
import { useTheme } from './use-theme.js';

/** Props of {@link Separator}. */
export interface SeparatorProps {
  height: number;
}

/** A one-column vertical rule between panes. */
export function Separator({ height }: SeparatorProps) {
  const theme = useTheme();
  return <Text {...theme['ui.separator']}>{Array.from({ length: height }, () => '│').join('\n')}</Text>;
}
