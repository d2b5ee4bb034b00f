import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ParsePool } from '../../src/library/live/parse-pool.js';
import { POOL_THRESHOLD } from '../../src/library/live/parse-pool.js';
import { fileReader, keptPool } from '../../src/library/live/read-files.js';

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
