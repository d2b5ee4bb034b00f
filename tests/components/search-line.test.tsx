// Issue 12, item 1: the search line edits as readline does, whatever the batching of the bytes.
import { afterEach, describe, expect, test } from 'vitest';
import { plainArticle } from '../helpers/fake-library.js';
import { renderReader, type RenderedReader } from '../helpers/render-reader.js';
import { KEYS, LINE_KEYS } from '../keys.js';

const ARTICLES = [
  plainArticle('Green Roof on the Market Hall', { published: '2023-10-26' }),
  plainArticle('Cafe Opens by the Harbour', { published: '2023-10-20' }),
  plainArticle('Bogota Cyclists Claim the Road', { published: '2023-10-10' }),
];

let reader: RenderedReader | undefined;
afterEach(() => reader?.unmount());

async function searching(): Promise<RenderedReader> {
  reader = await renderReader({ articles: ARTICLES, columns: 100, rows: 20 });
  await reader.press('/');
  await reader.waitForScreen('Enter keep results');
  return reader;
}

/** The search line (the row that starts with `/`), trailing spaces and match count removed. */
function searchLine(screen: string): string {
  const line = screen.split('\n').find((l) => l.startsWith('/')) ?? '';
  return line.replace(/\s{2,}.*$/, '').trimEnd();
}

describe('the search line', () => {
  test('two, then six Backspaces in one read delete exactly that many, in the line and the title alike', async () => {
    const r = await searching();
    await r.press('cafe');
    await r.waitForScreen('Search: cafe (1)');
    await r.press(KEYS.backspace.repeat(2));
    const screen = await r.waitForScreen('Search: ca (');
    expect(searchLine(screen)).toBe('/ca');
    await r.press('bogota green roof');
    await r.waitForScreen('Search: cabogota green roof (0)');
    await r.press(KEYS.backspace.repeat(6));
    expect(searchLine(await r.waitForScreen('Search: cabogota gree ('))).toBe('/cabogota gree');
  });

  test('Backspace held until the line is empty clears it exactly, with nothing left over', async () => {
    const r = await searching();
    await r.press('green roof');
    await r.waitForScreen('Search: green roof (1)');
    await r.press(KEYS.backspace.repeat(12));
    const screen = await r.waitForScreen((s) => s.includes('search headlines and text'));
    expect(screen).toContain('All (3)');
  });

  test('Ctrl-U, Ctrl-W and Alt-Backspace delete, never type u or w', async () => {
    const r = await searching();
    await r.press(`green roof${LINE_KEYS.ctrlW}`);
    expect(searchLine(await r.waitForScreen('Search: green (1)'))).toBe('/green');
    await r.press(`${KEYS.ctrlU}cafe`);
    expect(searchLine(await r.waitForScreen('Search: cafe (1)'))).toBe('/cafe');
    await r.press(` opens${LINE_KEYS.altBackspace}`);
    expect(searchLine(await r.waitForScreen('Search: cafe (1)'))).toBe('/cafe');
    expect(r.screen()).not.toMatch(/cafe ?[uw]/);
  });

  test('Ctrl-A/E, Alt-B/F and Ctrl-Left/Right move the cursor; typing and Delete work there', async () => {
    const r = await searching();
    await r.press(`roof${LINE_KEYS.ctrlA}green ${LINE_KEYS.ctrlE}`);
    await r.waitForScreen('Search: green roof (1)');
    await r.press(`${LINE_KEYS.altB}${LINE_KEYS.altB}X`);
    await r.waitForScreen('Search: Xgreen roof (0)');
    await r.press(`${LINE_KEYS.ctrlLeft}${LINE_KEYS.delete}`);
    await r.waitForScreen('Search: green roof (1)');
    await r.press(`${LINE_KEYS.altF}${LINE_KEYS.ctrlRight}${LINE_KEYS.ctrlLeft}${KEYS.backspace}`);
    expect(searchLine(await r.waitForScreen('Search: greenroof ('))).toBe('/greenroof');
  });
});

describe('the help overlay (issue 12, item 4)', () => {
  test.each([24, 40])('at %i rows, G scrolls its last line into view, and the title says where', async (rows) => {
    reader = await renderReader({ articles: ARTICLES, columns: 100, rows });
    await reader.press('?');
    await reader.waitForScreen('Keys —');
    await reader.press('G');
    const screen = await reader.waitForScreen('Cursor past the end of the word');
    expect(screen).toMatch(/Keys — .* · \d+–(\d+) of \1/);
  });
});
