import { Box, Text } from 'ink';
import { MIN_COLUMNS, MIN_ROWS } from '../state/layout.js';
import { useTheme } from './use-theme.js';

/** Props of {@link TooSmall}. */
export interface TooSmallProps {
  /** The terminal's size now. */
  columns: number;
  rows: number;
  /** Rows Ink may use (one less than the terminal). */
  height: number;
}

/** Shown instead of the reader when the terminal is too small to be useful. */
export function TooSmall({ columns, rows, height }: TooSmallProps) {
  const theme = useTheme();
  return (
    <Box flexDirection="column" height={height} width={columns} overflow="hidden">
      <Text {...theme['text.warning']} wrap="wrap">
        Terminal too small ({columns}×{rows}).
      </Text>
      <Text {...theme['text.muted']} wrap="wrap">
        inkpress needs {MIN_COLUMNS}×{MIN_ROWS}. Enlarge the window (Ctrl-C quits).
      </Text>
    </Box>
  );
}
