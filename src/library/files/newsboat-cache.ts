/**
 * newsboat's cache (`cache.db`, SQLite) read in place, never locked or written: it is opened as
 * an immutable read-only URI (SQLite skips locking for it; newsboat, running, keeps its own
 * `cache.db.lock` and is not disturbed), or, where URIs are off, read-only without waiting for
 * a lock. Only the newest {@link MAX_NEWSBOAT_ITEMS} items are read: a cache of a million rows
 * opens as fast as one of thousands, and says what it left out.
 */
import { createRequire } from 'node:module';
import type BetterSqlite3 from 'better-sqlite3';
import type { NewsboatItem } from '../model/newsboat-item.js';

/** Items read from one cache, newest first; the rest are counted and reported. */
export const MAX_NEWSBOAT_ITEMS = 5000;

/** One row of `rss_item` joined with its feed's title: an item, with its guid and unread flag. */
export interface NewsboatRow extends NewsboatItem {
  guid: string;
  unread: number;
}

/** The newest items, how many the cache holds, or why it cannot be read. */
export type NewsboatRead = { ok: true; rows: NewsboatRow[]; total: number } | { ok: false; reason: string };

// better-sqlite3 reads SQLITE_USE_URI once, when the addon loads; set it first (on the main
// thread this is a real setenv, so parse workers started later see it too).
process.env.SQLITE_USE_URI ??= '1';
const require = createRequire(import.meta.url);
let Database: typeof BetterSqlite3 | null | undefined;
function database(): typeof BetterSqlite3 | null {
  if (Database === undefined) {
    try {
      Database = require('better-sqlite3') as typeof BetterSqlite3;
    } catch {
      Database = null;
    }
  }
  return Database;
}

function open(abs: string): BetterSqlite3.Database {
  const Sqlite = database()!;
  const uri = `file:${encodeURI(abs).replace(/[?#]/g, encodeURIComponent)}?mode=ro&immutable=1`;
  try {
    return new Sqlite(uri, { readonly: true, fileMustExist: true });
  } catch {
    // URIs off (the addon was loaded before SQLITE_USE_URI was set): plain read-only, no waiting.
    return new Sqlite(abs, { readonly: true, fileMustExist: true, timeout: 0 });
  }
}

const NEWSBOAT_TABLES = "SELECT count(*) AS n FROM sqlite_master WHERE type = 'table' AND name IN ('rss_item', 'rss_feed')";
const ITEMS = `
  SELECT i.guid, i.title, i.author, i.url, i.feedurl, f.title AS feedTitle, i.pubDate, i.content, i.unread
  FROM rss_item AS i LEFT JOIN rss_feed AS f ON f.rssurl = i.feedurl
  WHERE i.deleted = 0 ORDER BY i.pubDate DESC, i.id DESC LIMIT ?`;

/** Reads the newest items of the newsboat cache at `abs`. Never throws. */
export function readNewsboatCache(abs: string, limit: number = MAX_NEWSBOAT_ITEMS): NewsboatRead {
  if (database() === null) return { ok: false, reason: 'newsboat cache: the SQLite module (better-sqlite3) is not installed' };
  let db: BetterSqlite3.Database | undefined;
  try {
    db = open(abs);
    if ((db.prepare(NEWSBOAT_TABLES).get() as { n: number }).n < 2) return { ok: false, reason: 'SQLite database that is not a newsboat cache' };
    const total = (db.prepare('SELECT count(*) AS n FROM rss_item WHERE deleted = 0').get() as { n: number }).n;
    const rows = db.prepare(ITEMS).all(limit) as NewsboatRow[];
    return { ok: true, rows, total };
  } catch (error) {
    return { ok: false, reason: sqliteReason(error) };
  } finally {
    db?.close();
  }
}

function sqliteReason(error: unknown): string {
  const code = (error as { code?: string } | null)?.code ?? '';
  if (code === 'SQLITE_NOTADB' || code === 'SQLITE_CORRUPT') return 'damaged SQLite database (newsboat cache unreadable)';
  if (code === 'SQLITE_BUSY' || code === 'SQLITE_LOCKED') return 'newsboat cache is locked (try again when newsboat is idle)';
  if (code === 'SQLITE_CANTOPEN') return 'newsboat cache cannot be opened';
  return `newsboat cache unreadable (${code || String((error as Error)?.message ?? error).slice(0, 60)})`;
}
