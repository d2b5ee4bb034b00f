import { statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ScannedFile } from '../../src/library/files/scan.js';
import { batchIndex } from '../../src/library/index/compact-index.js';
import type { FileQueue } from '../../src/library/live/file-queue.js';
import type { ParsePool } from '../../src/library/live/parse-pool.js';
import { POOL_THRESHOLD } from '../../src/library/live/parse-pool.js';
import { fileReader, keptPool } from '../../src/library/live/read-files.js';
import { tempDir } from '../helpers/temp-dir.js';

afterEach(() => vi.useRealTimers());

function counting() {
  const made: Array<{ closed: boolean }> = [];
  const create = (): ParsePool => {
    const pool = { closed: false };
    made.push(pool);
    return { parse: async () => undefined, close: () => (pool.closed = true) };
  };
  return { made, create };
}

describe('worker threads kept between loads', () => {
  it('reuses one pool for loads that follow each other, and closes it once unused', () => {
    // Each round of a burst of new files made its own workers: 300-450 ms of compiling per round.
    vi.useFakeTimers();
    const { made, create } = counting();
    const pool = keptPool(create, 10_000);
    pool.take();
    pool.release();
    vi.advanceTimersByTime(9_000);
    pool.take();
    pool.release();
    expect(made).toHaveLength(1);
    expect(made[0]!.closed).toBe(false);
    vi.advanceTimersByTime(10_000);
    expect(made[0]!.closed).toBe(true);
    pool.take();
    expect(made).toHaveLength(2);
    pool.close();
    expect(made[1]!.closed).toBe(true);
  });

  it('is not closed while taken', () => {
    vi.useFakeTimers();
    const { made, create } = counting();
    const pool = keptPool(create, 1_000);
    pool.take();
    pool.release();
    pool.take();
    vi.advanceTimersByTime(5_000);
    expect(made[0]!.closed).toBe(false);
    pool.close();
  });

  it('starts workers ahead of a read (during the scan) that takes them, and closes them if none does', () => {
    vi.useFakeTimers();
    const { made, create } = counting();
    // A plain command keeps no pool after its read (idle 0): warmed, it must still wait for the read.
    const pool = keptPool(create, 0);
    pool.warm();
    expect(made).toHaveLength(1);
    vi.advanceTimersByTime(1_000);
    pool.take();
    pool.warm();
    expect(made).toHaveLength(1);
    pool.release();
    vi.advanceTimersByTime(1);
    expect(made[0]!.closed).toBe(true);
    pool.warm();
    vi.advanceTimersByTime(10_000);
    expect(made).toHaveLength(2);
    expect(made[1]!.closed).toBe(true);
  });
});

describe('worker threads after the first load', () => {
  it('are closed as soon as the load is over, not kept idle for the next rescan', async () => {
    // Kept 10 s, two workers held their parse heaps (40-60 MB at 10,000 articles) while the
    // caches were written: the peak RSS of a cold start.
    const { made, create } = counting();
    const reader = fileReader(10_000, create);
    const files = Array.from({ length: POOL_THRESHOLD }, (_, i) => ({ abs: `/lib/${i}.txt`, rel: `${i}.txt`, size: 10, mtimeMs: 1, ino: i, dev: 1 }));
    await reader.read(files, { accept: () => undefined, indexed: () => undefined, progressed: () => undefined, isClosed: () => false });
    expect(made).toHaveLength(1);
    expect(made[0]!.closed).toBe(false);
    reader.loaded();
    expect(made[0]!.closed).toBe(true);
    // A later rescan with many new files makes new workers.
    await reader.read(files, { accept: () => undefined, indexed: () => undefined, progressed: () => undefined, isClosed: () => false });
    expect(made).toHaveLength(2);
    reader.close();
  });
});

describe('a load on worker threads', () => {
  /** Page-text files on disk, as the scan gives them (`names` in scan order). */
  function library(names: string[]): ScannedFile[] {
    const root = tempDir();
    return names.map((rel, i) => {
      const abs = join(root, rel);
      writeFileSync(abs, `News > Desk\n\nHeadline Number ${i} of the Load\n\nPublished 3 March 2024\n\nStandfirst ${i}.\n\nBody ${i} speaks of Bogotá.`);
      const st = statSync(abs);
      return { abs, rel, size: st.size, mtimeMs: st.mtimeMs, ino: st.ino, dev: st.dev };
    });
  }

  /** A pool whose one worker reads a file every few ms; it records what it read. */
  function slowPool() {
    const read: string[] = [];
    const create = (): ParsePool => ({
      async parse(files, onBatch) {
        // (The old pool was given the array of every file and read them all.)
        const queue = files as FileQueue | ScannedFile[];
        for (;;) {
          await new Promise((r) => setTimeout(r, 3));
          const taken = Array.isArray(queue) ? queue.splice(0, 1) : queue.take(1);
          if (taken.length === 0) return;
          read.push(...taken.map((f) => f.rel));
          onBatch(taken.map((f) => ({ rel: f.rel, summaries: [{ id: f.rel, path: f.rel, format: 'page-text', section: '', headline: f.rel, published: null, byline: null, url: null }], problem: null })), batchIndex(taken.map(() => ['pool'])));
        }
      },
      close: () => undefined,
    });
    return { read, create };
  }

  it("is shared with the reader's thread: every file read once, a book or big file only by a worker", async () => {
    // A book (read for seconds) last in scan order, where the reader's thread starts taking.
    const names = [...Array.from({ length: POOL_THRESHOLD }, (_, i) => `a${i}.txt`), 'book.epub'];
    const files = library(names);
    const { read, create } = slowPool();
    const accepted: string[] = [];
    const words = new Map<string, number>();
    const reader = fileReader(0, create);
    await reader.read(files, {
      accept: (file) => void accepted.push(file.rel),
      indexed: (batchFiles, index) => batchFiles.forEach((f) => words.set(f.rel, index.terms.length)),
      progressed: () => undefined,
      isClosed: () => false,
    });
    reader.close();
    expect([...accepted].sort()).toEqual([...names].sort());
    expect(read).toContain('book.epub');
    // The reader's thread read the rest of its share, with the words of their text for search.
    const here = names.filter((n) => !read.includes(n));
    expect(here.length).toBeGreaterThan(POOL_THRESHOLD / 4);
    for (const rel of here) expect(words.get(rel)).toBeGreaterThan(3);
  });
});
