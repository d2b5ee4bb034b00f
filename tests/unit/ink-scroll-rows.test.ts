/**
 * Ink's incremental renderer as patched in patches/ink+6.8.0.patch (issue 10): when a frame fills
 * the terminal and a block of its rows moved up or down by one (a list or an article scrolled by a
 * line), the terminal moves them (a scroll region and one index or reverse index, as curses does)
 * and only what did not move with them is written; and a changed row whose end is already on
 * screen is written only up to there. Every frame must land as drawing it whole would put it.
 */
import { describe, expect, it } from 'vitest';
// Not exported by Ink's package: imported by path, as the patch changes this module.
import logUpdate from '../../node_modules/ink/build/log-update.js';
import { drawnWhole, terminal } from '../helpers/ink-log-terminal.js';

const esc = (codes: string) => `\u001B[${codes}m`;
const COLS = 120; // every row below fits: autowrap would move the rows a real frame never has
const ROWS = 14;
const LIST_ROWS = ROWS - 2;
const WORDS = ['Ankara', 'Malmö', 'Brasília', '東京', 'e\u0301te\u0301', 'Wait', 'Power', 'Cuts', '★', '●'];
const SECTIONS = ['All 80', 'Unread 40', 'World 12', 'Culture 3', 'Sports 9'];

/** Seeded, so a failure is the same every run. */
function random(seed: number) {
  let s = seed;
  return () => (s = (s * 1103515245 + 12345) % 2147483648) / 2147483648;
}

/** A reader-like screen: a title row, sections beside a list of headlines, a status row. */
function screenOf(items: { title: string; unread: boolean }[], selected: number, top: number, section: number): string {
  const rows = [` Sections${' '.repeat(6)}${esc('90')}│${esc('39')} Headlines ${selected + 1}/${items.length}`];
  for (let r = 0; r < LIST_ROWS; r++) {
    const name = SECTIONS[r];
    const left = name === undefined ? ' '.repeat(15) : r === section ? `${esc('7')} ${name.padEnd(14)}${esc('27')}` : ` ${name.padEnd(14)}`;
    const item = items[top + r];
    let right = '';
    if (item) {
      const mark = item.unread ? `${esc('1')}${esc('32')}●${esc('39')}${esc('22')}` : ' ';
      right = top + r === selected ? `${esc('7')}${esc('36')}${item.unread ? '●' : ' '} ${item.title}${esc('39')}${esc('27')}` : `${mark} ${item.title}`;
    }
    rows.push(`${left}${esc('90')}│${esc('39')}${right}`);
  }
  rows.push(`${esc('37')} ~/news · ${selected + 1}/${items.length}${esc('39')}   ${esc('90')}j move${esc('39')}`);
  return rows.join('\n');
}

function library(rand: () => number, count = 80) {
  return Array.from({ length: count }, (_, i) => ({
    title: `2023-10-${10 + (i % 20)}  ${Array.from({ length: 4 + Math.floor(rand() * 6) }, () => WORDS[Math.floor(rand() * WORDS.length)]).join(' ')} ${i}`,
    unread: rand() < 0.5,
  }));
}

/** The bytes of `frames[1]` drawn over `frames[0]`, with the stream saying it has `streamRows` rows. */
function bytesOf(frames: string[], streamRows: number | null): { bytes: string; t: ReturnType<typeof terminal> } {
  const t = terminal(ROWS, COLS, { streamRows });
  const render = logUpdate.create(t.stream as unknown as NodeJS.WriteStream, { incremental: true });
  render(frames[0]!);
  t.take();
  render(frames[1]!);
  return { bytes: t.take(), t };
}

describe('Ink scrolls rows that moved by one', () => {
  const items = library(random(3));
  it('down the list past its last row: the terminal moves the list, under half the bytes are written, and the frame lands', async () => {
    const frames = [screenOf(items, 11, 0, 1), screenOf(items, 12, 1, 1)];
    const { bytes, t } = bytesOf(frames, ROWS);
    const inPlace = bytesOf(frames, null).bytes;
    // The list's rows (2 to 13, or 2 to 12 with its last row written in place) up by one.
    expect(bytes).toMatch(/\u001B7\u001B\[2;(1[23])r\u001B\[\1;1H\u001BD\u001B\[r\u001B8/);
    expect(inPlace).not.toContain('\u001B[2;13r');
    expect(bytes.length).toBeLessThan(inPlace.length / 2);
    expect(await t.cells()).toEqual(await drawnWhole(frames[1]!, COLS, ROWS));
  });

  it('up the list past its first row: a reverse index at the region top', async () => {
    const frames = [screenOf(items, 20, 20, 2), screenOf(items, 19, 19, 2)];
    const { bytes, t } = bytesOf(frames, ROWS);
    expect(bytes).toMatch(/\u001B7\u001B\[2;1[23]r\u001B\[2;1H\u001BM\u001B\[r\u001B8/);
    expect(await t.cells()).toEqual(await drawnWhole(frames[1]!, COLS, ROWS));
  });

  it('also in the reader\'s shape: a line less than the terminal, and a newline after it', async () => {
    const frames = [screenOf(items, 11, 0, 1), screenOf(items, 12, 1, 1)].map((frame) => `${frame}\n`);
    const t = terminal(ROWS + 1, COLS);
    const render = logUpdate.create(t.stream as unknown as NodeJS.WriteStream, { incremental: true });
    render(frames[0]!);
    render(frames[1]!);
    expect(t.take()).toMatch(/\u001B7\u001B\[2;1[23]r/);
    expect(await t.cells()).toEqual(await drawnWhole(frames[1]!, COLS, ROWS + 1));
  });

  it('never when the frame does not fill the terminal, nor when a page turned', async () => {
    const down = [screenOf(items, 11, 0, 1), screenOf(items, 12, 1, 1)];
    const shorter = terminal(ROWS + 3, COLS);
    const render = logUpdate.create(shorter.stream as unknown as NodeJS.WriteStream, { incremental: true });
    render(down[0]!);
    render(down[1]!);
    expect(shorter.take()).not.toContain('\u001B7');
    expect(await shorter.cells()).toEqual(await drawnWhole(down[1]!, COLS, ROWS + 3));
    const paged = [screenOf(items, 11, 0, 1), screenOf(items, 23, 12, 1)];
    const { bytes, t } = bytesOf(paged, ROWS);
    expect(bytes).not.toContain('\u001B7');
    expect(await t.cells()).toEqual(await drawnWhole(paged[1]!, COLS, ROWS));
  });

  it('a row is written only up to its shared end when what changed before it is narrow text', async () => {
    const rows = (first: string, second: string) => [`${first}${esc('90')}│${esc('39')} the same tail`, `${second}${esc('90')}│${esc('39')} the same tail`, 'last'].join('\n');
    const t = terminal(3, 40);
    const render = logUpdate.create(t.stream as unknown as NodeJS.WriteStream, { incremental: true });
    render(rows('Ankara  ', 'x 東京 1 '));
    t.take();
    render(rows('Athens  ', 'x 東京 2 '));
    const bytes = t.take();
    // Athens stops before the border; the row with wide characters before its change is written
    // to its end, as a terminal may not count those columns as string-width does.
    expect(bytes).toContain('\u001B[2Gthens');
    expect(bytes).not.toContain('thens  \u001B[90m');
    expect(bytes).toContain(' 東京 2 \u001B[90m│\u001B[39m the same tail\u001B[K');
    expect(await t.cells()).toEqual(await drawnWhole(rows('Athens  ', 'x 東京 2 '), 40, 3));
  });

  it('a row written from inside a style sets only that style again, not the closed spans before it', async () => {
    const row = (last: string) => `${esc('90')}│${esc('39')}${esc('1')}${esc('32')}●${esc('39')}${esc('22')} text ${esc('7')}sel ${last}${esc('27')}`;
    const t = terminal(2, 40);
    const render = logUpdate.create(t.stream as unknown as NodeJS.WriteStream, { incremental: true });
    render(`${row('A')}\nlast`);
    t.take();
    render(`${row('B')}\nlast`);
    expect(t.take()).toContain(`\u001B[13G${esc('7')}B${esc('27')}`);
    expect(await t.cells()).toEqual(await drawnWhole(`${row('B')}\nlast`, 40, 2));
  });

  it('a row written from inside a style that closes before a wide character keeps that style', async () => {
    const row = (last: string) => `x ${esc('1')}ab${esc('22')}東${last}`;
    const t = terminal(2, 40);
    const render = logUpdate.create(t.stream as unknown as NodeJS.WriteStream, { incremental: true });
    render(`${row('A')}\nlast`);
    t.take();
    render(`${row('B')}\nlast`);
    // The last point before the wide character is the bold "b": written from there, bold again.
    expect(t.take()).toContain(`\u001B[4G${esc('1')}b${esc('22')}東B`);
    expect(await t.cells()).toEqual(await drawnWhole(`${row('B')}\nlast`, 40, 2));
  });

  it('a long walk of moves, pages, section changes and marks: every frame lands as drawn whole', async () => {
    for (const seed of [1, 7, 11]) {
      const rand = random(seed);
      const list = library(rand);
      const newline = seed === 11 ? '\n' : ''; // the reader's shape (see above) for one of them
      const t = terminal(ROWS + newline.length, COLS);
      const render = logUpdate.create(t.stream as unknown as NodeJS.WriteStream, { incremental: true });
      let selected = 0;
      let top = 0;
      let section = 0;
      let scrolled = 0;
      for (let step = 0; step < 150; step++) {
        const r = rand();
        if (r < 0.45) selected = Math.min(list.length - 1, selected + 1);
        else if (r < 0.85) selected = Math.max(0, selected - 1);
        else if (r < 0.9) selected = Math.min(list.length - 1, selected + LIST_ROWS);
        else if (r < 0.95) section = Math.floor(rand() * SECTIONS.length);
        else list[Math.floor(rand() * list.length)]!.unread = !list[Math.floor(rand() * list.length)]!.unread;
        top = Math.min(Math.max(top, selected - LIST_ROWS + 1), selected);
        const frame = screenOf(list, selected, top, section) + newline;
        render(frame);
        if (t.take().includes('\u001B7')) scrolled++;
        expect(await t.cells(), `seed ${seed}, step ${step}`).toEqual(await drawnWhole(frame, COLS, ROWS + newline.length));
      }
      expect(scrolled, `seed ${seed}: some frames scrolled`).toBeGreaterThan(5);
    }
  });
});
