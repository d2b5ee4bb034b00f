/**
 * newsboat caches for tests: a real one made by newsboat itself (`newsboat -x reload` on two
 * local feed files), and large or broken ones written with the schema newsboat 2.x creates.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { STORY, storyHtml } from './format-files.js';

const require = createRequire(import.meta.url);

/** Whether newsboat is installed (`.ci/run` installs it where apt-get works). */
export function newsboatAvailable(): boolean {
  const found = spawnSync('newsboat', ['-v'], { stdio: 'ignore' }).status === 0;
  if (!found) console.warn('newsboat is not installed: the tests on a cache made by newsboat are skipped (apt-get install newsboat)');
  return found;
}

const rss = (title: string, items: string[]) =>
  `<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>${title}</title><link>https://${title.toLowerCase().replace(/\s+/g, '')}.example/</link><description>${title}</description>${items.join('')}</channel></rss>`;
const item = (title: string, link: string, date: string, body: string, author = '') =>
  `<item><title>${title}</title><link>${link}</link><guid>${link}</guid><pubDate>${date}</pubDate>${author ? `<author>news@harbour.example (${author})</author>` : ''}<description><![CDATA[${body}]]></description></item>`;

/** Makes `cachePath` with newsboat from two local feeds: Harbour News (2 items) and Valley Weather (1). */
export function newsboatCache(cachePath: string): void {
  const dir = mkdtempSync(join(tmpdir(), 'inkpress-newsboat-feeds-'));
  try {
    const storyBody = /<figure>[\s\S]*<\/figure>[\s\S]*?(?=<\/article>)/.exec(storyHtml())![0];
    writeFileSync(join(dir, 'harbour.xml'), rss('Harbour News', [
      item(STORY.headline, STORY.url, 'Mon, 23 Nov 2026 07:30:00 +0000', storyBody, STORY.byline),
      item('Night market returns to the old pier', 'https://harbour.example/news/night-market', 'Tue, 24 Nov 2026 08:00:00 +0000', '<p>Forty stalls will open on Friday evenings from December.</p>'),
    ]));
    writeFileSync(join(dir, 'weather.xml'), rss('Valley Weather', [
      item('Gales expected along the coast', 'https://valleyweather.example/gales', 'Wed, 25 Nov 2026 06:00:00 +0000', 'Gusts up to ninety kilometres an hour on exposed headlands.'),
    ]));
    writeFileSync(join(dir, 'urls'), `file://${join(dir, 'harbour.xml')}\nfile://${join(dir, 'weather.xml')}\n`);
    writeFileSync(join(dir, 'config'), '');
    // -C: an empty config, -u: the feed list, -c: the cache to write, -x reload: fetch and exit.
    execFileSync('newsboat', ['-C', join(dir, 'config'), '-u', join(dir, 'urls'), '-c', cachePath, '-x', 'reload'], {
      env: { ...process.env, HOME: dir, XDG_CONFIG_HOME: dir, XDG_DATA_HOME: dir },
      stdio: 'ignore',
      timeout: 30_000,
    });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** A cache with newsboat 2.x's tables and `items` generated rows (item N is dated N seconds after 2023-11-14). */
export function writeNewsboatSchema(cachePath: string, items: number): void {
  const Database = require('better-sqlite3') as typeof import('better-sqlite3');
  const db = new Database(cachePath);
  db.exec(`
    CREATE TABLE rss_feed (rssurl VARCHAR(1024) PRIMARY KEY NOT NULL, url VARCHAR(1024) NOT NULL, title VARCHAR(1024) NOT NULL,
      lastmodified INTEGER(11) NOT NULL DEFAULT 0, is_rtl INTEGER(1) NOT NULL DEFAULT 0, etag VARCHAR(128) NOT NULL DEFAULT "");
    CREATE TABLE rss_item (id INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL, guid VARCHAR(64) NOT NULL, title VARCHAR(1024) NOT NULL,
      author VARCHAR(1024) NOT NULL, url VARCHAR(1024) NOT NULL, feedurl VARCHAR(1024) NOT NULL, pubDate INTEGER NOT NULL,
      content VARCHAR(65535) NOT NULL, unread INTEGER(1) NOT NULL, enclosure_url VARCHAR(1024), enclosure_type VARCHAR(1024),
      enqueued INTEGER(1) NOT NULL DEFAULT 0, flags VARCHAR(52), deleted INTEGER(1) NOT NULL DEFAULT 0, base VARCHAR(128) NOT NULL DEFAULT "");
    CREATE INDEX idx_feedurl ON rss_item(feedurl);
    INSERT INTO rss_feed (rssurl, url, title) VALUES ('https://bulk.example/feed', 'https://bulk.example/', 'Bulk Feed');
  `);
  db.prepare(`WITH RECURSIVE n(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM n WHERE x < ?)
    INSERT INTO rss_item (guid, title, author, url, feedurl, pubDate, content, unread)
    SELECT 'g' || x, 'Item ' || x, '', 'https://bulk.example/' || x, 'https://bulk.example/feed', 1700000000 + x, '<p>Body of item ' || x || '.</p>', x % 2 FROM n`).run(items);
  db.close();
}

/** A file with SQLite's header and garbage after it. */
export function corruptDatabase(path: string): void {
  writeFileSync(path, Buffer.concat([Buffer.from('SQLite format 3\0', 'latin1'), Buffer.alloc(8192, 0x5a)]));
}
