import { createHash } from 'node:crypto';
import { closeSync, mkdirSync, openSync, renameSync, writeSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import envPaths from 'env-paths';
import type { ArticleFormat } from '../model/article.js';
import type { ArticleSummary } from '../model/library.js';
import { type CompactIndex, drain } from './compact-index.js';
import { linesInPieces, PIECE, writeTextInPieces } from './text-in-pieces.js';

declare const INKPRESS_BUILD_ID: string | undefined;

/** Bumped whenever what is cached changes shape; the build id covers parser changes. */
const CACHE_FORMAT = 6;
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

/** One summary as the caches keep it (its path beside it). */
export type SummaryRow = [string, ArticleFormat, string, string, string | null, string | null, string | null];
type FileRow = [rel: string, size: number, mtimeMs: number, ino: number, problem: string | null, summaries: SummaryRow[]];

/** The cache folder: `INKPRESS_CACHE_DIR`, else the user's cache folder (XDG_CACHE_HOME). */
export function cacheDir(): string {
  return process.env.INKPRESS_CACHE_DIR || envPaths('inkpress', { suffix: '' }).cache;
}

/** The cache file of one kind for the library folder `root`. */
export function cacheFile(dir: string, root: string, kind: 'index' | 'search' | 'first'): string {
  return join(dir, `${kind}-${createHash('sha256').update(root).digest('hex').slice(0, 16)}.${kind === 'search' ? 'bin' : 'json'}`);
}

/** The first line of every cache file: a file from another format, build or folder is not used. */
export const header = (root: string) => JSON.stringify({ format: CACHE_FORMAT, build: BUILD, root });

/**
 * Writes `parts` one after the other, atomically (temp file, then rename); a failure only costs
 * the next start's time (false). In parts, not joined first: the search cache's postings are written
 * from the index's own arrays (a joined copy of the file was 20-27 MB more at the peak of a
 * cold start of 10,000 articles, just as the load ended); text in pieces (`text-in-pieces.ts`).
 */
export function writeAtomic(path: string, parts: ReadonlyArray<string | ArrayBufferView>): boolean {
  try {
    mkdirSync(join(path, '..'), { recursive: true, mode: 0o700 });
    const temp = `${path}.${process.pid}.tmp`;
    const fd = openSync(temp, 'w', 0o600);
    try {
      const buffer = Buffer.allocUnsafeSlow(PIECE);
      for (const part of parts) {
        if (typeof part === 'string') {
          writeTextInPieces(fd, part, buffer);
          continue;
        }
        const bytes = new Uint8Array(part.buffer, part.byteOffset, part.byteLength);
        for (let at = 0; at < bytes.length; ) at += writeSync(fd, bytes, at, bytes.length - at);
      }
    } finally {
      closeSync(fd);
    }
    renameSync(temp, path);
    return true;
  } catch {
    // The cache is an optimisation: a read-only or full disk must not stop the reader.
    return false;
  }
}

/**
 * The summaries of a library folder from an earlier run, so a warm start draws its lists
 * without reading any article. Rows rather than objects keep the file small: it is parsed
 * before the first frame, or just after a first screen's (`first-screen.ts`). Anything
 * unreadable, corrupt or from another build is not used.
 */
export function readIndexCache(dir: string, root: string): CachedIndex {
  return drain(readIndexCacheSteps(dir, root));
}

/**
 * {@link readIndexCache} a line of files at a time (see {@link FILES_PER_STEP}): a warm start
 * that has drawn its first screen reads the index between keys. In one go, the JSON of 50,000
 * files held the reader's thread for 330 ms after that frame (half of it collecting garbage),
 * and a key pressed then waited for all of it.
 */
export function* readIndexCacheSteps(dir: string, root: string): Generator<void, CachedIndex> {
  const files = new Map<string, CachedFile>();
  const none = (): CachedIndex => ({ files: new Map(), renamed: [] });
  try {
    const lines = linesInPieces(cacheFile(dir, root, 'index'));
    try {
      const line = (): string => {
        const next = lines.next();
        if (next.done) throw new Error('truncated');
        return next.value;
      };
      if (line() !== header(root)) return none();
      const count = (JSON.parse(line()) as { lines: number }).lines;
      if (!(count >= 0)) return none();
      for (let k = 0; k < count; k += 1) {
        for (const [rel, size, mtimeMs, ino, problem, rows] of JSON.parse(line()) as FileRow[]) {
          const summaries = rows.map(([id, format, section, headline, published, byline, url]) => ({
            id, path: rel, format, section, headline, published, byline, url,
          }));
          files.set(rel, { size, mtimeMs, ino, problem, summaries });
        }
        yield;
      }
      const renamed = JSON.parse(line()) as Array<[string, string]>;
      return lines.next().done ? { files, renamed } : none();
    } finally {
      lines.return();
    }
  } catch {
    return none();
  }
}

/** What the index cache holds: each file's summaries, and the latest ids changed by edits (old, new). */
export interface CachedIndex {
  files: Map<string, CachedFile>;
  renamed: Array<[string, string]>;
}

/** Files per line of the index cache: turned into JSON, or read, between two yields. */
const FILES_PER_STEP = 500;

/** Saves the summaries of every file, and the ids edits changed (so a restart still knows them). */
export function writeIndexCache(dir: string, root: string, files: Iterable<[string, CachedFile]>, renamed: Iterable<[string, string]> = []): boolean {
  return drain(indexCacheSteps(dir, root, files, renamed));
}

/**
 * {@link writeIndexCache} in steps of a few hundred files (the JSON of 50,000 summaries held the
 * reader's thread at the end of a load), then the write; returns whether it was written.
 */
export function* indexCacheSteps(dir: string, root: string, files: Iterable<[string, CachedFile]>, renamed: Iterable<[string, string]> = []): Generator<void, boolean> {
  const parts: string[] = [];
  let rows: FileRow[] = [];
  const flush = () => {
    if (rows.length > 0) parts.push(JSON.stringify(rows));
    rows = [];
  };
  for (const [rel, f] of files) {
    const summaries = f.summaries.map((s): SummaryRow => [s.id, s.format, s.section, s.headline, s.published, s.byline, s.url]);
    rows.push([rel, f.size, f.mtimeMs, f.ino, f.problem, summaries]);
    if (rows.length === FILES_PER_STEP) {
      flush();
      yield;
    }
  }
  flush();
  // The header, the count of lines of files, the lines, the ids edits changed.
  const lines = [header(root), JSON.stringify({ lines: parts.length }), ...parts, JSON.stringify([...renamed])];
  return writeAtomic(cacheFile(dir, root, 'index'), [lines.join('\n')]);
}

/**
 * The search index of a library folder from an earlier run, so that search works at once on a
 * warm start without reading bodies. Lines of ids, then of words (JSON), then the words' offsets
 * as raw 32-bit integers and the packed postings (`packed-postings.ts`): loading makes no
 * per-posting objects (the line-per-file format it replaces raised peak memory by ~90 MB at
 * 10,000 articles, measured).
 */
export async function readSearchCache(dir: string, root: string, pause: () => Promise<unknown> = async () => undefined): Promise<CompactIndex | null> {
  try {
    const bytes = await readFile(cacheFile(dir, root, 'search'));
    let lineEnd = bytes.indexOf(10);
    if (bytes.subarray(0, lineEnd).toString('utf8') !== header(root)) return null;
    const nextLine = (): string => {
      const from = lineEnd + 1;
      lineEnd = bytes.indexOf(10, from);
      if (lineEnd < 0) throw new Error('truncated');
      return bytes.subarray(from, lineEnd).toString('utf8');
    };
    const { idCount, wordCount, gapBytes } = JSON.parse(nextLine()) as { idCount: number; wordCount: number; gapBytes: number };
    // The strings come in lines of a few thousand, parsed one per turn: at 50,000 articles one
    // line of them took 5-33 ms to parse, in front of whatever key came meanwhile.
    const strings: string[] = [];
    while (strings.length < idCount + wordCount) {
      for (const s of JSON.parse(nextLine()) as string[]) strings.push(s);
      await pause();
    }
    const ids = strings.slice(0, idCount);
    const vocabulary = strings.slice(idCount);
    const start = lineEnd + 1 + ((4 - ((lineEnd + 1) % 4)) % 4);
    const offsetBytes = (wordCount + 1) * 4;
    if (bytes.length - start !== offsetBytes + gapBytes) return null;
    // Views into the file's own buffer (a file this size is read into a buffer of its own):
    // copying 30 MB at 50,000 articles took ~240 ms of the main thread.
    const at = bytes.byteOffset + start;
    const offsets = at % 4 === 0 ? new Uint32Array(bytes.buffer, at, wordCount + 1) : new Uint32Array(bytes.buffer.slice(at, at + offsetBytes));
    const gaps = new Uint8Array(bytes.buffer, at + offsetBytes, gapBytes);
    for (let w = 0; w < wordCount; w++) if (offsets[w]! > offsets[w + 1]!) return null;
    if (offsets[0] !== 0 || offsets[wordCount] !== gapBytes) return null;
    return { ids, vocabulary, offsets, gaps };
  } catch {
    return null;
  }
}

/** Strings per line of the search cache (see {@link readSearchCache}). */
const STRINGS_PER_LINE = 4_096;

/** Saves the search index (see {@link readSearchCache}). */
export function writeSearchCache(dir: string, root: string, index: CompactIndex): void {
  const lines = [header(root), JSON.stringify({ idCount: index.ids.length, wordCount: index.vocabulary.length, gapBytes: index.gaps.length })];
  for (const list of [index.ids, index.vocabulary]) {
    for (let k = 0; k < list.length; k += STRINGS_PER_LINE) lines.push(JSON.stringify(list.slice(k, k + STRINGS_PER_LINE)));
  }
  const text = `${lines.join('\n')}\n`;
  // The offsets start 4-byte aligned in the file (readSearchCache views them in place).
  const padding = new Uint8Array((4 - (Buffer.byteLength(text) % 4)) % 4);
  writeAtomic(cacheFile(dir, root, 'search'), [text, padding, index.offsets, index.gaps]);
}
