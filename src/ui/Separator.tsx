import { Text } from 'ink';
import { memo } from 'react';
import { useTheme } from './use-theme.js';

/** Props of {@link Separator}. */
export interface SeparatorProps {
  height: number;
}

/** A one-column vertical rule between panes; `memo`: drawn again only when its height changes. */
export const Separator = memo(function Separator({ height }: SeparatorProps) {
  const theme = useTheme();
  return <Text {...theme['ui.separator']}>{Array.from({ length: height }, () => '│').join('\n')}</Text>;
});
