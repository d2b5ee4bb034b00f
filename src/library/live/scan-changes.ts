import type { ScannedFile } from '../files/scan.js';
import type { Problem } from '../model/article.js';
import { type FileEntry, sameStamp } from './file-entry.js';

/** How a fresh scan differs from the entries read so far. */
export interface ScanChanges {
  /** Entries whose file is gone were dropped. */
  dropped: boolean;
  /** Entries whose file is unchanged (their file object kept, with the scan's device number). */
  unchanged: FileEntry[];
  /** Files new or changed since read: to read (again). */
  toRead: ScannedFile[];
}

/** Files compared between two calls of `pause`. */
export const FILES_PER_PAUSE = 64;

/**
 * Brings `entries` in line with a scan's files: drops the gone ones (`forget` is told), sorts the
 * rest. Every {@link FILES_PER_PAUSE} files it calls `pause` (which may yield to the event loop):
 * comparing 10,000 files held the reader's thread for 10-20 ms at once.
 */
export async function applyScan(
  entries: Map<string, FileEntry>,
  files: readonly ScannedFile[],
  forget: (entry: FileEntry) => void,
  pause: () => Promise<unknown> = async () => undefined,
): Promise<ScanChanges> {
  const seen = new Set(files.map((f) => f.rel));
  let dropped = false;
  for (const [rel, entry] of [...entries]) {
    if (seen.has(rel)) continue;
    forget(entry);
    entries.delete(rel);
    dropped = true;
  }
  const unchanged: FileEntry[] = [];
  const toRead: ScannedFile[] = [];
  for (const [k, file] of files.entries()) {
    if (k % FILES_PER_PAUSE === FILES_PER_PAUSE - 1) await pause();
    const entry = entries.get(file.rel);
    if (entry && sameStamp(entry.file, file)) {
      keepFile(entry, file);
      unchanged.push(entry);
    } else toRead.push(file);
  }
  return { dropped, unchanged, toRead };
}

/**
 * An unchanged file keeps the entry's own object, given the scan's device number, when its path
 * is the same: the published snapshot holds that object too, and taking the scan's instead kept
 * two per file (a warm start held 10,000 of each, ~2.3 MB at 10,000 files: the index cache's,
 * still in the snapshot, and the scan's).
 */
function keepFile(entry: FileEntry, file: ScannedFile): void {
  if (entry.file.abs === file.abs) entry.file.dev = file.dev;
  else entry.file = file;
}

/** Whether two scans found the same problems. */
export function sameProblems(a: readonly Problem[], b: readonly Problem[]): boolean {
  return a.length === b.length && a.every((p, i) => p.path === b[i]!.path && p.reason === b[i]!.reason);
}
