/**
 * Issue 10: background work (the start's walk and load, rescans) holds back while keys come, so
 * each key's frame has the reader's thread to itself (`backgroundTurn`). What a reader sees: keys
 * pressed while a library is still being read are answered, and the load carries on and finishes
 * once they stop. Needs `npm run build` first (`npm test` runs it).
 */
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, expect, it } from 'vitest';
import { PROGRAM, runInTerminal, type Term } from '../helpers/term.js';

const FILES = 1_500;
let work: string;
const running: Term[] = [];

beforeAll(() => {
  if (!existsSync(PROGRAM)) throw new Error(`${PROGRAM} is missing: run \`npm run build\` first`);
  work = mkdtempSync(join(tmpdir(), 'inkpress-keys-during-load-e2e-'));
  for (let i = 0; i < FILES; i++) {
    const folder = join(work, 'lib', `desk-${i % 12}`);
    mkdirSync(folder, { recursive: true });
    const day = String(1 + (i % 28)).padStart(2, '0');
    writeFileSync(join(folder, `s${i}.txt`), `News > Desk\n\nHeadline Number ${i}\n\nPublished ${day} May 2024\n\nA standfirst.\n\nStory ${i} of the harbour.`);
  }
});
afterAll(() => {
  if (work) rmSync(work, { recursive: true, force: true });
});
afterEach(() => {
  for (const t of running.splice(0)) t.kill('SIGKILL');
});

it('keys pressed while the library is read are answered, and the load finishes once they stop', async () => {
  const env = { INKPRESS_DIR: join(work, 'lib'), INKPRESS_STATE_DIR: join(work, 'state'), INKPRESS_CACHE_DIR: join(work, 'cache') };
  const term = runInTerminal({ cols: 100, rows: 30, env });
  running.push(term);
  await term.waitForScreen((s) => s.includes('Headline Number'), 60_000);
  // Each `j` moves the selection to another headline (the selection stays on its article as the
  // load adds others around it, so only a key moves it), whether or not the load is done.
  const selected = () => term.inverseRuns().find((run) => run.includes('Headline Number')) ?? '';
  const seen = new Set<string>();
  let loadingAtAKey = false;
  for (let k = 0; k < 12; k += 1) {
    const before = selected();
    seen.add(before);
    term.write('j');
    const screen = await term.waitForScreen(() => !seen.has(selected()) && selected() !== '', 15_000);
    loadingAtAKey ||= /Reading|Indexing/.test(screen);
  }
  await term.waitForScreen((s) => s.includes(`${FILES} unread of ${FILES}`) && !/Reading|Indexing/.test(s), 60_000);
  // Twelve keys, twelve other headlines; at least one frame came while the library was being read.
  expect(seen.size).toBe(12);
  expect(loadingAtAKey).toBe(true);
  term.write('Q');
  expect((await term.waitForExit(15_000)).exitCode).toBe(0);
}, 120_000);
