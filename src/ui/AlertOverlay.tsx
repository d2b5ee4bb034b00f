import { Box, Text } from 'ink';
import { useTheme } from './use-theme.js';

/** Props of {@link AlertOverlay}. */
export interface AlertOverlayProps {
  /** What happened to the reading state, one message per line, paths in full. */
  message: string;
  height: number;
  width: number;
}

/**
 * What the store had to say about the reading state (a damaged file moved aside, a write that
 * failed), in place of the panes and wrapped in full so a long path is never cut off. It stays
 * until a key dismisses it.
 */
export function AlertOverlay({ message, height, width }: AlertOverlayProps) {
  const theme = useTheme();
  return (
    <Box flexDirection="column" height={height} width={width} overflow="hidden" paddingX={1}>
      <Text {...theme['text.warning']} bold>
        Reading state
      </Text>
      {message.split('\n').map((line, i) => (
        <Text key={i} wrap="wrap">
          {line}
        </Text>
      ))}
      <Text {...theme['text.muted']}>Press any key to go on reading.</Text>
    </Box>
  );
}
