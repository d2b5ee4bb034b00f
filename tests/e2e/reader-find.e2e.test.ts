// Issue 12, item 8, as a person sees it: `/` in the article finds its text; the matches stand
// out without colour (NO_COLOR: inverse, the current one also underlined); n/N move between
// them with `match 2/9` in the status bar and vim's notice when they wrap; Ctrl-n is next unread.
import { resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { runInTerminal, type Term } from '../helpers/term.js';
import { tempDir } from '../helpers/temp-dir.js';
import { KEYS } from '../keys.js';

const PALESTINE = resolve('articles/palestine');
const SAMPLE = resolve('articles');
let term: Term | undefined;
afterEach(() => term?.kill());

describe('searching inside the article', () => {
  it('highlights the matches, steps through them with n and N, and wraps', async () => {
    term = runInTerminal({ args: ['--dir', PALESTINE], cols: 108, rows: 24, env: { NO_COLOR: '1' } });
    await term.waitForScreen('Palestinian Resistance');
    term.write(KEYS.enter);
    await term.waitForScreen((s) => s.includes('line 1/') && s.includes('Palestine · 26 October 2023'));
    term.write('/russian');
    await term.waitForScreen((s) => s.includes('/russian') && /match 1\/9/.test(s));
    term.write(KEYS.enter);
    const kept = await term.waitForScreen((s) => s.includes('russian — 9 matches') && s.includes('match 1/9'));
    // Every visible match stands out without colour, and only the current one is underlined too.
    const marked = term.inverseRuns();
    expect(marked.length).toBeGreaterThanOrEqual(3);
    expect(marked.every((run) => /^russian$/i.test(run))).toBe(true);
    expect(term.inverseRuns(true)).toEqual(['Russian']);
    expect(kept).toContain('Palestinian Resistance to Meet Russian');

    term.write('n');
    await term.waitForScreen('match 2/9');
    term.write('N');
    await term.waitForScreen('match 1/9');
    term.write('N');
    // The notice's start: its end is cut when the library's path (where the clone is) is long
    // ("continuing at BOTT…" in a clone at /tmp/ci7n/inkpress).
    const wrapped = await term.waitForScreen((s) => s.includes('match 9/9') && s.includes('search hit TOP, continuing'));
    // The last match is in view: the window moved down to it.
    expect(wrapped).not.toContain('line 1/');
    expect(term.inverseRuns(true)).toEqual(['Russian']);
    term.write('n');
    await term.waitForScreen((s) => s.includes('match 1/9') && s.includes('search hit BOTTOM, continuing'));

    // q clears the search (no more highlights), the next q closes the article.
    term.write('q');
    await term.waitForScreen((s) => !s.includes('match 1/9') && !s.includes('russian —'));
    expect(term.inverseRuns()).toEqual([]);
  });

  it('n in a list says where next unread went; Ctrl-n opens it', async () => {
    term = runInTerminal({ args: ['--dir', PALESTINE], cols: 120, rows: 30, env: { INKPRESS_STATE_DIR: tempDir() } });
    await term.waitForScreen('Palestinian Resistance');
    term.write('n');
    await term.waitForScreen('Next unread is Ctrl-n');
    term.write(KEYS.ctrlN);
    await term.waitForScreen('Palestine · 26 October 2023');
  });

  it('after a list search is cleared, the article chosen among the results stays chosen', async () => {
    term = runInTerminal({ args: ['--dir', SAMPLE], cols: 120, rows: 30, env: { INKPRESS_STATE_DIR: tempDir() } });
    await term.waitForScreen('All (25)');
    term.write('/bogota');
    await term.waitForScreen('Search: bogota (1)');
    term.write(KEYS.enter);
    await term.waitForScreen('bogota — 1 match');
    term.write(KEYS.escape);
    await term.waitForScreen((s) => s.includes('All (25)') && !s.includes('bogota'));
    expect(term.inverseRuns().some((run) => run.includes('Small Cafe in Bogotá Wins Coffee Prize'))).toBe(true);
  });

  it('in the lists, words in double quotes match only as a phrase', async () => {
    term = runInTerminal({ args: ['--dir', SAMPLE], cols: 120, rows: 30, env: { INKPRESS_STATE_DIR: tempDir() } });
    await term.waitForScreen('All (25)');
    term.write('/roof green');
    await term.waitForScreen('Search: roof green (1)');
    term.write(KEYS.ctrlU + '"roof green"');
    await term.waitForScreen((s) => s.includes('Search: "roof green" (0)') && !s.includes('checking the phrase'));
    term.write(KEYS.ctrlU + '"green roof"');
    const found = await term.waitForScreen((s) => s.includes('Search: "green roof" (1)') && !s.includes('checking the phrase'));
    expect(found).toContain('Market Hall Gets a Green Roof');
  });
});
