/**
 * A warm start draws its first frame from the first-screen file the last run saved beside the
 * index cache, then reads the index: the real program in a pseudo-terminal over a library of
 * more articles than the file keeps rows. Needs `npm run build`.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, expect, test } from 'vitest';
import { FIRST_ROWS } from '../../src/library/index/first-screen.js';
import { PROGRAM, runInTerminal, type Term } from '../helpers/term.js';
import { waitFor } from '../helpers/wait-for.js';
import { KEYS } from '../keys.js';

const COUNT = FIRST_ROWS + 20;
let root: string;
let library: string;
const running: Term[] = [];

/** Article n is published n days after 1 Jan 2020; the five oldest are in Asia, below the first rows. */
function page(n: number): string {
  const date = new Date(Date.UTC(2020, 0, 1 + n)).toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
  return `News > ${n < 5 ? 'Asia' : 'Science'}\n\nStory Number ${n}\n\nPublished ${date}\n\nA standfirst.\n\nThe body of story ${n}.\n\nPost with no comments.`;
}

beforeAll(() => {
  if (!existsSync(PROGRAM)) throw new Error(`${PROGRAM} is missing: run \`npm run build\` first`);
  root = mkdtempSync(join(tmpdir(), 'inkpress-first-screen-e2e-'));
  library = join(root, 'articles');
  mkdirSync(library);
  for (let n = 0; n < COUNT; n++) writeFileSync(join(library, `story-${n}.txt`), page(n));
});
afterAll(() => rmSync(root, { recursive: true, force: true }));
afterEach(() => {
  for (const t of running.splice(0)) t.kill('SIGKILL');
});

function folders() {
  const env = { INKPRESS_DIR: library, INKPRESS_STATE_DIR: mkdtempSync(join(root, 'state-')), INKPRESS_CACHE_DIR: mkdtempSync(join(root, 'cache-')) };
  const start = () => {
    const term = runInTerminal({ cols: 120, rows: 30, env });
    running.push(term);
    return term;
  };
  return { env, start };
}

const firstFile = (cache: string) => readdirSync(cache).map((f) => join(cache, f)).find((f) => /\/first-[0-9a-f]+\.json$/.test(f));

/** The rows the first-screen file in `cache` keeps; null when there is none or it does not parse. */
function savedRows(cache: string): unknown[] | null {
  try {
    const rows = (JSON.parse(readFileSync(firstFile(cache)!, 'utf8').split('\n')[1]!) as { rows: unknown[] }).rows;
    return Array.isArray(rows) ? rows : null;
  } catch {
    return null;
  }
}

/** A run to the end of its load (the caches are written by then), then Ctrl-C. */
async function fullRun(start: () => Term): Promise<void> {
  const term = start();
  await term.waitForScreen((s) => s.includes(`unread of ${COUNT}`) && !/Reading|Indexing/.test(s), 20_000);
  term.write(KEYS.ctrlC);
  expect((await term.waitForExit()).exitCode).toBe(0);
}

test('drawn from the file, it counts marks changed since by a command; keys typed at once act on the whole list', async () => {
  const { env, start } = folders();
  await fullRun(start);
  expect(savedRows(env.INKPRESS_CACHE_DIR)).toHaveLength(FIRST_ROWS);

  // Marks changed since the file was written: the newest story (a first row) and the oldest (Asia, not one).
  const cli = (...args: string[]) => execFileSync(process.execPath, [PROGRAM, ...args], { env: { ...process.env, ...env }, encoding: 'utf8' });
  const ids = new Map((JSON.parse(cli('list', '--json')) as Array<{ id: string; headline: string }>).map((s) => [s.headline, s.id]));
  const marks = join(root, 'marks.json');
  writeFileSync(marks, JSON.stringify({ kind: 'inkpress-state', formatVersion: 2, articles: {
    [ids.get(`Story Number ${COUNT - 1}`)!]: { read: true }, [ids.get('Story Number 0')!]: { read: true } } }));
  cli('import-state', marks);

  const term = start();
  // Typed before the first frame: `G` goes to the last article of the whole list, not of the first rows.
  term.write('G');
  const screen = await term.waitForScreen((s) => s.includes(`${COUNT}/${COUNT}`) && s.includes('Story Number 0'), 20_000);
  expect(screen).toMatch(new RegExp(`All\\s+${COUNT - 2}/${COUNT} `));
  expect(screen).toMatch(/Asia\s+4\/5 /);
  // No frame ever counted only the rows the file keeps.
  expect(term.output()).not.toContain(`(${FIRST_ROWS})`);
  expect(term.output()).not.toMatch(new RegExp(`All\\s+\\d+/${FIRST_ROWS} `));
  term.write(KEYS.ctrlC);
  expect((await term.waitForExit()).exitCode).toBe(0);
});

test('a damaged file changes nothing a user sees, and is written again by that run', async () => {
  const { env, start } = folders();
  await fullRun(start);
  writeFileSync(firstFile(env.INKPRESS_CACHE_DIR)!, 'garbage\n{"rows": [');
  const term = start();
  const screen = await term.waitForScreen((s) => s.includes(`${COUNT} unread of ${COUNT}`) && s.includes(`All (${COUNT})`), 20_000);
  expect(screen).toContain(`Story Number ${COUNT - 1}`);
  await waitFor(() => savedRows(env.INKPRESS_CACHE_DIR)?.length === FIRST_ROWS, () => '', { timeout: 20_000 });
  term.write(KEYS.ctrlC);
  expect((await term.waitForExit()).exitCode).toBe(0);
});

test('a search typed as soon as the first screen shows finds in the whole library', async () => {
  const { start } = folders();
  await fullRun(start);
  const term = start();
  await term.waitForScreen(`Story Number ${COUNT - 1}`, 20_000);
  term.write('/story 4');
  // Words match from their start: story 4 and 40–49 when there are that many.
  const found = Array.from({ length: COUNT }, (_, n) => n).filter((n) => String(n).startsWith('4')).length;
  const screen = await term.waitForScreen((s) => s.includes(`Search: story 4 (${found})`) && /^\/story 4 .*matches/m.test(s), 20_000);
  // Story 4 is one of the oldest, below the rows the first screen keeps.
  expect(screen).toMatch(/Story Number 4\s*$/m);
  term.write(KEYS.escape);
  await term.waitForScreen(`All (${COUNT})`);
  term.write(KEYS.ctrlC);
  expect((await term.waitForExit()).exitCode).toBe(0);
});
