/**
 * A rescan brought in line with the library's entries (`applyScan`): which files are gone,
 * unchanged or to read, and, at 10,000 files, room for keys in between (issue 10: comparing
 * them held the reader's thread for 10-20 ms at once while a start was paged through).
 */
import { describe, expect, it } from 'vitest';
import type { ScannedFile } from '../../src/library/files/scan.js';
import type { FileEntry } from '../../src/library/live/file-entry.js';
import { applyScan, FILES_PER_PAUSE } from '../../src/library/live/scan-changes.js';

const file = (k: number, size = 100): ScannedFile => ({ abs: `/lib/${k}.txt`, rel: `${k}.txt`, size, mtimeMs: 1, ino: k, dev: 1 });
const entry = (f: ScannedFile): FileEntry => ({ file: f, summaries: [], problem: null });

describe('applyScan', () => {
  it('drops the gone files, keeps the unchanged ones and reads the new and changed ones', async () => {
    const entries = new Map([0, 1, 2].map((k) => [`${k}.txt`, entry(file(k))]));
    const forgotten: string[] = [];
    const changes = await applyScan(entries, [file(1), file(2, 200), file(3)], (e) => forgotten.push(e.file.rel));
    expect(forgotten).toEqual(['0.txt']);
    expect(changes.dropped).toBe(true);
    expect(changes.unchanged.map((e) => e.file.rel)).toEqual(['1.txt']);
    expect(changes.toRead.map((f) => f.rel)).toEqual(['2.txt', '3.txt']);
    expect([...entries.keys()]).toEqual(['1.txt', '2.txt']);
  });

  it('keeps an unchanged file as the one object the entry (and a snapshot built from it) already holds', async () => {
    // As the index cache gives it: no device number until the scan finds the file.
    const cached = { ...file(1), dev: -1 };
    const entries = new Map([['1.txt', entry(cached)]]);
    const scanned = file(1);
    const changes = await applyScan(entries, [scanned], () => undefined);
    expect(changes.unchanged).toHaveLength(1);
    expect(entries.get('1.txt')!.file).toBe(cached);
    expect(cached.dev).toBe(scanned.dev);
  });

  it('takes the scanned file when the same file is now reached by another path', async () => {
    const entries = new Map([['1.txt', entry({ ...file(1), abs: '/elsewhere/1.txt' })]]);
    const scanned = file(1);
    await applyScan(entries, [scanned], () => undefined);
    expect(entries.get('1.txt')!.file).toBe(scanned);
  });

  it(`offers to pause every ${FILES_PER_PAUSE} files, so a large library is compared in slices`, async () => {
    const files = Array.from({ length: FILES_PER_PAUSE * 4 + 10 }, (_, k) => file(k));
    const entries = new Map(files.map((f) => [f.rel, entry(f)]));
    let pauses = 0;
    const changes = await applyScan(entries, files, () => undefined, async () => void pauses++);
    expect(pauses).toBe(4);
    expect(changes.unchanged).toHaveLength(files.length);
    expect(changes.toRead).toEqual([]);
  });
});
