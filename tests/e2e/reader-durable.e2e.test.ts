/**
 * "A read mark on screen is on disk": the real program in a pseudo-terminal gets a burst of
 * keys in one chunk, and is killed with SIGKILL the moment the frame showing their marks is
 * seen (no handler runs, nothing is flushed on the way out). Then the state on disk must hold
 * every mark that frame showed. Repeated, each time from the state the last kill left.
 * Needs `npm run build`.
 */
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, expect, test } from 'vitest';
import { openConfStore } from '../../src/store/conf-store.js';
import { PROGRAM, runInTerminal, type Term } from '../helpers/term.js';

const ARTICLES = 60;
const BURSTS = 10;
const PER_BURST = 4;
let root: string;
const running: Term[] = [];

beforeAll(() => {
  if (!existsSync(PROGRAM)) throw new Error(`${PROGRAM} is missing: run \`npm run build\` first`);
  root = mkdtempSync(join(tmpdir(), 'inkpress-durable-e2e-'));
  mkdirSync(join(root, 'articles', 'news'), { recursive: true });
  for (let i = 0; i < ARTICLES; i++) {
    const n = String(i).padStart(3, '0');
    writeFileSync(join(root, 'articles', 'news', `${n}.md`), `# Story number ${n}\n\nThe body of story ${n}, long enough to read.\n`);
  }
});
afterAll(() => rmSync(root, { recursive: true, force: true }));
afterEach(() => {
  for (const t of running.splice(0)) t.kill('SIGKILL');
});

const readOnDisk = (dir: string) => [...openConfStore({ dir }).snapshot()].filter(([, s]) => s.read).length;

test(`${BURSTS} bursts of ${PER_BURST} marks in one chunk, each killed -9 right after its frame: every mark shown is on disk`, async () => {
  const dir = join(root, 'state');
  const env = { INKPRESS_DIR: join(root, 'articles'), INKPRESS_STATE_DIR: dir };
  for (let burst = 0; burst < BURSTS; burst++) {
    const term = runInTerminal({ cols: 100, rows: 30, env });
    running.push(term);
    const shown = (unread: number) => new RegExp(`\\b${unread} unread of ${ARTICLES}\\b`);
    await term.waitForScreen(shown(ARTICLES - burst * PER_BURST), 20_000);
    // One chunk: move past the articles marked before, then mark the next PER_BURST read.
    term.write('j'.repeat(burst * PER_BURST) + 'rj'.repeat(PER_BURST));
    await term.waitForScreen(shown(ARTICLES - (burst + 1) * PER_BURST));
    term.kill('SIGKILL');
    expect((await term.waitForExit()).signal).toBe(9);
    expect(readOnDisk(dir)).toBe((burst + 1) * PER_BURST);
  }
}, 240_000);
