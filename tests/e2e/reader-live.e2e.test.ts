/**
 * The reader follows its folder: the real program in a pseudo-terminal over a temporary library;
 * a file written into the folder shows up on screen, a deleted one goes. Needs `npm run build`.
 */
import { existsSync, mkdirSync, mkdtempSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, expect, test } from 'vitest';
import { PROGRAM, runInTerminal, type Term } from '../helpers/term.js';
import { KEYS } from '../keys.js';

let root: string;
const running: Term[] = [];

beforeAll(() => {
  if (!existsSync(PROGRAM)) throw new Error(`${PROGRAM} is missing: run \`npm run build\` first`);
  root = mkdtempSync(join(tmpdir(), 'inkpress-live-e2e-'));
});
afterAll(() => rmSync(root, { recursive: true, force: true }));
afterEach(() => {
  for (const t of running.splice(0)) t.kill('SIGKILL');
});

function page(section: string, headline: string, date: string): string {
  return `News > ${section}\n\n${headline}\n\nPublished ${date}\n\nA standfirst about ${headline}.\n\nThe body of ${headline}.\n\nPost with no comments.`;
}

test('a file written into the folder appears within about a second; a deleted one goes', async () => {
  const library = join(root, 'articles');
  mkdirSync(join(library, 'science'), { recursive: true });
  writeFileSync(join(library, 'science', 'first.txt'), page('Science', 'Already In The Folder', '2 March 2024'));
  const term = runInTerminal({
    cols: 100,
    rows: 30,
    env: { INKPRESS_DIR: library, INKPRESS_STATE_DIR: mkdtempSync(join(root, 'state-')), INKPRESS_CACHE_DIR: mkdtempSync(join(root, 'cache-')) },
  });
  running.push(term);
  // Loaded (no progress left in the status bar): the folder is being watched from here on.
  await term.waitForScreen((s) => s.includes('1 unread of 1') && !/Reading|Indexing/.test(s));

  const written = Date.now();
  writeFileSync(join(library, 'science', 'second.txt'), page('Science', 'Dropped In While Reading', '3 March 2024'));
  let screen = await term.waitForScreen('Dropped In While Reading', 3000);
  const appeared = Date.now() - written;
  console.log(`reader-live e2e: a new file's headline was on screen ${appeared} ms after it was written`);
  expect(screen).toContain('2 unread of 2');
  expect(screen).toContain('Already In The Folder');

  const deleted = Date.now();
  unlinkSync(join(library, 'science', 'first.txt'));
  screen = await term.waitForScreen((s) => !s.includes('Already In The Folder'), 3000);
  console.log(`reader-live e2e: a deleted file's headline left the screen ${Date.now() - deleted} ms after the delete`);
  expect(screen).toContain('1 unread of 1');

  term.write(KEYS.ctrlC);
  expect((await term.waitForExit()).exitCode).toBe(0);
});
