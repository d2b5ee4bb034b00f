/**
 * Ink's incremental renderer as patched in patches/ink+6.8.0.patch (issue 10): unchanged lines
 * are stepped over, a run of them with one `CSI n E` instead of one `CSI E` per line, and the
 * frame still lands where the long way puts it (drawn into a headless xterm).
 */
import { Terminal } from '@xterm/headless';
import { describe, expect, it } from 'vitest';
// Not exported by Ink's package: imported by path, as the patch changes this module.
import logUpdate from '../../node_modules/ink/build/log-update.js';

function terminal(rows: number) {
  const term = new Terminal({ cols: 20, rows, allowProposedApi: true, convertEol: true });
  let written = '';
  const stream = { write: (s: string) => ((written += s), term.write(s), true), isTTY: true, columns: 20, rows };
  const screen = () =>
    new Promise<string[]>((resolve) =>
      term.write('', () => resolve(Array.from({ length: rows }, (_, y) => term.buffer.active.getLine(y)?.translateToString(true) ?? ''))),
    );
  const take = () => {
    const s = written;
    written = '';
    return s;
  };
  return { stream, screen, take };
}

describe('Ink steps over unchanged lines', () => {
  it('with one cursor move per run of them, and the frame lands in place', async () => {
    const t = terminal(12);
    const render = logUpdate.create(t.stream as unknown as NodeJS.WriteStream, { incremental: true });
    const frame = (changed: Record<number, string>) => Array.from({ length: 10 }, (_, i) => changed[i] ?? `line ${i}`).join('\n');
    render(frame({}));
    t.take();
    render(frame({ 1: 'LINE 1', 8: 'LINE 8' }));
    const bytes = t.take();
    expect(bytes).toContain('\u001B[6E');
    expect(bytes).not.toContain('\u001B[E\u001B[E');
    expect((await t.screen()).slice(0, 10)).toEqual(['line 0', 'LINE 1', 'line 2', 'line 3', 'line 4', 'line 5', 'line 6', 'line 7', 'LINE 8', 'line 9']);
    render(frame({ 0: 'first', 1: 'LINE 1', 9: 'last' }));
    expect(t.take()).toContain('\u001B[7E');
    expect((await t.screen()).slice(0, 10)).toEqual(['first', 'LINE 1', 'line 2', 'line 3', 'line 4', 'line 5', 'line 6', 'line 7', 'line 8', 'last']);
  });
});
