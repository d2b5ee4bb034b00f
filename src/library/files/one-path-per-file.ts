import type { ScannedFile } from './scanned-file.js';

/**
 * One path per file (device and inode) among a scan's files sorted by `rel`: the first not reached
 * through a link, else the first. The result keeps the same objects, in the same order. Files are
 * told apart by inode number first (a number key; the device is compared on a match), so a library
 * of 50,000 files makes no key string per file: the scan runs while the reader starts, and what it
 * keeps alive that long is promoted to V8's old space and held there.
 */
export function onePathPerFile(files: readonly ScannedFile[], viaLink: ReadonlySet<ScannedFile>): ScannedFile[] {
  const byIno = new Map<number, ScannedFile>();
  // An inode number met again on another device (two file systems in one library): rare.
  const elsewhere = new Map<string, ScannedFile>();
  const keyOf = (f: ScannedFile): string => `${f.dev}:${f.ino}`;
  const better = (seen: ScannedFile | undefined, f: ScannedFile): boolean =>
    seen === undefined || (viaLink.has(seen) && !viaLink.has(f));
  for (const f of files) {
    const seen = byIno.get(f.ino);
    if (seen === undefined || seen.dev === f.dev) {
      if (better(seen, f)) byIno.set(f.ino, f);
    } else if (better(elsewhere.get(keyOf(f)), f)) elsewhere.set(keyOf(f), f);
  }
  return files.filter((f) => byIno.get(f.ino) === f || (elsewhere.size > 0 && elsewhere.get(keyOf(f)) === f));
}
