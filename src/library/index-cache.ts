import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import envPaths from 'env-paths';
import type { ArticleSummary } from './library.js';

declare const INKPRESS_BUILD_ID: string | undefined;

/** Bumped whenever what is cached changes shape; the build id covers parser changes. */
const CACHE_FORMAT = 1;
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

/**
 * The search words of a file's articles (space-separated, one string per article), cached
 * apart from the index so that a warm start parses only the small index before its first frame.
 */
export interface CachedTerms extends FileStamp {
  terms: string[];
}

/** Which of the two cache files. */
export type CacheKind = 'index' | 'terms';

/** The cache folder: `INKPRESS_CACHE_DIR`, else the user's cache folder (XDG_CACHE_HOME). */
export function cacheDir(): string {
  return process.env.INKPRESS_CACHE_DIR || envPaths('inkpress', { suffix: '' }).cache;
}

function cacheFile(dir: string, root: string, kind: CacheKind): string {
  return join(dir, `${kind}-${createHash('sha256').update(root).digest('hex').slice(0, 16)}.json`);
}

/**
 * The index of a library folder from an earlier run, so a warm start reads no article
 * bodies. Anything unreadable, corrupt or from another build is simply not used.
 */
export function readCache<T extends FileStamp>(dir: string, root: string, kind: CacheKind): Map<string, T> {
  try {
    const data = JSON.parse(readFileSync(cacheFile(dir, root, kind), 'utf8')) as {
      format?: number;
      build?: string;
      root?: string;
      files?: Record<string, T>;
    };
    if (data.format !== CACHE_FORMAT || data.build !== BUILD || data.root !== root || !data.files) return new Map();
    return new Map(Object.entries(data.files));
  } catch {
    return new Map();
  }
}

/** Writes the index atomically (temp file, then rename); a failure only costs the next start time. */
export function writeCache<T extends FileStamp>(dir: string, root: string, kind: CacheKind, files: ReadonlyMap<string, T>): void {
  try {
    mkdirSync(dir, { recursive: true, mode: 0o700 });
    const target = cacheFile(dir, root, kind);
    const temp = `${target}.${process.pid}.tmp`;
    writeFileSync(temp, JSON.stringify({ format: CACHE_FORMAT, build: BUILD, root, files: Object.fromEntries(files) }), {
      mode: 0o600,
    });
    renameSync(temp, target);
  } catch {
    // The cache is an optimisation: a read-only or full disk must not stop the reader.
  }
}
