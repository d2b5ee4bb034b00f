/**
 * Files that hold many articles and may be larger than one article: e-book editions, mailboxes
 * and newsboat's cache. Their size limits are their own; the formats themselves are still
 * detected by content (a `.epub` that is not a zip is read as any other file).
 */
import { closeSync, constants, openSync, readSync } from 'node:fs';
import path from 'node:path';

/** An e-book edition with its pictures, or a year of newsletters, fits in this. */
export const MAX_CONTAINER_BYTES = 64 * 1024 * 1024;
/** newsboat's cache is opened in place, never read into memory: only a sanity bound. */
export const MAX_DATABASE_BYTES = 4 * 1024 * 1024 * 1024;

const BOOKS_AND_MAILBOXES = /\.(?:epub|mbox|mbx)$|(?:^|\/)mbox$/i;
const DATABASES = /\.(?:db|sqlite3?)$/i;

/** The size limit of a file by its name, given the limit of ordinary articles. */
export function maxBytesFor(rel: string, articleLimit: number): number {
  if (DATABASES.test(rel)) return Math.max(articleLimit, MAX_DATABASE_BYTES);
  return BOOKS_AND_MAILBOXES.test(rel) ? Math.max(articleLimit, MAX_CONTAINER_BYTES) : articleLimit;
}

/** Whether the name says database (`cache.db`, `x.sqlite`): such a file is opened as SQLite, not read. */
export function isDatabaseName(rel: string): boolean {
  return DATABASES.test(rel);
}

const SQLITE_HEADER = 'SQLite format 3\0';

/**
 * Whether a regular file begins with SQLite's header (file format §1.3.1). Opened without
 * following links and without blocking, as every article read is; false on any error.
 */
export function hasSqliteHeader(abs: string): boolean {
  let fd: number | undefined;
  try {
    fd = openSync(abs, constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0) | (constants.O_NONBLOCK ?? 0) | (constants.O_NOCTTY ?? 0));
    const head = Buffer.alloc(16);
    return readSync(fd, head, 0, 16, 0) === 16 && head.toString('latin1') === SQLITE_HEADER;
  } catch {
    return false;
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/**
 * The page a "Webpage, Complete" folder belongs to: `Story_files/` beside `Story.html` (Firefox,
 * Chromium) holds its pictures, styles and frames, not articles. Null for any other folder.
 */
export function savedPageOf(folderName: string, siblings: ReadonlySet<string>): string | null {
  const m = /^(.+)_files$/.exec(folderName);
  if (!m) return null;
  const page = m[1]!;
  for (const ext of ['.html', '.htm', '.xhtml', '.shtml', '.HTML', '.HTM']) {
    if (siblings.has(page + ext)) return page + ext;
  }
  return null;
}

/** `path.posix.basename` for `/`-separated relative paths. */
export const baseName = (rel: string): string => path.posix.basename(rel);
