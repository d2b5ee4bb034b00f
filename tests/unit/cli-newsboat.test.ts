/**
 * Issue 14, item 4, as a user runs it: `--newsboat-cache FILE` adds a cache made by newsboat to
 * the library, and newsboat's read marks are offered by `stats` and taken by `import-newsboat`.
 */
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { STORY } from '../helpers/format-files.js';
import { newsboatAvailable, newsboatCache } from '../helpers/newsboat-cache.js';
import { runCli } from '../helpers/run-cli.js';

const require = createRequire(import.meta.url);
let dir = '';
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'inkpress-cli-newsboat-'));
  process.env.INKPRESS_STATE_DIR = join(dir, 'state');
  process.env.INKPRESS_CACHE_DIR = join(dir, 'cache');
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe.skipIf(!newsboatAvailable())('a newsboat cache outside the library', () => {
  it('is read with --newsboat-cache, and its read marks are offered once and imported', async () => {
    const lib = join(dir, 'lib');
    mkdirSync(lib);
    const cache = join(dir, 'newsboat', 'cache.db');
    mkdirSync(join(dir, 'newsboat'));
    newsboatCache(cache);
    // Read the ferry story in newsboat (what pressing Enter on it there does to the cache).
    const Database = require('better-sqlite3') as typeof import('better-sqlite3');
    const db = new Database(cache);
    db.prepare('UPDATE rss_item SET unread = 0 WHERE url = ?').run(STORY.url);
    db.close();

    const list = JSON.parse((await runCli(['list', '--dir', lib, '--newsboat-cache', cache, '--json'])).stdout) as Array<{ headline: string; section: string; read: boolean }>;
    expect(list.map((a) => [a.section, a.headline]).sort()).toEqual([
      ['Harbour News', STORY.headline],
      ['Harbour News', 'Night market returns to the old pier'],
      ['Valley Weather', 'Gales expected along the coast'],
    ]);
    expect(list.every((a) => !a.read)).toBe(true);

    const stats = await runCli(['stats', '--dir', lib, '--newsboat-cache', cache]);
    expect(stats.stdout).toMatch(/newsboat: 1 articles read in newsboat are unread here; 'inkpress import-newsboat' marks them read/);
    const imported = await runCli(['import-newsboat', '--dir', lib, '--newsboat-cache', cache]);
    expect(imported).toMatchObject({ code: 0, stdout: expect.stringMatching(/^Marked 1 articles read/) });
    const after = JSON.parse((await runCli(['list', '--dir', lib, '--newsboat-cache', cache, '--json'])).stdout) as typeof list;
    expect(after.filter((a) => a.read).map((a) => a.headline)).toEqual([STORY.headline]);
    // Offered once: nothing left to import, so stats no longer mentions it.
    expect((await runCli(['stats', '--dir', lib, '--newsboat-cache', cache])).stdout).not.toMatch(/newsboat:/);
  }, 30_000);

  it('says clearly when the file named is missing, and when there is no cache to import from', async () => {
    expect(await runCli(['list', '--newsboat-cache', join(dir, 'nope.db')])).toMatchObject({ code: 1, stderr: expect.stringMatching(/newsboat cache .*nope\.db: no such file/) });
    expect(await runCli(['list', '--newsboat-cache'])).toMatchObject({ code: 2 });
    mkdirSync(join(dir, 'empty'));
    expect(await runCli(['import-newsboat', '--dir', join(dir, 'empty')])).toMatchObject({ code: 1, stderr: expect.stringMatching(/no newsboat cache/) });
  });
});
