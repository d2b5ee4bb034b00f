/**
 * Ink's output step as patched in patches/ink+6.8.0.patch (issue 10): each row is drawn from the
 * writes that land on it and remembered by them, across frames. A remembered row must be the one
 * those writes draw: the same text at another column or beside other text is another row.
 */
import { Box, Text } from 'ink';
import { render } from 'ink-testing-library';
import { describe, expect, it } from 'vitest';

function Row({ indent, left, right }: { indent: number; left: string; right?: string }) {
  return (
    <Box flexDirection="row">
      <Box paddingLeft={indent} width={12}>
        <Text>{left}</Text>
      </Box>
      {right === undefined ? null : <Text>{right}</Text>}
    </Box>
  );
}

describe('Ink rows remembered across frames', () => {
  it('draws each frame as its own writes say, whatever was drawn before', () => {
    const frames: Array<[Parameters<typeof Row>[0], string]> = [
      [{ indent: 0, left: 'ab' }, 'ab'],
      [{ indent: 2, left: 'ab' }, '  ab'],
      [{ indent: 0, left: 'ab', right: 'cd' }, 'ab          cd'],
      [{ indent: 0, left: 'ab' }, 'ab'],
      [{ indent: 1, left: '漢字x', right: '→' }, ' 漢字x      →'],
      [{ indent: 0, left: 'ab', right: 'cd' }, 'ab          cd'],
    ];
    const app = render(<Row {...frames[0]![0]} />);
    for (const [props, expected] of [...frames, ...frames.slice().reverse()]) {
      app.rerender(<Row {...props} />);
      expect(app.lastFrame()).toBe(expected);
    }
    app.unmount();
  });
});
