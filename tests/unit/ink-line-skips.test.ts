/**
 * Ink's incremental renderer as patched in patches/ink+6.8.0.patch (issue 10): unchanged lines
 * are stepped over, a run of them with one `CSI n E` instead of one `CSI E` per line; a changed
 * line is written from where it stops sharing the line on screen, when that point is after
 * narrow characters only (inside a style, that style is set first). Each frame must land as
 * drawing it whole would put it (drawn into a headless xterm, cell by cell with the cells' styles).
 */
import { describe, expect, it } from 'vitest';
// Not exported by Ink's package: imported by path, as the patch changes this module.
import logUpdate from '../../node_modules/ink/build/log-update.js';
import { drawnWhole, terminal } from '../helpers/ink-log-terminal.js';

const esc = (codes: string) => `\u001B[${codes}m`;

/** Draws `first`, then `second` over it: the bytes written for the second, and the terminal. */
function secondFrame(first: string, second: string, rows: number, cols: number) {
  const t = terminal(rows, cols);
  const render = logUpdate.create(t.stream as unknown as NodeJS.WriteStream, { incremental: true });
  render(first);
  t.take();
  render(second);
  return { t, render, bytes: t.take() };
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

  it('writes a changed line from where it differs, and lands as the whole line would', async () => {
    const row = (mark: string, text: string) => `${esc('7')} All 10 ${esc('27')}${esc('90')}│${esc('39')}${mark}  ${text}`;
    const frames = [
      [row(`${esc('1')}${esc('32')}●${esc('39')}${esc('22')}`, '2023-10-26 Ankara'), `${esc('7')}${esc('36')}●  selected row${esc('39')}${esc('27')}`, `${esc('37')} status 1/100${esc('39')} ${esc('90')}j move${esc('39')}`, '漢字 wide start'],
      [row(`${esc('1')}${esc('32')}●${esc('39')}${esc('22')}`, '2023-10-26 Athens'), `${esc('7')}${esc('36')}●  selected now${esc('39')}${esc('27')}`, `${esc('37')} status 2/100${esc('39')} ${esc('90')}j move${esc('39')}`, '漢字 wide START'],
      [row(' ', '2023-10-26 Athens'), 'plain', 'status 2/100', '漢字'],
      [row(`${esc('1')}${esc('32')}●${esc('39')}${esc('22')}`, '2023-10-25 Malmö: Power'), `${esc('7')}${esc('36')}●  selected now${esc('39')}${esc('27')}`, `${esc('37')} status 10/100${esc('39')}`, 'x'],
    ].map((lines) => lines.join('\n'));
    const { t, render, bytes } = secondFrame(frames[0]!, frames[1]!, 6, 40);
    // The first row from the column where Ankara and Athens part (8 + 1 + 1 + 2 + 11 + 1 = 24);
    // the selected row and the status line from where they part, inside their styles, which
    // are set again first (two adjacent styles as one sequence); the row that starts with wide
    // characters, whole, from where the newline after the row above left the cursor.
    expect(bytes).toContain('\u001B[25Gthens');
    expect(bytes).toContain(`\u001B[13G${esc('7;36')}now`);
    expect(bytes).toContain(`\u001B[9G${esc('37')}2/100`);
    expect(bytes).toContain('\n漢字 wide START');
    expect(bytes).not.toContain('\u001B[1G漢字');
    for (const frame of frames.slice(1)) {
      render(frame);
      expect(await t.cells()).toEqual(await drawnWhole(frame, 40, 6));
    }
  });

  it('writes a row that was blank from its first character, without erasing after it, and joins adjacent styles', async () => {
    const frames = [
      ['top', '', 'bottom'],
      ['top', `            ${esc('1')}${esc('32')}●${esc('39')}${esc('22')} new`, 'bottom'],
    ].map((lines) => lines.join('\n'));
    const { t, bytes } = secondFrame(frames[0]!, frames[1]!, 4, 40);
    expect(bytes).toContain(`\u001B[13G${esc('1;32')}●${esc('39;22')} new\n`);
    expect(bytes).not.toContain('\u001B[K');
    expect(await t.cells()).toEqual(await drawnWhole(frames[1]!, 40, 4));
  });

  it('writes a row that keeps its border from right after the border, in the new style', async () => {
    const border = `${' '.repeat(19)}${esc('90')}│${esc('39')}`;
    const selected = `${border}${esc('7')}${esc('36')}●  2023-10-24 Addis Ababa${esc('39')}${esc('27')}`;
    const unselected = `${border}${esc('1')}${esc('32')}●${esc('39')}${esc('22')}  2023-10-24 Addis Ababa`;
    const { t, bytes } = secondFrame(`${selected}\nnext`, `${unselected}\nnext`, 3, 60);
    expect(bytes).toContain(`\u001B[21G${esc('1;32')}●`);
    expect(await t.cells()).toEqual(await drawnWhole(`${unselected}\nnext`, 60, 3));
  });
});
