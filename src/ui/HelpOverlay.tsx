import { Box, Text } from 'ink';
import { helpRows, type HelpLine } from '../keys/help-lines.js';
import { padToWidth } from '../library/text/text-width.js';
import { useTheme } from './use-theme.js';

/** Props of {@link HelpOverlay}. */
export interface HelpOverlayProps {
  /** The help's lines, drawn from the key table. */
  lines: readonly HelpLine[];
  /** First line of the window. */
  top: number;
  /** Rows for the overlay (its title takes one). */
  height: number;
  width: number;
}

/** Every key, from the key table; scrolls like a list. */
export function HelpOverlay({ lines, top, height, width }: HelpOverlayProps) {
  const theme = useTheme();
  const rows = helpRows(height);
  const last = Math.min(lines.length, top + rows);
  const where = lines.length > rows ? ` · ${top + 1}–${last} of ${lines.length}` : '';
  const keyWidth = Math.min(28, Math.max(12, Math.floor(width / 3)));
  return (
    <Box flexDirection="column" width={width} height={height} overflow="hidden">
      <Text {...theme['ui.focus']}>{padToWidth(` Keys — ? or Esc closes, j/k scroll${where}`, width)}</Text>
      {lines.slice(top, top + rows).map((line, i) => {
        const key = `${top + i}`;
        if (line.kind === 'blank') return <Text key={key}> </Text>;
        if (line.kind === 'title') return <Text key={key} {...theme['ui.title']} wrap="truncate">{` ${line.text}`}</Text>;
        return (
          <Text key={key} wrap="truncate">
            <Text {...theme['ui.key']}>{padToWidth(`   ${line.keys}`, keyWidth)}</Text>
            {padToWidth(` ${line.text}`, Math.max(0, width - keyWidth))}
          </Text>
        );
      })}
    </Box>
  );
}
