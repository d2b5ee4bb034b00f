/**
 * Issue 10, end to end: a library holding saved pages of 400,000 never-closed one-word <div>s
 * (4 MB each; 134 s and 1.28 GB before the parser fixes, about half a second now). The reader
 * shows the other articles and answers keys while those pages are read (on a worker thread, as
 * books and mailboxes are), then lists them and opens one as one word per paragraph.
 * Needs `npm run build` first (`npm test` runs it).
 */
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { PROGRAM, runInTerminal, type Term } from '../helpers/term.js';
import { KEYS } from '../keys.js';
import { neverClosedDivs } from '../helpers/never-closed.js';

let work: string;
const running: Term[] = [];
const SMALL = ['Tram Line Reaches the Harbour', 'Library Opens on Sundays', 'Comet Visible From the Hills'];
/**
 * Pages of never-closed tags, read one after another by one worker: one page alone is read
 * (~0.5 s on a 2-core machine) before the reader publishes the small articles it read meanwhile
 * (at most twice a second, library/live/publisher.ts), so a frame while it is read proves nothing.
 */
const PAGES = 5;

beforeAll(() => {
  if (!existsSync(PROGRAM)) throw new Error(`${PROGRAM} is missing: run \`npm run build\` first`);
  work = mkdtempSync(join(tmpdir(), 'inkpress-big-page-e2e-'));
  const lib = join(work, 'lib');
  mkdirSync(join(lib, 'world'), { recursive: true });
  // Named to be read first: on the reader's thread one held back every file after it.
  // Each its own article (the same bytes twice are one article, as a copy of a page is).
  for (let k = 0; k < PAGES; k++) writeFileSync(join(lib, `a-never-closed-${k}.html`), `<div>page${k} ${neverClosedDivs()}`);
  SMALL.forEach((headline, i) =>
    writeFileSync(join(lib, 'world', `s${i}.txt`), `News > World\n\n${headline}\n\nPublished ${i + 1} May 2024\n\nA standfirst.\n\nThe body of the story.`),
  );
});
afterAll(() => {
  if (work) rmSync(work, { recursive: true, force: true });
});
afterEach(() => {
  for (const t of running.splice(0)) t.kill('SIGKILL');
});

describe('a library holding 4 MB pages of never-closed tags', () => {
  it('lists the other articles and answers keys while the pages are read, then opens one', async () => {
    const env = { INKPRESS_DIR: join(work, 'lib'), INKPRESS_STATE_DIR: join(work, 'state'), INKPRESS_CACHE_DIR: join(work, 'cache'), INKPRESS_WORKERS: '1' };
    const term = runInTerminal({ cols: 120, rows: 30, env });
    running.push(term);
    // One frame holding all three small articles while the big page is still being read.
    await term.waitForScreen((s) => SMALL.every((h) => s.includes(h)) && /Reading/.test(s), 60_000);
    term.write('?');
    await term.waitForScreen((s) => /close help/i.test(s) && /Reading/.test(s), 10_000);
    term.write(KEYS.escape);
    await term.waitForScreen((s) => !/close help/i.test(s), 10_000);
    // A page's headline is its first word (it has no title); its body, one word a paragraph.
    await term.waitForScreen((s) => new RegExp(`${PAGES + 3} unread of ${PAGES + 3}`).test(s), 120_000);
    // Undated, the pages are listed last.
    term.write('G');
    term.write(KEYS.enter);
    // 399,999 one-word paragraphs, each a line and a blank line: about 800,000 lines.
    const open = await term.waitForScreen((s) => (s.match(/│\s+word\s*$/gm) ?? []).length >= 5 && /line 1\/8000\d\d\b/.test(s), 30_000);
    expect(open).not.toMatch(/unreadable|no article/i);
  }, 240_000);
});
