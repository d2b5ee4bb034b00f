/**
 * A warm start's first frame drawn from the first-screen file (`Library.preview`): only the
 * list's first rows are known, the counts come from every article's id and the marks, and keys
 * pressed before the whole list arrives act on the whole list, except Enter on a row, the keys
 * that read the article it opens, and `/` with the query typed after it, answered at once (the
 * query's results wait for the whole list and its search index).
 */
import { afterEach, describe, expect, test } from 'vitest';
import type { Library } from '../../src/library/model/library.js';
import { fakeLibrary, plainArticle } from '../helpers/fake-library.js';
import { fakeLiveLibrary } from '../helpers/fake-live-library.js';
import { memoryStore } from '../helpers/memory-store.js';
import { renderReader, type RenderedReader } from '../helpers/render-reader.js';
import { KEYS } from '../keys.js';

const full = fakeLibrary([
  plainArticle('First Story', { published: '2023-10-30' }), // a1
  plainArticle('Second Story', { published: '2023-10-20' }), // a2
  plainArticle('Third Story', { published: '2023-10-10', section: 'Asia' }), // a3
  plainArticle('Fourth Story', { published: '2023-10-01', section: 'Asia' }), // a4
]);
/** The first screen of `full`: its first two rows, every article counted. */
const firstScreen: Library = {
  ...full,
  summaries: full.summaries.slice(0, 2),
  preview: { articles: full.summaries.map(({ id, section }) => ({ id, section })) },
};
const read = { read: true, starred: false, position: 0 };

let reader: RenderedReader | undefined;
afterEach(() => reader?.unmount());

describe("a warm start's first screen", () => {
  test('counts every article with the marks as they are now, not the rows it shows', async () => {
    const source = fakeLiveLibrary(firstScreen, { phase: 'reading', done: 0, total: 0 });
    // Read since the first-screen file was written (another inkpress, `import-state`): one shown, one not.
    reader = await renderReader({ source, columns: 120, rows: 24, store: memoryStore([['a1', read], ['a4', read]]) });
    const screen = await reader.waitForScreen((s) => s.includes('Second Story') && s.includes('Reading the library'));
    expect(screen).toContain('All (4)');
    expect(screen).toContain('1/4');
    expect(screen).toMatch(/All\s+2\/4 │/);
    expect(screen).toMatch(/Asia\s+1\/2 │/);
    expect(screen).not.toContain('Third Story');
  });

  test('keys pressed before the whole list arrives act on the whole list, in order', async () => {
    const source = fakeLiveLibrary(firstScreen, { phase: 'reading', done: 0, total: 0 });
    reader = await renderReader({ source, columns: 120, rows: 24 });
    await reader.waitForScreen('1/4');
    // `G` on the first rows alone would stop at Second Story (2/4); `k` then goes one up.
    await reader.press('G', 'k');
    expect(reader.screen()).toContain('1/4');
    source.publish(full, { phase: 'reading', done: 0, total: 4 });
    const screen = await reader.waitForScreen('3/4');
    expect(screen).toContain('Fourth Story');
    await reader.press('j');
    await reader.waitForScreen('4/4');
  });

  test('Enter on a row opens its article at once, and reading it needs no more; a list key waits, with every key after it', async () => {
    const source = fakeLiveLibrary(firstScreen, { phase: 'reading', done: 0, total: 0 });
    reader = await renderReader({ source, columns: 120, rows: 24 });
    await reader.waitForScreen('1/4');
    await reader.press(KEYS.enter);
    // Still the first screen (its library has not come), and the article is open on it.
    await reader.waitForScreen((s) => s.includes('Paragraph 1 of First Story') && s.includes('Reading the library'));
    await reader.press('j', 'G');
    await reader.waitForScreen((s) => s.includes('Paragraph 3 of First Story') && s.includes('Reading the library'));
    // `J` opens the next article of the whole list: held, and the `g` after it too.
    await reader.press('J', 'g');
    expect(reader.screen()).toContain('Paragraph 3 of First Story');
    source.publish(full, { phase: 'reading', done: 0, total: 4 });
    const screen = await reader.waitForScreen((s) => s.includes('Paragraph 1 of Second Story'));
    expect(screen).toContain('2/4');
  });

  test('moves within its rows and marks are answered at once; a move to its last row waits, with the keys after it', async () => {
    const threeRows: Library = { ...firstScreen, summaries: full.summaries.slice(0, 3) };
    const source = fakeLiveLibrary(threeRows, { phase: 'reading', done: 0, total: 0 });
    reader = await renderReader({ source, columns: 120, rows: 24 });
    await reader.waitForScreen('1/4');
    await reader.press('j', 's');
    await reader.waitForScreen((s) => s.includes('2/4') && s.includes('Starred       1') && s.includes('Reading the library'));
    // Its last row: the whole list may go on past it (here it does). Held, and the `r` after it.
    await reader.press('j', 'r');
    expect(reader.screen()).toContain('2/4');
    expect(reader.screen()).toMatch(/All\s+4\/4 │/);
    source.publish(full, { phase: 'reading', done: 0, total: 4 });
    const screen = await reader.waitForScreen('3/4');
    expect(screen).toMatch(/All\s+3\/4 │/);
  });

  test('`/` and a query echo at once; the results come with the whole list, and Enter on the line waits for them', async () => {
    const source = fakeLiveLibrary(firstScreen, { phase: 'reading', done: 0, total: 0 });
    reader = await renderReader({ source, columns: 120, rows: 24 });
    await reader.waitForScreen('1/4');
    // One chunk, as fast typing arrives; a Backspace in it edits the line at once too.
    await reader.press('/Thirx' + KEYS.backspace + 'd');
    let screen = await reader.waitForScreen((s) => s.includes('/Third') && s.includes('searching once the library is read'));
    // No rows that are not results, and no "No matches" for a library not yet searched.
    expect(screen).toContain('Search: Third (…)');
    expect(screen).toContain('Searching once the library is read…');
    expect(screen).not.toContain('First Story');
    expect(screen).not.toContain('No matches');
    // Enter keeps the results and moves to them: held until they exist.
    await reader.press(KEYS.enter);
    expect(reader.screen()).toContain('searching once the library is read');
    source.publish(full, { phase: 'reading', done: 0, total: 4 });
    screen = await reader.waitForScreen((s) => s.includes('Third Story') && /\/Third — 1 match · .*Esc clears/.test(s));
    expect(screen).toContain('Search: Third (1)');
  });

  test('a quoted phrase typed on it is checked once the whole list has come', async () => {
    const source = fakeLiveLibrary(firstScreen, { phase: 'reading', done: 0, total: 0 });
    reader = await renderReader({ source, columns: 120, rows: 24 });
    await reader.waitForScreen('1/4');
    await reader.press('/"of Fourth"');
    await reader.waitForScreen((s) => s.includes('Search: "of Fourth" (…)') && s.includes('searching once the library is read'));
    source.publish(full, null);
    // Paragraph text of Fourth Story holds the phrase; the other three do not.
    const screen = await reader.waitForScreen((s) => s.includes('Search: "of Fourth" (1)') && s.includes('1 match') && !s.includes('checking the phrase'));
    expect(screen).toContain('Fourth Story');
  });

  test('after the whole list, a query still waits for the search index the start reads next, then finds', async () => {
    const source = fakeLiveLibrary(firstScreen, { phase: 'reading', done: 0, total: 0 });
    reader = await renderReader({ source, columns: 120, rows: 24 });
    await reader.waitForScreen('1/4');
    // The whole list, its search index not read yet: it finds nothing so far.
    source.publish({ ...full, search: () => [], searchLoading: () => true }, { phase: 'reading', done: 0, total: 0 });
    await reader.waitForScreen('Third Story');
    await reader.press('/Third');
    let screen = await reader.waitForScreen((s) => s.includes('Search: Third (…)') && s.includes('searching once the library is read'));
    expect(screen).not.toContain('No matches');
    source.publish(full, null);
    screen = await reader.waitForScreen((s) => s.includes('Search: Third (1)') && s.includes('1 match'));
    expect(screen).toContain('Third Story');
  });

  test('Esc on the search line goes back to the row the first screen had selected', async () => {
    const threeRows: Library = { ...firstScreen, summaries: full.summaries.slice(0, 3) };
    const source = fakeLiveLibrary(threeRows, { phase: 'reading', done: 0, total: 0 });
    reader = await renderReader({ source, columns: 120, rows: 24 });
    await reader.waitForScreen('1/4');
    await reader.press('j', '/', 'Asia');
    await reader.waitForScreen('Search: Asia (…)');
    await reader.press(KEYS.escape);
    const screen = await reader.waitForScreen((s) => s.includes('2/4') && s.includes('Second Story'));
    expect(screen).toContain('Reading the library');
  });

  test('the help and a move to the sections pane are answered at once; a move among sections waits', async () => {
    const source = fakeLiveLibrary(firstScreen, { phase: 'reading', done: 0, total: 0 });
    reader = await renderReader({ source, columns: 120, rows: 24 });
    await reader.waitForScreen('1/4');
    await reader.press('?');
    await reader.waitForScreen((s) => s.includes('Keys — ? or Esc closes') && s.includes('Reading the library'));
    await reader.press('?', 'h');
    // The sections pane has the keys: the status bar counts its rows.
    await reader.waitForScreen((s) => s.includes('1/5') && !s.includes('Keys —') && s.includes('Reading the library'));
    // Another section shows its articles of the whole list: held.
    await reader.press('j');
    expect(reader.screen()).toContain('1/5');
    source.publish(full, { phase: 'reading', done: 0, total: 4 });
    await reader.waitForScreen((s) => s.includes('2/5') && s.includes('Unread (4)'));
  });

  test('the whole list replaces it: the titles and counts stay, the rows follow', async () => {
    const source = fakeLiveLibrary(firstScreen, { phase: 'reading', done: 0, total: 0 });
    reader = await renderReader({ source, columns: 120, rows: 24, store: memoryStore([['a3', read]]) });
    await reader.waitForScreen((s) => s.includes('All (4)') && /Asia\s+1\/2 │/.test(s));
    source.publish(full, null);
    const screen = await reader.waitForScreen((s) => s.includes('Fourth Story') && s.includes('3 unread of 4'));
    expect(screen).toContain('All (4)');
    expect(screen).toMatch(/Asia\s+1\/2 │/);
  });
});
