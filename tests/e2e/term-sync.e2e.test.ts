/**
 * The pty helper reads the screen only between frames, like a terminal with synchronized
 * output: a frame that arrives in two writes is never measured half drawn (CI once failed on
 * a hostile-library screen read mid-frame).
 */
import { describe, expect, it } from 'vitest';
import { runInTerminal } from '../helpers/term.js';

// Writes the first half of a frame, then the rest only after a key, like a frame split over reads.
const SPLIT_FRAME = `
process.stdout.write('\\u001B[?2026hfirst half of the frame\\r\\n');
process.stdin.setRawMode(true);
process.stdin.once('data', () => {
  process.stdout.write('second half\\u001B[?2026l');
  process.stdin.once('data', () => process.exit(0));
});
`;

describe('reading the screen of a program in a terminal', () => {
  it('waits for the end of a synchronized frame before it matches the screen', async () => {
    const term = runInTerminal({ command: { file: process.execPath, args: ['-e', SPLIT_FRAME] } });
    await expect(term.waitForScreen('first half', 600)).rejects.toThrow(/timed out/);
    term.write('x');
    const screen = await term.waitForScreen('first half');
    expect(screen).toContain('second half');
    term.write('x');
    expect((await term.waitForExit()).exitCode).toBe(0);
  });
});
