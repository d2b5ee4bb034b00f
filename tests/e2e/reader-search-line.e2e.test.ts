/**
 * Issue 12, item 1, as a person sees it: the real program in a pseudo-terminal, with several
 * keys written in ONE write (a held key, fast typing, a slow SSH link deliver them so).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, test } from 'vitest';
import { runInTerminal, type Term } from '../helpers/term.js';
import { KEYS, LINE_KEYS } from '../keys.js';

const LIBRARY = fileURLToPath(new URL('../../articles', import.meta.url));
const running: Array<{ term: Term; dir: string }> = [];
afterEach(() => {
  for (const { term, dir } of running.splice(0)) {
    term.kill('SIGKILL');
    rmSync(dir, { recursive: true, force: true });
  }
});

async function searching(): Promise<Term> {
  const dir = mkdtempSync(join(tmpdir(), 'inkpress-search-'));
  const term = runInTerminal({ cols: 120, rows: 40, env: { INKPRESS_DIR: LIBRARY, INKPRESS_STATE_DIR: dir } });
  running.push({ term, dir });
  await term.waitForScreen(/25 unread of 25/, 20_000);
  term.write('/');
  await term.waitForScreen('Enter keep results', 15_000);
  return term;
}

/** The search line: the row that starts with `/`, up to the match count. */
const searchLine = (screen: string) => (screen.split('\n').find((l) => l.startsWith('/')) ?? '').replace(/\s{2,}.*$/, '');

/**
 * Waits until the search line reads `line` and the headline pane's title agrees with it (the
 * screen is read between frames, so both are waited for, never one assumed from the other).
 */
const showsQuery = (term: Term, line: string, title: string) =>
  term.waitForScreen((s) => searchLine(s) === line && s.includes(title), 15_000);

describe('the search line in a real terminal', { timeout: 60_000 }, () => {
  test('Backspaces in one write delete exactly as many; held down, they clear the query exactly', async () => {
    const term = await searching();
    term.write('green roof');
    await showsQuery(term, '/green roof', 'Search: green roof (1)');
    term.write(KEYS.backspace.repeat(2));
    await showsQuery(term, '/green ro', 'Search: green ro (');
    term.write(KEYS.backspace.repeat(30));
    const screen = await showsQuery(term, '/search headlines and text', 'All (25)');
    expect(screen).not.toMatch(/Search:/);
  });

  test('Ctrl-W, Ctrl-U, Ctrl-A/E, Alt-B and Delete in the same writes as the text they edit', async () => {
    const term = await searching();
    term.write(`market hall${LINE_KEYS.ctrlW}`);
    await showsQuery(term, '/market', 'Search: market (');
    term.write(`${KEYS.ctrlU}hall${LINE_KEYS.ctrlA}market ${LINE_KEYS.ctrlE}`);
    await showsQuery(term, '/market hall', 'Search: market hall (');
    term.write(`${LINE_KEYS.altB}${LINE_KEYS.altB}${LINE_KEYS.delete}M`);
    const screen = await showsQuery(term, '/Market hall', 'Search: Market hall (');
    expect(screen).not.toMatch(/[uw]market|market hall[uw]/i);
  });
});
