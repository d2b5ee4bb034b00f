import { createHash } from 'node:crypto';
import { closeSync, mkdirSync, openSync, readFileSync, readSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import envPaths from 'env-paths';
import type { ArticleFormat } from './article.js';
import type { ArticleSummary } from './library.js';

declare const INKPRESS_BUILD_ID: string | undefined;

/** Bumped whenever what is cached changes shape; the build id covers parser changes. */
const CACHE_FORMAT = 2;
const BUILD = typeof INKPRESS_BUILD_ID === 'string' ? INKPRESS_BUILD_ID : 'source';

/** A file's identity as the scan saw it: a cached entry is valid while all three are unchanged. */
export interface FileStamp {
  size: number;
  mtimeMs: number;
  ino: number;
}

/** What the index cache knows of one file: its articles' summaries, or why it has none. */
export interface CachedFile extends FileStamp {
  summaries: ArticleSummary[];
  problem: string | null;
}

/** One file's search words: a space-separated string per article, in the order of its summaries. */
export interface CachedTerms extends FileStamp {
  terms: string[];
}

type SummaryRow = [string, ArticleFormat, string, string, string | null, string | null, string | null, string | null];
type FileRow = [rel: string, size: number, mtimeMs: number, ino: number, problem: string | null, summaries: SummaryRow[]];
type TermsRow = [rel: string, size: number, mtimeMs: number, ino: number, terms: string[]];

/** The cache folder: `INKPRESS_CACHE_DIR`, else the user's cache folder (XDG_CACHE_HOME). */
export function cacheDir(): string {
  return process.env.INKPRESS_CACHE_DIR || envPaths('inkpress', { suffix: '' }).cache;
}

function cacheFile(dir: string, root: string, kind: 'index' | 'terms'): string {
  return join(dir, `${kind}-${createHash('sha256').update(root).digest('hex').slice(0, 16)}.${kind === 'index' ? 'json' : 'jsonl'}`);
}

const header = (root: string) => JSON.stringify({ format: CACHE_FORMAT, build: BUILD, root });

/** Writes atomically (temp file, then rename); a failure only costs the next start's time. */
function writeAtomic(path: string, text: string): void {
  try {
    mkdirSync(join(path, '..'), { recursive: true, mode: 0o700 });
    const temp = `${path}.${process.pid}.tmp`;
    writeFileSync(temp, text, { mode: 0o600 });
    renameSync(temp, path);
  } catch {
    // The cache is an optimisation: a read-only or full disk must not stop the reader.
  }
}

/**
 * The summaries of a library folder from an earlier run, so a warm start draws its lists
 * without reading any article. Rows rather than objects keep the file small: it is parsed
 * before the first frame. Anything unreadable, corrupt or from another build is not used.
 */
export function readIndexCache(dir: string, root: string): Map<string, CachedFile> {
  const files = new Map<string, CachedFile>();
  try {
    const [head, body] = readFileSync(cacheFile(dir, root, 'index'), 'utf8').split('\n', 2);
    if (head !== header(root) || body === undefined) return files;
    for (const [rel, size, mtimeMs, ino, problem, rows] of JSON.parse(body) as FileRow[]) {
      const summaries = rows.map(([id, format, section, headline, published, byline, standfirst, url]) => ({
        id, path: rel, format, section, headline, published, byline, standfirst, url,
      }));
      files.set(rel, { size, mtimeMs, ino, problem, summaries });
    }
    return files;
  } catch {
    return new Map();
  }
}

/** Saves the summaries of every file. */
export function writeIndexCache(dir: string, root: string, files: Iterable<[string, CachedFile]>): void {
  const rows: FileRow[] = [];
  for (const [rel, f] of files) {
    const summaries = f.summaries.map((s): SummaryRow => [s.id, s.format, s.section, s.headline, s.published, s.byline, s.standfirst, s.url]);
    rows.push([rel, f.size, f.mtimeMs, f.ino, f.problem, summaries]);
  }
  writeAtomic(cacheFile(dir, root, 'index'), `${header(root)}\n${JSON.stringify(rows)}`);
}

/**
 * The search words cached from an earlier run, one JSON line per file, read a megabyte at a
 * time: the file is several times the index, and holding it whole raised peak memory by ~90 MB
 * at 10,000 articles (measured). Yields nothing when the file is missing or from another build.
 */
export function* termsLines(dir: string, root: string): Generator<string> {
  let fd: number | undefined;
  try {
    fd = openSync(cacheFile(dir, root, 'terms'), 'r');
    const chunk = Buffer.alloc(1 << 20);
    const decoder = new TextDecoder();
    let rest = '';
    let first = true;
    for (;;) {
      const n = readSync(fd, chunk, 0, chunk.length, null);
      const lines = (rest + decoder.decode(chunk.subarray(0, n), { stream: n > 0 })).split('\n');
      rest = n > 0 ? lines.pop()! : '';
      for (const line of lines) {
        if (first && line !== header(root)) return;
        if (!first && line) yield line;
        first = false;
      }
      if (n === 0) return;
    }
  } catch {
    return;
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/** One line of the terms cache, or null when it is not one. */
export function parseTermsLine(line: string): (CachedTerms & { rel: string }) | null {
  try {
    const [rel, size, mtimeMs, ino, terms] = JSON.parse(line) as TermsRow;
    return typeof rel === 'string' && Array.isArray(terms) ? { rel, size, mtimeMs, ino, terms } : null;
  } catch {
    return null;
  }
}

/** Saves the search words of every file. */
export function writeTermsCache(dir: string, root: string, files: Iterable<[string, CachedTerms]>): void {
  const lines = [header(root)];
  for (const [rel, t] of files) lines.push(JSON.stringify([rel, t.size, t.mtimeMs, t.ino, t.terms] satisfies TermsRow));
  writeAtomic(cacheFile(dir, root, 'terms'), lines.join('\n'));
}
