/**
 * Issue 14, item 6, end to end: the bundled program over a library holding a zip bomb, a mail
 * message nested 60,000 deep, a newsboat cache of a million items and a corrupt one. `stats`
 * gives each a reason, and the reader shows the good article and answers keys while they parse.
 * Needs `npm run build` first (`npm test` runs it).
 */
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { buildHostileFormats, type HostileFormats } from '../helpers/hostile-formats.js';
import { STORY } from '../helpers/format-files.js';
import { PROGRAM, runInTerminal, type Term } from '../helpers/term.js';
import { KEYS } from '../keys.js';

const run = promisify(execFile);
let library: HostileFormats;
let work: string;
const running: Term[] = [];

beforeAll(() => {
  if (!existsSync(PROGRAM)) throw new Error(`${PROGRAM} is missing: run \`npm run build\` first`);
  library = buildHostileFormats();
  work = mkdtempSync(join(tmpdir(), 'inkpress-hostile-formats-e2e-'));
}, 180_000);
afterAll(() => {
  library?.remove();
  if (work) rmSync(work, { recursive: true, force: true });
});
afterEach(() => {
  for (const t of running.splice(0)) t.kill('SIGKILL');
});

const env = (name: string) => ({ INKPRESS_DIR: library.root, INKPRESS_STATE_DIR: join(work, `state-${name}`), INKPRESS_CACHE_DIR: join(work, `cache-${name}`) });

describe('hostile container files', () => {
  it('stats gives each one a reason and still lists the good article', async () => {
    const { stdout } = await run(process.execPath, [PROGRAM, 'stats', '--json'], { env: { ...process.env, ...env('stats') }, timeout: 120_000 });
    const stats = JSON.parse(stdout) as { articles: number; problemFiles: Array<{ path: string; reason: string }> };
    for (const [path, reason] of Object.entries(library.reasons)) {
      expect(stats.problemFiles.find((p) => p.path === path)?.reason, path).toMatch(reason);
    }
    // The MHTML page and the cache's newest 5,000 items.
    expect(stats.articles).toBe(5001);
  }, 120_000);

  it('the reader draws the good article and answers keys while they are read', async () => {
    const term = runInTerminal({ cols: 120, rows: 30, env: env('reader') });
    running.push(term);
    // While the files are still being read, keys answer: help opens and closes.
    await term.waitForScreen(/Reading|unread of/, 30_000);
    term.write('?');
    await term.waitForScreen(/close help/i, 10_000);
    term.write(KEYS.escape);
    await term.waitForScreen((s) => !/close help/i.test(s), 10_000);
    const screen = await term.waitForScreen((s) => s.includes(STORY.headline.slice(0, 20)) && /5001 unread of 5001/.test(s), 90_000);
    expect(screen).toMatch(/4 files skipped/);
    // q steps back to the section list, and quits from there.
    term.write('qq');
    expect((await term.waitForExit(30_000)).exitCode).toBe(0);
  }, 150_000);
});
