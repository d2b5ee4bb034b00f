/**
 * Reading the text entries of a zip (an EPUB) through fflate's streaming unzip, within the
 * limits of the hostile-input rules: at most {@link MAX_ZIP_ENTRIES} entries, at most
 * {@link MAX_INFLATED_BYTES} inflated in all (counted as the data comes, so sizes a bomb lies
 * about in its headers do not matter), and only plain relative paths. Pictures are never inflated.
 */
import { Unzip, UnzipInflate } from 'fflate';

export const MAX_ZIP_ENTRIES = 10_000;
/** A news edition's text is a few MiB; its pictures are skipped, not inflated. */
export const MAX_INFLATED_BYTES = 32 * 1024 * 1024;
/** Compressed bytes handed to the inflater at once: bounds the work between two limit checks. */
const CHUNK = 64 * 1024;

/** Text entries by path, or why the archive is refused. */
export type ZipText = { ok: true; entries: Map<string, Uint8Array> } | { ok: false; reason: string };

/** A path that stays inside the archive: relative, no `..`, no drive letter, backslash or NUL. */
export function safeEntryPath(name: string): boolean {
  if (name.length === 0 || name.length > 1024) return false;
  if (name.startsWith('/') || /^[a-z]:/i.test(name) || /[\\\0]/.test(name)) return false;
  return !name.split('/').some((part) => part === '..');
}

/** Reads the entries `wanted(name)` chooses from `bytes`; never throws. */
export function readZipText(bytes: Uint8Array, wanted: (name: string) => boolean): ZipText {
  const entries = new Map<string, Uint8Array>();
  let count = 0;
  let inflated = 0;
  let failure: string | null = null;
  const unzip = new Unzip((file) => {
    if (failure !== null) return;
    if (++count > MAX_ZIP_ENTRIES) {
      failure = `too many entries in the archive (more than ${MAX_ZIP_ENTRIES})`;
      return;
    }
    if (!safeEntryPath(file.name)) {
      failure = 'unsafe path in the archive (absolute, or with ..)';
      return;
    }
    if (file.name.endsWith('/') || !wanted(file.name)) return;
    const chunks: Uint8Array[] = [];
    file.ondata = (error, data, final) => {
      if (failure !== null) return;
      if (error) {
        failure = `damaged archive (${error.message})`;
        return;
      }
      inflated += data.length;
      if (inflated > MAX_INFLATED_BYTES) {
        failure = `archive inflates to more than ${MAX_INFLATED_BYTES / 1024 / 1024} MiB (a zip bomb?)`;
        file.terminate();
        return;
      }
      chunks.push(data);
      if (final) entries.set(file.name, concat(chunks));
    };
    file.start();
  });
  unzip.register(UnzipInflate);
  try {
    for (let at = 0; at < bytes.length && failure === null; at += CHUNK) {
      unzip.push(bytes.subarray(at, at + CHUNK), at + CHUNK >= bytes.length);
    }
  } catch (error) {
    return { ok: false, reason: `damaged archive (${String((error as Error)?.message ?? error).slice(0, 60)})` };
  }
  return failure === null ? { ok: true, entries } : { ok: false, reason: failure };
}

function concat(chunks: Uint8Array[]): Uint8Array {
  if (chunks.length === 1) return chunks[0]!;
  const out = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}
