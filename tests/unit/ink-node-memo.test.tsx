/**
 * Ink's node memos as patched in patches/ink+6.8.0.patch (issue 10): a node's computed layout is
 * read from Yoga only when Yoga laid the node out again (`hasNewLayout`), and a text's squashed
 * form is kept until its text, children or a child's transform change. Every frame must still
 * be the one a fresh render of the same tree draws; and a frame where one row changed must not
 * read, or squash, the rows that did not.
 */
import { Box, Text, Transform } from 'ink';
import { render } from 'ink-testing-library';
import { memo, useState } from 'react';
import Yoga from 'yoga-layout';
import { afterEach, describe, expect, it } from 'vitest';
import { actOn } from '../helpers/act-on.js';

interface Props {
  rows: string[];
  width: number;
  hidden?: number;
  pad?: number;
  color?: 'red' | 'green';
  border?: boolean;
}

function Screen({ rows, width, hidden, pad = 0, color, border }: Props) {
  return (
    <Box flexDirection="row">
      <Box flexDirection="column" width={width} paddingLeft={pad} borderStyle={border ? 'single' : undefined} overflow="hidden">
        {rows.map((row, i) => (
          <Box key={i} display={i === hidden ? 'none' : 'flex'}>
            <Text wrap="truncate">
              {i}: <Text color={i === 0 ? color : undefined}>{row}</Text>
            </Text>
          </Box>
        ))}
      </Box>
      <Text>|right</Text>
    </Box>
  );
}

const fresh = (props: Props) => {
  const app = render(<Screen {...props} />);
  const frame = app.lastFrame();
  app.unmount();
  return frame;
};

describe('Ink node memos', () => {
  it('draws every frame as a fresh render of the same tree would', () => {
    const rows = ['alpha', 'beta', 'gamma', 'delta'];
    const steps: Props[] = [
      { rows, width: 20 },
      { rows: ['alpha', 'BETA', 'gamma', 'delta'], width: 20 },
      { rows, width: 9 },
      { rows, width: 9, hidden: 1 },
      { rows, width: 14, hidden: 1, pad: 2 },
      { rows, width: 14, pad: 2, color: 'red' },
      { rows, width: 14, pad: 2, color: 'green', border: true },
      { rows: [...rows, 'epsilon'], width: 14, color: 'green', border: true },
      { rows: rows.slice(1), width: 20 },
      { rows: ['x', 'beta', 'gamma'], width: 20, hidden: 0 },
      { rows, width: 20 },
    ];
    const app = render(<Screen {...steps[0]!} />);
    for (const props of [...steps, ...steps.slice().reverse()]) {
      app.rerender(<Screen {...props} />);
      expect(app.lastFrame()).toBe(fresh(props));
    }
    app.unmount();
  });
});

describe('what a frame reads again', () => {
  const proto = Object.getPrototypeOf(Yoga.Node.create()) as { getComputedLeft(): number };
  const original = proto.getComputedLeft;
  afterEach(() => {
    proto.getComputedLeft = original;
  });

  it('reads the layout of the rows that did not change from memory, not from Yoga', () => {
    const rows = Array.from({ length: 30 }, (_, i) => `row ${i}`);
    const app = render(<Screen rows={rows} width={20} />);
    let reads = 0;
    proto.getComputedLeft = function (this: unknown) {
      reads++;
      return original.call(this);
    };
    const changed = [...rows];
    changed[7] = 'row seven';
    app.rerender(<Screen rows={changed} width={20} />);
    expect(app.lastFrame()).toContain('7: row seven');
    // 30 row boxes are children of the column Yoga laid out again; their 29 unchanged texts
    // are not: one read each for the path, the rows and the changed text, not for every node.
    expect(reads).toBeLessThan(40);
    app.unmount();
  });

  it('squashes a text again only when it changed', async () => {
    let squashed = 0;
    const count = (text: string) => {
      squashed++;
      return text;
    };
    const Still = memo(function Still() {
      return (
        <Text>
          kept <Transform transform={count}>{'as is'}</Transform>
        </Text>
      );
    });
    // Updates come from the tree's own state, as in a reader: a rerender from outside draws
    // Ink's own App again, whose contexts then draw every Text anew.
    let setN: (n: number) => void = () => undefined;
    const View = () => {
      const [n, set] = useState(0);
      setN = set;
      return (
        <Box flexDirection="column">
          <Still />
          <Text>frame {n}</Text>
        </Box>
      );
    };
    const app = render(<View />);
    const first = squashed;
    for (let n = 1; n <= 5; n++) {
      await actOn(() => setN(n));
      expect(app.lastFrame()).toBe(`kept as is\nframe ${n}`);
    }
    expect(squashed - first).toBe(0);
    app.unmount();
  });
});
