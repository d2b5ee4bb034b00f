import { closeSync, fstatSync, fsyncSync, ftruncateSync, openSync, renameSync, rmSync, writeSync } from 'node:fs';
import { dirname } from 'node:path';

/**
 * The system calls a test may replace: write(2), to inject a short write (a nearly full disk),
 * and fsync(2) of an appended record, to see when it happens or make it fail (EIO).
 */
export interface WriteIo {
  writeSync(fd: number, data: Uint8Array, offset: number, length: number): number;
  fsyncSync?(fd: number): void;
}

const nodeIo: WriteIo = { writeSync: (fd, data, offset, length) => writeSync(fd, data, offset, length) };

function noSpace(path: string): NodeJS.ErrnoException {
  const error: NodeJS.ErrnoException = new Error(`ENOSPC: no space left on device, write '${path}'`);
  error.code = 'ENOSPC';
  return error;
}

/**
 * Writes every byte of `data`: write(2) may take fewer bytes than asked without an error (a
 * nearly full disk did, and one unlooped write turned 39 KB of state into 8 KB). A write that
 * takes nothing is the disk refusing more: ENOSPC.
 */
export function writeAll(fd: number, data: Uint8Array, path: string, io: WriteIo = nodeIo): void {
  let offset = 0;
  while (offset < data.length) {
    const written = io.writeSync(fd, data, offset, data.length - offset);
    if (written <= 0) throw noSpace(path);
    offset += written;
  }
}

/** fsyncs a folder, so a rename or a new file in it survives a power loss (where the OS allows). */
export function fsyncFolder(folder: string): void {
  let fd: number;
  try {
    fd = openSync(folder, 'r');
  } catch {
    return;
  }
  try {
    fsyncSync(fd);
  } catch {
    // Some file systems refuse fsync on a folder (EINVAL); the rename is then as durable as they allow.
  } finally {
    closeSync(fd);
  }
}

/** The suffix of the temporary files {@link replaceFile} writes; leftovers are removed at start. */
export const TEMP_MARK = '.tmp-';

/**
 * Replaces `path` with `data` so that it is always either the old file or the whole new one:
 * write a temporary file beside it (every byte), fsync it, check its size, rename it over the
 * old one, fsync the folder. On any failure the temporary file is removed, the old file is
 * untouched, and the error is thrown (ENOSPC, EROFS, EACCES...).
 */
export function replaceFile(path: string, data: string | Uint8Array, mode = 0o600, io: WriteIo = nodeIo): void {
  const bytes = typeof data === 'string' ? Buffer.from(data, 'utf8') : data;
  const temp = `${path}${TEMP_MARK}${process.pid}-${Math.random().toString(36).slice(2, 10)}`;
  const fd = openSync(temp, 'wx', mode);
  try {
    writeAll(fd, bytes, temp, io);
    fsyncSync(fd);
    const size = fstatSync(fd).size;
    if (size !== bytes.length) throw Object.assign(new Error(`${temp} holds ${size} of ${bytes.length} bytes`), { code: 'EIO' });
  } catch (error) {
    closeSync(fd);
    rmSync(temp, { force: true });
    throw error;
  }
  closeSync(fd);
  try {
    renameSync(temp, path);
  } catch (error) {
    rmSync(temp, { force: true });
    throw error;
  }
  fsyncFolder(dirname(path));
}

/**
 * Appends `data` to `path` as one record: every byte or none. On a failure (a full disk after
 * part of the record) the file is cut back to where it was, so a half record never glues itself
 * to the next one. `durable` (the default): fsynced before returning, the record is on disk when
 * this returns. Otherwise the record is written (a killed process loses nothing: it is in the
 * OS's cache) and reaches the disk with {@link syncRecords}; returns true when the file was
 * empty, so its folder wants an fsync too.
 */
export function appendRecord(path: string, data: string, io: WriteIo = nodeIo, durable = true): boolean {
  const bytes = Buffer.from(data, 'utf8');
  const fd = openSync(path, 'a', 0o600);
  try {
    const before = fstatSync(fd).size;
    try {
      writeAll(fd, bytes, path, io);
      if (durable) (io.fsyncSync ?? fsyncSync)(fd);
    } catch (error) {
      try {
        ftruncateSync(fd, before);
      } catch {
        // Cut back where possible; a torn tail is also skipped when the journal is read.
      }
      throw error;
    }
    if (before === 0 && durable) fsyncFolder(dirname(path));
    return before === 0;
  } finally {
    closeSync(fd);
  }
}

/** fsyncs records {@link appendRecord} wrote without it (and the folder when `folderToo`); throws as fsync(2) does. */
export function syncRecords(path: string, folderToo: boolean, io: WriteIo = nodeIo): void {
  const fd = openSync(path, 'r');
  try {
    (io.fsyncSync ?? fsyncSync)(fd);
  } finally {
    closeSync(fd);
  }
  if (folderToo) fsyncFolder(dirname(path));
}
