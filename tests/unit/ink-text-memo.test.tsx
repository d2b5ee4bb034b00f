/**
 * Ink's `Text` as patched in patches/ink+6.8.0.patch (issue 10): its transform (colours, bold, …)
 * and its node's style are the same objects while the props that shape them stay the same. A
 * Text drawn again with the same look is then no update of its node's props, and the text it
 * sits in keeps its squashed form; every frame is still the one a fresh render draws.
 */
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { actOn } from '../helpers/act-on.js';

// Colours on (chalk reads this when Ink loads), so a frame shows each look.
process.env.FORCE_COLOR = '3';
const { Box, Text, Transform } = await import('ink');
const { render } = await import('ink-testing-library');

type Look = { color?: 'green' | 'red'; bold?: boolean };

/** A row drawn again on every frame (no memo), its look and its neighbour's text from the state. */
function Rows({ n, look, count }: { n: number; look: Look; count: (s: string) => string }) {
  return (
    <Box flexDirection="column" width={12}>
      <Text>
        <Transform transform={count}>{'row'}</Transform> <Text color={look.color} bold={look.bold}>a long styled tail</Text>
      </Text>
      <Text>frame {n}</Text>
    </Box>
  );
}

describe("Ink's Text keeps its transform and style while its look stays", () => {
  it('a row drawn again with the same look is not squashed again', async () => {
    let squashed = 0;
    const count = (s: string) => {
      squashed++;
      return s;
    };
    let setN: (n: number) => void = () => undefined;
    const View = () => {
      const [n, set] = useState(0);
      setN = set;
      return <Rows n={n} look={{ color: 'green' }} count={count} />;
    };
    const app = render(<View />);
    const first = squashed;
    for (let n = 1; n <= 5; n++) {
      await actOn(() => setN(n));
      expect(app.lastFrame()).toContain(`frame ${n}`);
    }
    // Old Ink: a new transform every render made the row's text squashed again, 5 times.
    expect(squashed - first).toBe(0);
    app.unmount();
  });

  it('draws each change of look as a fresh render does', async () => {
    const looks: Look[] = [{ color: 'green' }, { color: 'red' }, { color: 'red', bold: true }, {}, { color: 'green' }];
    let setLook: (look: Look) => void = () => undefined;
    const View = () => {
      const [look, set] = useState<Look>(looks[0]!);
      setLook = set;
      return <Rows n={0} look={look} count={(s) => s} />;
    };
    const app = render(<View />);
    const frames = new Set<string>();
    for (const look of looks) {
      await actOn(() => setLook(look));
      const fresh = render(<Rows n={0} look={look} count={(s) => s} />);
      expect(app.lastFrame()).toBe(fresh.lastFrame());
      frames.add(app.lastFrame()!);
      fresh.unmount();
    }
    // Each look drew differently (colours, bold, none): the frames compared show it.
    expect(frames.size).toBe(4);
    app.unmount();
  });
});
