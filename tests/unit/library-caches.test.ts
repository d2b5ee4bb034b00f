import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { readIndexCache } from '../../src/library/index/index-cache.js';
import { LibrarySearch } from '../../src/library/index/library-search.js';
import { cachedEntry, type FileEntry } from '../../src/library/live/file-entry.js';
import { LibraryCaches } from '../../src/library/live/library-caches.js';
import { Renames } from '../../src/library/live/renames.js';

const dir = mkdtempSync(join(tmpdir(), 'inkpress-library-caches-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const root = '/library';

function cachesWith(files: string[]): { caches: LibraryCaches; entries: Map<string, FileEntry>; cache: string } {
  const cache = mkdtempSync(join(dir, 'cache-'));
  const entries = new Map(files.map((rel) => [rel, cachedEntry(root, rel, { size: 1, mtimeMs: 1, ino: 1, summaries: [], problem: null })]));
  return { caches: new LibraryCaches(cache, root, entries, new Renames(), new LibrarySearch()), entries, cache };
}

describe('the caches of a followed library', () => {
  it('are written once the folder is quiet, not at each change', () => {
    vi.useFakeTimers();
    try {
      const { caches, cache } = cachesWith(['a.txt']);
      caches.changed();
      caches.saveWhenQuiet();
      vi.advanceTimersByTime(500);
      caches.hold();
      caches.saveWhenQuiet();
      vi.advanceTimersByTime(900);
      expect(readIndexCache(cache, root).files.size).toBe(0);
      vi.advanceTimersByTime(200);
      expect([...readIndexCache(cache, root).files.keys()]).toEqual(['a.txt']);
    } finally {
      vi.useRealTimers();
    }
  });

  it('are written on close even while a rescan holds the quiet-time write (closed mid-round)', () => {
    const { caches, entries, cache } = cachesWith(['a.txt']);
    caches.changed();
    caches.saveWhenQuiet();
    // Another change starts a rescan, which holds the write until it ends; the library closes first.
    caches.hold();
    entries.set('b.txt', cachedEntry(root, 'b.txt', { size: 1, mtimeMs: 1, ino: 2, summaries: [], problem: null }));
    caches.close();
    expect([...readIndexCache(cache, root).files.keys()].sort()).toEqual(['a.txt', 'b.txt']);
  });

  it('write nothing on close when nothing waits', () => {
    const { caches, cache } = cachesWith(['a.txt']);
    caches.changed();
    caches.close();
    expect(readIndexCache(cache, root).files.size).toBe(0);
  });

  it('written in steps after a load, are finished on close when the reader quits between two steps', async () => {
    const files = Array.from({ length: 1_200 }, (_, i) => `f${i}.txt`);
    const { caches, cache } = cachesWith(files);
    caches.changed();
    let paused = 0;
    // A pause that never ends: the reader quits while the write waits between two steps.
    void caches.saveIndexInSteps(() => new Promise(() => void paused++));
    await Promise.resolve();
    expect(paused).toBe(1);
    expect(readIndexCache(cache, root).files.size).toBe(0);
    caches.close();
    expect(readIndexCache(cache, root).files.size).toBe(1_200);
  });
});
