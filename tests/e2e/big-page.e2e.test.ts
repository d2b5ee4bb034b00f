/**
 * Issue 10, end to end: a library holding a saved page of 400,000 never-closed one-word <div>s
 * (4 MB; 134 s and 1.28 GB before the parser fixes, about 10 s of CPU after). The reader shows
 * the other articles and answers keys while that page is read (it is read on a worker thread,
 * as books and mailboxes are), then lists it and opens it as one word per paragraph.
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

beforeAll(() => {
  if (!existsSync(PROGRAM)) throw new Error(`${PROGRAM} is missing: run \`npm run build\` first`);
  work = mkdtempSync(join(tmpdir(), 'inkpress-big-page-e2e-'));
  const lib = join(work, 'lib');
  mkdirSync(join(lib, 'world'), { recursive: true });
  // Named to be read first: on the reader's thread it held back every file after it.
  writeFileSync(join(lib, 'a-never-closed.html'), neverClosedDivs());
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

describe('a library holding a 4 MB page of never-closed tags', () => {
  it('lists the other articles and answers keys while the page is read, then opens it', async () => {
    const env = { INKPRESS_DIR: join(work, 'lib'), INKPRESS_STATE_DIR: join(work, 'state'), INKPRESS_CACHE_DIR: join(work, 'cache') };
    const term = runInTerminal({ cols: 120, rows: 30, env });
    running.push(term);
    // One frame holding all three small articles while the big page is still being read.
    await term.waitForScreen((s) => SMALL.every((h) => s.includes(h)) && /Reading/.test(s), 60_000);
    term.write('?');
    await term.waitForScreen((s) => /close help/i.test(s) && /Reading/.test(s), 10_000);
    term.write(KEYS.escape);
    await term.waitForScreen((s) => !/close help/i.test(s), 10_000);
    // The page's headline is its first word (it has no title); its body, one word a paragraph.
    await term.waitForScreen((s) => /4 unread of 4/.test(s), 120_000);
    // Undated, it is listed last.
    term.write('G');
    term.write(KEYS.enter);
    // 399,999 one-word paragraphs, each a line and a blank line: about 800,000 lines.
    const open = await term.waitForScreen((s) => (s.match(/│\s+word\s*$/gm) ?? []).length >= 5 && /line 1\/8000\d\d\b/.test(s), 30_000);
    expect(open).not.toMatch(/unreadable|no article/i);
  }, 240_000);
});
