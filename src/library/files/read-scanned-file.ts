/**
 * Reads one scanned article file without trusting that it is still what the scan saw: between
 * the scan and the read it may have been replaced by a FIFO or a symlink, grown, or rewritten.
 */
import { closeSync, constants, fstatSync, openSync, readSync, type Stats } from 'node:fs';
import type { ScannedFile } from './scanned-file.js';

/** Larger files are not articles (a long feature is ~100 KiB of HTML; 5 MiB leaves room for inline images). */
export const MAX_ARTICLE_BYTES = 5 * 1024 * 1024;

/**
 * "6.2 MiB", "512 KiB", "12 bytes". `roundUp` for a size over a limit: to the nearest tenth,
 * 5 MiB and one byte would read "5 MiB", the limit itself.
 */
export function formatBytes(n: number, roundUp = false): string {
  const units = ['KiB', 'MiB', 'GiB', 'TiB'];
  if (n < 1024) return `${n} bytes`;
  let value = n / 1024;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  // The epsilon keeps binary fractions (0.7 * 10 = 7.000000000000001) from rounding up a tenth.
  const shown = roundUp ? Math.ceil(value * 10 - 1e-9) / 10 : value;
  return `${shown.toFixed(1).replace(/\.0$/, '')} ${units[unit]}`;
}

/** Why a file of `size` bytes, over the `maxBytes` limit, is not read. */
export function tooLargeReason(size: number, maxBytes: number): string {
  return `too large to be an article (${formatBytes(size, true)}; the limit is ${formatBytes(maxBytes)})`;
}

/** A reader-facing reason for a failed file-system call. */
export function errorReason(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | null)?.code;
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'ENOENT') return 'disappeared during the scan';
  if (code === 'ELOOP') return 'symlink loop';
  if (code === 'ENAMETOOLONG') return 'path too long';
  return `cannot read (${code ?? (error instanceof Error ? error.message : String(error))})`;
}

const CHANGED = { ok: false, reason: 'file changed while being read' } as const;

const sameFile = (file: ScannedFile, st: Stats): boolean =>
  st.size === file.size && st.mtimeMs === file.mtimeMs && st.ino === file.ino && st.dev === file.dev;

/** What reading an article file gave: its bytes, or why not. */
export type ReadResult = { ok: true; bytes: Uint8Array } | { ok: false; reason: string };

/**
 * Reads a file found by `scanFolder`, at most `maxBytes` (one more byte is read to notice growth).
 * Refuses a file that is no longer the regular file the scan saw (different size, mtime, inode,
 * or type) or that changes during the read. Never throws.
 *
 * Synchronous on purpose: an article is a few KB, and the five system calls cost ~30 µs done
 * directly against ~300 µs through libuv's thread pool (profiled on 2,000 files), which is most
 * of a cold start. Callers yield to the event loop between files.
 */
export function readScannedFileSync(file: ScannedFile, maxBytes: number = MAX_ARTICLE_BYTES): ReadResult {
  let fd: number | undefined;
  try {
    // O_NONBLOCK: if a FIFO replaced the file since the scan, open(2) must not wait for a writer.
    // O_NOFOLLOW: a file swapped for a symlink is refused (ELOOP), not followed out of the folder.
    // O_NOCTTY: a terminal device must never become our controlling terminal.
    const flags = constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0) | (constants.O_NONBLOCK ?? 0) | (constants.O_NOCTTY ?? 0);
    fd = openSync(file.abs, flags);
    const before = fstatSync(fd);
    if (!before.isFile()) return { ok: false, reason: 'not a regular file' };
    if (before.size > maxBytes) {
      return { ok: false, reason: tooLargeReason(before.size, maxBytes) };
    }
    if (!sameFile(file, before)) return CHANGED;
    const buffer = new Uint8Array(before.size + 1);
    let total = 0;
    while (total < buffer.length) {
      const bytesRead = readSync(fd, buffer, total, buffer.length - total, total);
      if (bytesRead === 0) break;
      total += bytesRead;
      // Every byte the scan saw, and the read stopped short of one more: the end of the file, as
      // far as this read goes (a later growth or rewrite shows in the fstat below). Reading on
      // only to be told 0 was one system call in six for each file of a load.
      if (total === before.size) break;
    }
    const after = fstatSync(fd);
    if (total !== before.size || !sameFile(file, after)) return CHANGED;
    return { ok: true, bytes: buffer.subarray(0, total) };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException | null)?.code;
    if (code === 'ELOOP') return { ok: false, reason: 'file was replaced by a link' };
    if (code === 'ENOENT') return { ok: false, reason: 'file disappeared since the scan' };
    return { ok: false, reason: errorReason(error) };
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/** {@link readScannedFileSync} for callers that prefer a promise. Never rejects. */
export async function readScannedFile(file: ScannedFile, maxBytes: number = MAX_ARTICLE_BYTES): Promise<ReadResult> {
  return readScannedFileSync(file, maxBytes);
}
