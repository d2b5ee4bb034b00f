/**
 * Ink's incremental renderer, as patched in patches/ink+6.8.0.patch (issue 10): frames written
 * line by line land where the previous frame was, whether or not the output ends in a newline,
 * as it grows and shrinks, and after the terminal is resized. Drawn into a headless xterm, as a
 * terminal would show it.
 */
import { XtermStdout } from '../helpers/xterm-stdout.js';
import { describe, expect, it } from 'vitest';

// Under CI=true Ink writes no frame but the last (is-in-ci, read once when Ink loads), and CI runs
// this suite with CI=true: switch it off for this file before Ink is loaded.
for (const key of Object.keys(process.env)) if (key === 'CI' || key === 'CONTINUOUS_INTEGRATION' || key.startsWith('CI_')) delete process.env[key];
const { Box, render, Text } = await import('ink');
const { ENTER_SEQUENCE } = await import('../../src/ui/terminal-session.js');

function Lines({ lines }: { lines: string[] }) {
  return (
    <Box flexDirection="column">
      {lines.map((line, i) => <Text key={i}>{line}</Text>)}
    </Box>
  );
}

async function settle(): Promise<void> {
  await new Promise((resolve) => setTimeout(resolve, 20));
}

function start(columns: number, rows: number, lines: string[], { before = '' } = {}) {
  const stdout = new XtermStdout(columns, rows);
  stdout.write(before);
  const app = render(<Lines lines={lines} />, {
    stdout: stdout as unknown as NodeJS.WriteStream,
    incrementalRendering: true,
    patchConsole: false,
    maxFps: 1000,
  });
  return { stdout, app, show: async (next: string[]) => (app.rerender(<Lines lines={next} />), await settle(), stdout.screen()) };
}

const padded = (lines: string[], rows: number) => [...lines, ...Array(rows - lines.length).fill('')];

describe('Ink incremental rendering', () => {
  it('draws the second frame where the first was when the output ends in a newline', async () => {
    const { show, app } = start(20, 6, ['title', 'row 0', 'end']);
    expect(await show(['title', 'row 1', 'end'])).toEqual(padded(['title', 'row 1', 'end'], 6));
    expect(await show(['title', 'row 2', 'end'])).toEqual(padded(['title', 'row 2', 'end'], 6));
    app.unmount();
  });

  it('writes only the rows that changed', async () => {
    const { show, stdout, app } = start(20, 6, ['title', 'row 0', 'unchanged row']);
    await show(['title', 'row 0', 'unchanged row']);
    let written = '';
    const write = stdout.write.bind(stdout);
    stdout.write = (data: string) => ((written += data), write(data));
    await show(['title', 'row 1', 'unchanged row']);
    // Only from where the row changed: 'row ' is on screen already.
    expect(written).toContain('\u001B[5G1');
    expect(written).not.toContain('row 1');
    expect(written).not.toContain('unchanged row');
    expect(written).not.toContain('title');
    app.unmount();
  });

  it('grows and shrinks in place', async () => {
    const { show, app } = start(20, 8, ['a', 'b']);
    expect(await show(['a', 'b', 'c', 'd'])).toEqual(padded(['a', 'b', 'c', 'd'], 8));
    expect(await show(['x'])).toEqual(padded(['x'], 8));
    expect(await show(['x', 'y', 'z'])).toEqual(padded(['x', 'y', 'z'], 8));
    app.unmount();
  });

  it('draws a frame that fills the terminal (no final newline) in place, and one that no longer does', async () => {
    const { show, app } = start(20, 4, ['a', 'b']);
    expect(await show(['1', '2', '3', '4'])).toEqual(['1', '2', '3', '4']);
    expect(await show(['1', '2', 'x', '4'])).toEqual(['1', '2', 'x', '4']);
    expect(await show(['p', 'q'])).toEqual(padded(['p', 'q'], 4));
    app.unmount();
  });

  it('redraws the whole frame after a resize', async () => {
    const { show, stdout, app } = start(30, 8, ['one', 'two', 'three']);
    await show(['one', 'two', 'three']);
    stdout.resize(40, 8);
    await settle();
    expect(await show(['one', 'two', 'four'])).toEqual(padded(['one', 'two', 'four'], 8));
    stdout.resize(30, 6);
    await settle();
    expect(await show(['one', 'five', 'four'])).toEqual(padded(['one', 'five', 'four'], 6));
    app.unmount();
  });

  // Terminals and string-width disagree on some characters: xterm gives a soft hyphen one column
  // and a ZWJ family of three three, string-width none and two. A row Ink fits to the width is
  // then one column too wide on screen.
  const tooWide = 'x'.repeat(19) + '\u00AD' + 'y';
  const familyRow = 'Family \u{1F469}\u200D\u{1F469}\u200D\u{1F467} here';

  it('the cause of stale rows: a row the terminal finds wider than Ink does wraps, and every later frame lands one row low', async () => {
    const { show, app } = start(20, 6, ['title', tooWide, 'row 0', 'end']);
    const screen = await show(['title', tooWide, 'row 1', 'end']);
    // The first frame took five rows: the wide row's last column spilled onto the next row, which
    // the second frame (moving up four rows and skipping the unchanged ones) never rewrites.
    expect(screen).toEqual(['title', tooWide.slice(0, -1), 'y', 'row 1', 'end', '']);
    app.unmount();
  });

  it('with autowrap off (as the reader’s terminal session sets it), such rows are cut at the edge and frames land in place', async () => {
    for (const wide of [tooWide, familyRow.padEnd(20, '.')]) {
      const { show, app } = start(20, 6, ['title', wide, 'row 0', 'end'], { before: ENTER_SEQUENCE });
      const screen = await show(['title', wide, 'row 1', 'end']);
      expect(screen.filter((row) => row === 'title'), wide).toHaveLength(1);
      expect(screen[0]).toBe('title');
      expect(screen.slice(2)).toEqual(padded(['row 1', 'end'], 4));
      app.unmount();
    }
  });
});
