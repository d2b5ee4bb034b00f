/**
 * The reading position is on disk within a second of a scroll (positions are coalesced: see
 * POSITION_DELAY_MS): the real program in a pseudo-terminal is killed with SIGKILL once it is
 * (no handler runs, nothing is flushed on the way out) and started again. Needs `npm run build`.
 */
import { cpSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, afterEach, beforeAll, expect, test } from 'vitest';
import { openConfStore } from '../../src/store/conf-store.js';
import { PROGRAM, runInTerminal, type Term } from '../helpers/term.js';
import { waitFor } from '../helpers/wait-for.js';
import { KEYS } from '../keys.js';

let root: string;
const running: Term[] = [];

beforeAll(() => {
  if (!existsSync(PROGRAM)) throw new Error(`${PROGRAM} is missing: run \`npm run build\` first`);
  root = mkdtempSync(join(tmpdir(), 'inkpress-position-e2e-'));
  cpSync(fileURLToPath(new URL('../../articles', import.meta.url)), join(root, 'articles'), { recursive: true });
});
afterAll(() => rmSync(root, { recursive: true, force: true }));
afterEach(() => {
  for (const t of running.splice(0)) t.kill('SIGKILL');
});

test('scroll with Space, kill -9 once the position is on disk, start again: the article reopens where it was', async () => {
  const stateDir = mkdtempSync(join(root, 'state-'));
  const env = { INKPRESS_DIR: join(root, 'articles'), INKPRESS_STATE_DIR: stateDir };
  // Small, so the first article is longer than the screen.
  const start = () => {
    const term = runInTerminal({ cols: 80, rows: 14, env });
    running.push(term);
    return term;
  };
  /** The article pane: its title, its text rows and its footer (`line 9/40 … 42%`), not the status bar. */
  const pane = (screen: string) => screen.split('\n').slice(0, 12).join('\n');

  const term = start();
  await term.waitForScreen(/\d+ unread of \d+/);
  term.write(KEYS.enter);
  await term.waitForScreen(/line 1\//);
  term.write(KEYS.space);
  const scrolled = await term.waitForScreen(/line (?!1\/)\d+\/\d+/);
  const line = /line \d+\/\d+/.exec(scrolled)![0];
  const where = /(\d+%|Bot)\s*$/m.exec(pane(scrolled))?.[1];
  expect(where).toBeDefined();
  const onDisk = () => [...openConfStore({ dir: stateDir }).snapshot().values()].some((s) => s.position !== 0);
  const started = Date.now();
  await waitFor(onDisk, () => 'no position on disk', { timeout: 5_000 });
  expect(Date.now() - started).toBeLessThan(3_000);
  term.kill('SIGKILL');
  const exit = await term.waitForExit();
  expect(exit.signal).toBe(9);

  const again = start();
  await again.waitForScreen(/\d+ unread of \d+/);
  again.write(KEYS.enter);
  const reopened = await again.waitForScreen(line);
  expect(pane(reopened)).toBe(pane(scrolled));
  expect(pane(reopened)).toContain(where!);
  again.write(KEYS.ctrlC);
  expect((await again.waitForExit()).exitCode).toBe(0);
});
