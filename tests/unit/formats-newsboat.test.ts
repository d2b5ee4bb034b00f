/**
 * Issue 14, item 4: newsboat's cache. A real cache is made by `newsboat -x reload` on a local feed
 * file (skipped, with the reason, where newsboat is not installed); the limits are checked on
 * caches written here with newsboat's own schema.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MAX_NEWSBOAT_ITEMS, readNewsboatCache } from '../../src/library/files/newsboat-cache.js';
import { scanFolder } from '../../src/library/files/scan.js';
import { paragraphsOf } from '../../src/library/model/article.js';
import { parseFileArticles, parseScannedFile } from '../../src/library/parse/parse-scanned-file.js';
import { corruptDatabase, newsboatAvailable, newsboatCache, writeNewsboatSchema } from '../helpers/newsboat-cache.js';
import { STORY } from '../helpers/format-files.js';

async function scanned(dir: string, rel: string) {
  const scan = await scanFolder(dir);
  const file = scan.files.find((f) => f.rel === rel);
  if (!file) throw new Error(`${rel} not scanned: ${JSON.stringify(scan.problems)}`);
  return file;
}

describe.skipIf(!newsboatAvailable())('a cache made by newsboat -x reload', () => {
  let dir = '';
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'inkpress-newsboat-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('reads its items as articles, each feed a section, body, caption and credit kept', async () => {
    newsboatCache(join(dir, 'cache.db'));
    const parsed = parseFileArticles(await scanned(dir, 'cache.db'));
    if (!parsed.ok) throw new Error(parsed.reason);
    const bySection = new Map<string, string[]>();
    for (const a of parsed.articles) bySection.set(a.section!, [...(bySection.get(a.section!) ?? []), a.headline]);
    expect([...bySection.keys()].sort()).toEqual(['Harbour News', 'Valley Weather']);
    const ferry = parsed.articles.find((a) => a.headline === STORY.headline)!;
    expect(ferry.format).toBe('newsboat');
    expect(ferry.published).toBe(STORY.date);
    expect(ferry.byline).toBe(STORY.byline);
    expect(ferry.url).toBe(STORY.url);
    expect(ferry.captions[0]).toEqual({ text: STORY.caption, credit: STORY.credit });
    expect(paragraphsOf(ferry)).toEqual(STORY.paragraphs);
  });

  it('opens while newsboat holds a write lock on it, and never writes to it', async () => {
    const cache = join(dir, 'cache.db');
    newsboatCache(cache);
    const { default: Database } = await import('better-sqlite3');
    const writer = new Database(cache);
    writer.pragma('locking_mode = EXCLUSIVE');
    writer.exec('BEGIN EXCLUSIVE; UPDATE rss_item SET unread = 0');
    try {
      const read = readNewsboatCache(cache);
      expect(read.ok && read.rows.length).toBe(3);
    } finally {
      writer.exec('ROLLBACK');
      writer.close();
    }
    const before = readFileSync(cache);
    const mtime = statSync(cache).mtimeMs;
    expect(readNewsboatCache(cache).ok).toBe(true);
    expect(readFileSync(cache).equals(before)).toBe(true);
    expect(statSync(cache).mtimeMs).toBe(mtime);
    expect(readdirSync(dir)).toEqual(['cache.db']); // no journal, WAL or lock file left beside it
  });
});

describe('newsboat cache limits', () => {
  let dir = '';
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'inkpress-newsboat-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  // The million-row cache is in the hostile suite (tests/e2e/formats-hostile.e2e.test.ts).
  it('reads the newest items of a larger cache and says what it left out', async () => {
    writeNewsboatSchema(join(dir, 'cache.db'), MAX_NEWSBOAT_ITEMS + 1000);
    const parse = parseScannedFile(await scanned(dir, 'cache.db'));
    expect(parse.summaries).toHaveLength(MAX_NEWSBOAT_ITEMS);
    expect(parse.summaries.map((s) => s.headline)).toContain(`Item ${MAX_NEWSBOAT_ITEMS + 1000}`);
    expect(parse.summaries.map((s) => s.headline)).not.toContain('Item 1');
    expect(parse.problem).toMatch(/holds 6,000 items; the newest 5,000 are shown/);
  }, 30_000);

  it('gives a corrupt database a reason', async () => {
    corruptDatabase(join(dir, 'cache.db'));
    expect(parseScannedFile(await scanned(dir, 'cache.db')).problem).toMatch(/damaged SQLite database/);
  });

  it('tells a SQLite file that is not a newsboat cache, and leaves other .db files as non-articles', async () => {
    const { default: Database } = await import('better-sqlite3');
    const other = new Database(join(dir, 'photos.db'));
    other.exec('CREATE TABLE t (x)');
    other.close();
    writeFileSync(join(dir, 'notes.db'), 'not sqlite at all');
    const scan = await scanFolder(dir);
    expect(scan.problems).toEqual([{ path: 'notes.db', reason: 'not an article (database)' }]);
    expect(parseScannedFile(scan.files.find((f) => f.rel === 'photos.db')!).problem).toBe('SQLite database that is not a newsboat cache');
  });
});
