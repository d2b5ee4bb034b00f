/**
 * Issue 10, end to end: a library big enough to be read on the parse workers, which send each
 * batch's search words as one small index (parse-worker.ts). Once loaded, search finds every
 * article holding the words (in the body, accents folded), on the cold start that built the
 * index from the workers' batches and on the warm start that searches the cache in place.
 * Needs `npm run build` first (`npm test` runs it).
 */
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, it } from 'vitest';
import { PROGRAM, runInTerminal, type Term } from '../helpers/term.js';
import { KEYS } from '../keys.js';
import { POOL_THRESHOLD } from '../../src/library/live/parse-pool.js';

const FILES = POOL_THRESHOLD + 100;
const count = (every: number) => Math.ceil(FILES / every);
let work: string;
const running: Term[] = [];

beforeAll(() => {
  if (!existsSync(PROGRAM)) throw new Error(`${PROGRAM} is missing: run \`npm run build\` first`);
  work = mkdtempSync(join(tmpdir(), 'inkpress-worker-search-e2e-'));
  for (let i = 0; i < FILES; i++) {
    const folder = join(work, 'lib', `desk-${i % 9}`);
    mkdirSync(folder, { recursive: true });
    const body = [`Story ${i} of the harbour.`, i % 7 === 0 ? 'Talks moved to Zürich.' : '', i % 5 === 0 ? 'The lighthouse keeper spoke.' : ''];
    writeFileSync(join(folder, `s${i}.txt`), `News > Desk\n\nHeadline Number ${i}\n\nPublished ${1 + (i % 28)} May 2024\n\nA standfirst.\n\n${body.join(' ')}`);
  }
});
afterAll(() => {
  if (work) rmSync(work, { recursive: true, force: true });
});
afterEach(() => {
  for (const t of running.splice(0)) t.kill('SIGKILL');
});

/** Starts the reader, waits until everything is read and indexed, and runs the searches. */
async function searchOnce(): Promise<void> {
  const env = { INKPRESS_DIR: join(work, 'lib'), INKPRESS_STATE_DIR: join(work, 'state'), INKPRESS_CACHE_DIR: join(work, 'cache'), INKPRESS_WORKERS: '2' };
  const term = runInTerminal({ cols: 120, rows: 30, env });
  running.push(term);
  await term.waitForScreen((s) => s.includes(`${FILES} unread of ${FILES}`) && !/Reading|Indexing/.test(s), 60_000);
  for (const [query, expected] of [['zurich', count(7)], ['zurich light', count(35)], ['harb', FILES]] as const) {
    term.write('/');
    await term.waitForScreen('Enter keep results', 15_000);
    term.write(query);
    await term.waitForScreen(`Search: ${query} (${expected})`, 15_000);
    // Escape clears the search (the list shows everything again).
    term.write(KEYS.escape);
    await term.waitForScreen((s) => !s.includes('Search:') && s.includes(`All (${FILES})`), 15_000);
  }
  term.write('Q');
  await term.waitForExit(15_000);
}

describe('search over a library read on the parse workers', () => {
  it('finds every article holding the words, on the cold start and on the warm one', async () => {
    await searchOnce();
    // The cache written by the cold start: searched in place, not rebuilt from the bodies.
    if (!existsSync(join(work, 'cache'))) throw new Error('the cold start wrote no cache');
    await searchOnce();
  }, 120_000);
});
