import { closeSync, fsyncSync, openSync, readFileSync, truncateSync } from 'node:fs';
import type { ArticleState } from './reading-store.js';
import { isStoredPosition } from './state-format.js';
import { appendRecord, type WriteIo } from './durable-file.js';

/** Changes by article id: only the fields that changed. */
export type Changes = ReadonlyMap<string, Partial<ArticleState>>;

/** One journal line: the changes of one write, as `{"id":{"read":true},...}`. */
export function encodeRecord(changes: Changes): string {
  return `${JSON.stringify(Object.fromEntries(changes))}\n`;
}

function decodeChange(value: unknown): Partial<ArticleState> | null {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return null;
  const v = value as Record<string, unknown>;
  const change: Partial<ArticleState> = {};
  if (typeof v.read === 'boolean') change.read = v.read;
  if (typeof v.starred === 'boolean') change.starred = v.starred;
  if (isStoredPosition(v.position)) change.position = v.position;
  return change;
}

/** What reading the journal found: its records in order, and where its last whole line ends. */
export interface JournalContent {
  records: Array<Map<string, Partial<ArticleState>>>;
  /** Bytes up to the end of the last complete line (a torn tail after it is dropped). */
  goodBytes: number;
  size: number;
  /** Lines that could not be read (not a torn tail: damage inside the file). */
  skipped: number;
}

/** Reads the journal; a missing file is an empty one. */
export function readJournal(path: string): JournalContent {
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { records: [], goodBytes: 0, size: 0, skipped: 0 };
    throw error;
  }
  const end = bytes.lastIndexOf(0x0a) + 1;
  const records: JournalContent['records'] = [];
  let skipped = 0;
  for (const line of bytes.subarray(0, end).toString('utf8').split('\n')) {
    if (line === '') continue;
    let parsed: unknown;
    try {
      parsed = JSON.parse(line);
    } catch {
      skipped++;
      continue;
    }
    if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
      skipped++;
      continue;
    }
    const record = new Map<string, Partial<ArticleState>>();
    for (const [id, value] of Object.entries(parsed)) {
      const change = decodeChange(value);
      if (change) record.set(id, change);
    }
    records.push(record);
  }
  return { records, goodBytes: end, size: bytes.length, skipped };
}

/**
 * Appends one record (every byte or none), fsynced unless `durable` is false (then see
 * `appendRecord`: the caller fsyncs with `syncRecords`). True when the journal was empty.
 */
export function appendJournal(path: string, changes: Changes, io?: WriteIo, durable = true): boolean {
  return appendRecord(path, encodeRecord(changes), io, durable);
}

/** Cuts the journal to `bytes` (0 once folded into the mark files; a torn tail otherwise). */
export function cutJournal(path: string, bytes: number): void {
  try {
    truncateSync(path, bytes);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return;
    throw error;
  }
  const fd = openSync(path, 'r+');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}
