import { isAbsolute, join, sep } from 'node:path';
import type { ScannedFile } from '../files/scanned-file.js';
import type { CachedFile, FileStamp } from '../index/index-cache.js';
import type { ArticleSummary } from '../model/library.js';

/** One file and what it holds. */
export interface FileEntry {
  file: ScannedFile;
  summaries: ArticleSummary[];
  problem: string | null;
}

/** What tells a file unchanged since it was read: its size, modification time and inode. */
export const stampOf = (f: FileStamp): FileStamp => ({ size: f.size, mtimeMs: f.mtimeMs, ino: f.ino });
export const sameStamp = (a: FileStamp, f: FileStamp): boolean =>
  a.size === f.size && a.mtimeMs === f.mtimeMs && a.ino === f.ino;

/** An entry as the index cache remembers it, shown until the scan confirms or corrects it. */
export function cachedEntry(root: string, rel: string, c: CachedFile): FileEntry {
  return { file: { ...fileAt(root, rel), size: c.size, mtimeMs: c.mtimeMs, ino: c.ino }, summaries: c.summaries, problem: c.problem };
}

/** The file at `rel` in the library folder `root`, as a cache names it: what it is now is read when it is opened. */
export function fileAt(root: string, rel: string): ScannedFile {
  return { abs: isAbsolute(rel) ? rel : pathIn(root, rel), rel, size: -1, mtimeMs: -1, ino: -1, dev: -1 };
}

let lastRoot = '';
let rootPrefix = '';
/**
 * `join(root, rel)` for the scan's `rel` (normalised, `/`-separated) under a resolved root, made
 * as one V8 cons string of the shared `root/` and `rel` (~32 bytes a path). `join` normalised
 * every path again (its calls were ~70 ms of a profiled warm start at 10,000 files) and returned
 * a chain of the pieces it was built from: about 630 bytes a path, kept for every file (a heap
 * snapshot held 115,000 of them at 10,000 files); flattened, 110.
 */
function pathIn(root: string, rel: string): string {
  if (sep !== '/') return join(root, rel);
  if (root !== lastRoot) {
    lastRoot = root;
    rootPrefix = root.endsWith('/') ? root : `${root}/`;
    rootPrefix.charCodeAt(0);
  }
  return rootPrefix + rel;
}
