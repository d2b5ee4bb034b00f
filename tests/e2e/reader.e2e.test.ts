/**
 * The reader as a person uses it: the real bundled program in a pseudo-terminal, over a temporary
 * copy of the bundled sample library and a temporary state folder. Needs `npm run build` first
 * (`npm test` runs it).
 */
import { cpSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, afterEach, beforeAll, describe, expect, test } from 'vitest';
import { KEYS } from '../keys.js';
import { PROGRAM, runInTerminal, type Term, type TermOptions } from '../helpers/term.js';

const SAMPLE = 'Palestinian Resistance to Meet Russian Authorities: Zakharova';
const CAPTION = 'Photo: Russian FM spokesperson Maria Zakharova. — X/ @Lantidiplomatic';
const ENTER_ALT = '\u001B[?1049h';
const LEAVE_ALT = '\u001B[?1049l';
const SHOW_CURSOR = '\u001B[?25h';
const HIDE_CURSOR = '\u001B[?25l';

let root: string;
let library: string;
let state: string;
const running: Term[] = [];

beforeAll(() => {
  if (!existsSync(PROGRAM)) throw new Error(`${PROGRAM} is missing: run \`npm run build\` first`);
  root = mkdtempSync(join(tmpdir(), 'inkpress-e2e-'));
  library = join(root, 'articles');
  cpSync(fileURLToPath(new URL('../../articles', import.meta.url)), library, { recursive: true });
});
afterAll(() => rmSync(root, { recursive: true, force: true }));
afterEach(() => {
  for (const t of running.splice(0)) t.kill('SIGKILL');
});

/** A fresh state folder for each test (the library is shared: the reader never writes to it). */
function freshState(): string {
  state = mkdtempSync(join(root, 'state-'));
  return state;
}
function start(options: TermOptions = {}): Term {
  const term = runInTerminal({ cols: 100, rows: 30, ...options, env: { INKPRESS_DIR: library, INKPRESS_STATE_DIR: state, ...options.env } });
  running.push(term);
  return term;
}
const counts = (screen: string) => {
  const m = /(\d+) unread of (\d+)/.exec(screen);
  if (!m) throw new Error(`no counts on screen:\n${screen}`);
  return { unread: Number(m[1]), total: Number(m[2]) };
};
/**
 * The alternate screen was entered and left last: nothing but cursor-show sequences follows the
 * leave (Ink's cli-cursor writes one more `ESC[?25h` from its own exit hook), and the cursor was
 * shown after the last time it was hidden.
 */
function expectRestored(output: string) {
  expect(output).toContain(ENTER_ALT);
  const tail = output.slice(output.lastIndexOf(LEAVE_ALT));
  expect(tail.startsWith(LEAVE_ALT)).toBe(true);
  expect(tail.slice(LEAVE_ALT.length).replaceAll(SHOW_CURSOR, '')).toBe('');
  expect(output.lastIndexOf(SHOW_CURSOR)).toBeGreaterThan(output.lastIndexOf(HIDE_CURSOR));
}

describe('reading the sample article', () => {
  test('open, see caption and credit, scroll, mark, star, search, quit; the marks survive a restart', async () => {
    freshState();
    const term = start();
    const first = await term.waitForScreen(/\d+ unread of \d+/, 30_000);
    expect(term.inAltScreen()).toBe(true);
    const before = counts(first);
    expect(before.unread).toBe(before.total);

    // Search narrows as you type, ignoring case; Enter keeps the results.
    term.write('/');
    await term.waitForScreen('Enter keep results');
    term.write('zakharova');
    await term.waitForScreen('Search: zakharova (1)');
    term.write(KEYS.enter);
    await term.waitForScreen('Esc clears, / edits');

    // Open it: the article takes the screen (100 columns is narrow), caption with its credit.
    term.write(KEYS.enter);
    let screen = await term.waitForScreen(CAPTION);
    expect(screen).toContain('Palestine · 26 October 2023');
    expect(screen).toContain('Russia calls for an immediate ceasefire');
    expect(screen).toContain('Related: Israeli Tanks Raid Northern Gaza Strip');
    expect(screen).toMatch(/Top\s*$/m);
    expect(counts(screen).unread).toBe(before.unread - 1);

    // Scroll: by line, to the bottom, back to the top.
    term.write('j');
    await term.waitForScreen(/line 2\//);
    term.write('G');
    screen = await term.waitForScreen(/(Bot|All)\s*$/m);
    term.write('g');
    await term.waitForScreen(/line 1\//);

    // Mark unread and read again, star it; counts follow at once.
    term.write('r');
    await term.waitForScreen(`${before.unread} unread of`);
    term.write('r');
    await term.waitForScreen(`${before.unread - 1} unread of`);
    term.write('s');
    term.write('q');
    screen = await term.waitForScreen('Search: zakharova (1)');
    expect(screen).toMatch(/ ★ .*Palestinian Resistance/);

    // q clears the search, q goes to the sections, q quits.
    term.write('q');
    await term.waitForScreen((s) => !s.includes('Search:'));
    term.write('q');
    term.write('q');
    const exit = await term.waitForExit();
    expect(exit.exitCode).toBe(0);
    expect(term.inAltScreen()).toBe(false);
    expectRestored(term.output());

    // Start again with the same state: read and starred.
    const again = start();
    screen = await again.waitForScreen(/\d+ unread of \d+/, 30_000);
    expect(counts(screen).unread).toBe(before.unread - 1);
    expect(screen).toMatch(/Starred\s+0\/1 │/);
    expect(screen).toMatch(/│ ★ [-0-9]+ Palestinian Resistance/);
    again.write('q');
    again.write('q');
    expect((await again.waitForExit()).exitCode).toBe(0);
  });

  test('wide terminals show three panes once an article is open; a resize re-lays out at once; too small says so', async () => {
    freshState();
    const term = start({ cols: 130, rows: 30 });
    await term.waitForScreen(/\d+ unread of \d+/);
    term.write(KEYS.enter);
    await term.waitForScreen((s) => s.split('\n')[0]!.split('│').length === 3);
    term.resize(80, 24);
    await term.waitForScreen((s) => s.split('\n').every((l) => l.length <= 80) && !s.includes('Sections'));
    term.write(KEYS.shiftTab);
    await term.waitForScreen('Sections');
    term.resize(30, 8);
    await term.waitForScreen('Terminal too small (30×8)');
    term.resize(100, 30);
    const screen = await term.waitForScreen('Sections');
    expect(screen).not.toContain('too small');
    term.write(KEYS.ctrlC);
    expect((await term.waitForExit()).exitCode).toBe(0);
    expectRestored(term.output());
  });
});

describe('the terminal is restored on every way out', () => {
  test.each([
    ['SIGTERM', 143],
    ['SIGHUP', 129],
  ])('%s, saving the reading position first', async (signal, code) => {
    freshState();
    // Small, so the first article is longer than the screen and can scroll.
    const size = { cols: 60, rows: 14 };
    const term = start(size);
    await term.waitForScreen(/\d+ unread of \d+/, 30_000);
    term.write(KEYS.enter);
    await term.waitForScreen(/line 1\//);
    term.write('jj');
    await term.waitForScreen(/line 3\//);
    term.kill(signal);
    const exit = await term.waitForExit();
    expect(exit.exitCode).toBe(code);
    expectRestored(term.output());
    const again = start(size);
    await again.waitForScreen(/\d+ unread of \d+/, 30_000);
    again.write(KEYS.enter);
    await again.waitForScreen(/line 3\//);
    again.write(KEYS.ctrlC);
    await again.waitForExit();
  });

  test('Ctrl-C quits at once, even from the search line, saving what was read', async () => {
    freshState();
    const term = start();
    const before = counts(await term.waitForScreen(/\d+ unread of \d+/, 30_000));
    term.write(KEYS.enter);
    await term.waitForScreen(/line 1\//);
    term.write('/');
    await term.waitForScreen('Enter keep results');
    term.write(KEYS.ctrlC);
    expect((await term.waitForExit()).exitCode).toBe(0);
    expectRestored(term.output());
    const again = start();
    expect(counts(await again.waitForScreen(/\d+ unread of \d+/, 30_000)).unread).toBe(before.unread - 1);
    again.write(KEYS.ctrlC);
    await again.waitForExit();
  });
});
