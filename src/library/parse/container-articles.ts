/**
 * Files that hold many articles: newsboat's cache (opened in place, never read into memory) and
 * the books and mailboxes that may be larger than one article. Opening one article of such a
 * file re-reads the file to find it; the last few parses are kept, keyed by the file's identity
 * and stamp, so paging through a 5,000-item cache does not parse it 5,000 times.
 */
import { isDatabaseName } from '../files/containers.js';
import { MAX_NEWSBOAT_ITEMS, readNewsboatCache } from '../files/newsboat-cache.js';
import type { ScannedFile } from '../files/scan.js';
import { parseNewsboatItems } from '../formats/newsboat.js';
import type { Article } from '../model/article.js';
import { articlesFromBytes, finishArticles, type FileArticles } from './articles-from-bytes.js';
import { groupDigits } from '../text/group-digits.js';
import { readFileBytes } from './text-file.js';

/** Parses kept: enough for the reader's open file and a list refresh of another. */
const KEPT = 3;
/** Files giving fewer articles are cheap to parse again and not kept. */
const KEEP_FROM = 20;
const kept = new Map<string, FileArticles>();

const stampOf = (f: ScannedFile): string => `${f.abs}\0${f.size}\0${f.mtimeMs}\0${f.ino}\0${f.dev}`;

/** Reads and parses any scanned file: newsboat's cache by SQLite, every other file by its bytes. */
export function readFileArticles(file: ScannedFile): FileArticles {
  const stamp = stampOf(file);
  const hit = kept.get(stamp);
  if (hit) return hit;
  const parsed = isDatabaseName(file.rel) ? newsboatArticles(file) : bytesArticles(file);
  if (parsed.ok && parsed.articles.length >= KEEP_FROM) {
    kept.set(stamp, parsed);
    if (kept.size > KEPT) kept.delete(kept.keys().next().value!);
  }
  return parsed;
}

function bytesArticles(file: ScannedFile): FileArticles {
  const read = readFileBytes(file);
  return read.ok ? articlesFromBytes(read.bytes, file.rel) : read;
}

/**
 * One article of a file by id. In newsboat's cache an item with an address has an id made from
 * that address alone (model/article-id.ts), so the items are matched without their bodies and
 * only the one asked for is parsed: opening an item costs milliseconds, not the whole cache.
 */
export function readFileArticle(file: ScannedFile, id: string): Article | null {
  if (!isDatabaseName(file.rel) || kept.has(stampOf(file))) {
    const parsed = readFileArticles(file);
    return parsed.ok ? (parsed.articles.find((a) => a.id === id) ?? null) : null;
  }
  const read = readNewsboatCache(file.abs);
  if (!read.ok) return null;
  const match = read.rows.find((row) => {
    const light = finishArticles(parseNewsboatItems([row], false), file.rel);
    return light.ok && light.articles[0]!.url !== null && light.articles[0]!.id === id;
  });
  const full = finishArticles(parseNewsboatItems(match ? [match] : read.rows), file.rel);
  return full.ok ? (full.articles.find((a) => a.id === id) ?? null) : null;
}

function newsboatArticles(file: ScannedFile): FileArticles {
  const read = readNewsboatCache(file.abs);
  if (!read.ok) return read;
  const notes =
    read.total > read.rows.length
      ? [`newsboat cache holds ${groupDigits(read.total)} items; the newest ${groupDigits(MAX_NEWSBOAT_ITEMS)} are shown`]
      : [];
  return finishArticles(parseNewsboatItems(read.rows), file.rel, notes);
}

/**
 * The ids of the items newsboat has marked read, among those the library shows (the newest
 * {@link MAX_NEWSBOAT_ITEMS}), for importing newsboat's read marks; or why the cache is unreadable.
 */
export function newsboatReadIds(file: ScannedFile): { ok: true; read: string[] } | { ok: false; reason: string } {
  const read = readNewsboatCache(file.abs);
  if (!read.ok) return read;
  const ids: string[] = [];
  for (const row of read.rows) {
    if (row.unread !== 0) continue;
    // Items with an address are matched without their bodies; the few without one are parsed.
    const light = finishArticles(parseNewsboatItems([row], false), file.rel);
    const article = light.ok && light.articles[0]!.url !== null ? light : finishArticles(parseNewsboatItems([row]), file.rel);
    if (article.ok) ids.push(article.articles[0]!.id);
  }
  return { ok: true, read: ids };
}
