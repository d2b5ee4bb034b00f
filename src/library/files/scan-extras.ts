/**
 * Files named outside any library folder (`--newsboat-cache FILE`, the cache given to
 * `import-newsboat`), checked as the scan checks a file, and a folder's scan with such files.
 */
import { statSync, type Stats } from 'node:fs';
import path from 'node:path';
import { maxBytesFor } from './containers.js';
import { readable, specialKind } from './file-checks.js';
import { stampNow } from './path-stamp.js';
import { errorReason, MAX_ARTICLE_BYTES, tooLargeReason } from './read-scanned-file.js';
import { scanFolder, type ScanOptions, type ScanResult } from './scan.js';
import type { ScannedFile } from './scanned-file.js';

/**
 * One file named outside any library folder (`--newsboat-cache FILE`), checked as the scan
 * checks a file: a regular, readable file within its size limit. Its `rel` is its absolute path.
 */
export function scanFile(abs: string): { ok: true; file: ScannedFile } | { ok: false; reason: string } {
  let st: Stats;
  try {
    st = statSync(abs);
  } catch (error) {
    return { ok: false, reason: errorReason(error) === 'disappeared during the scan' ? 'no such file' : errorReason(error) };
  }
  const special = specialKind(st);
  if (special !== null) return { ok: false, reason: st.isDirectory() ? 'a folder, not a file' : `not a regular file (${special})` };
  const limit = maxBytesFor(abs, MAX_ARTICLE_BYTES);
  if (st.size > limit) return { ok: false, reason: tooLargeReason(st.size, limit) };
  if (!readable(abs, st)) return { ok: false, reason: 'permission denied' };
  return { ok: true, file: { abs, rel: abs, size: st.size, mtimeMs: st.mtimeMs, ino: st.ino, dev: st.dev } };
}

/** The folder's scan plus files named outside it (a `--newsboat-cache` file), checked alike. */
export async function scanWithExtras(root: string, extras: readonly string[], options: ScanOptions = {}): Promise<ScanResult> {
  const scan = await scanFolder(root, options);
  for (const abs of extras.map((extra) => path.resolve(extra))) {
    scan.stamps.set(abs, stampNow(abs)); // before it is read, as the folders are
    const found = scanFile(abs);
    if (found.ok) scan.files.push(found.file);
    else scan.problems.push({ path: abs, reason: found.reason });
  }
  return scan;
}
