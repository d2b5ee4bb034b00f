/**
 * The reader's start leaves its garbage to no one: V8 runs no full collection until its old
 * generation reaches a limit sized for a large heap, so a warm start's index JSON, scan and caches
 * stayed resident for the session (bench/RESULTS.md, "Memory and cold start: session 9"). The
 * library collects once the cached lists are drawn and once the start's work is over; commands
 * that do not follow the folder (list, stats) exit soon and are left alone.
 */
import { utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { tempDir } from '../helpers/temp-dir.js';
import { waitFor } from '../helpers/wait-for.js';

const collections: string[] = [];
vi.mock('../../src/library/live/full-collection.js', () => ({
  collectGarbage: () => collections.push('collected'),
  // Both of a reader's collections wait for a pause in input; these tests send none.
  collectAtNextPause: () => setTimeout(() => collections.push('at a pause'), 10),
}));
const { openLibrary } = await import('../../src/library/live/live-library.js');
const { collectGarbage: realCollect, pauseCollector, PAUSE_MS } = await vi.importActual<typeof import('../../src/library/live/full-collection.js')>(
  '../../src/library/live/full-collection.js',
);

function library(): { root: string; cache: string } {
  const root = tempDir();
  const cache = tempDir();
  for (const k of [1, 2, 3]) {
    const file = join(root, `a${k}.txt`);
    writeFileSync(file, `News > Science\n\nHeadline Number ${k}\n\nPublished 2 March 2024\n\nA standfirst.\n\nBody ${k}.`);
    utimesSync(file, new Date('2024-03-02T10:00:00Z'), new Date('2024-03-02T10:00:00Z'));
  }
  return { root, cache };
}

describe('garbage collected at the end of a start', () => {
  it('a reader collects once after a cold start, and twice in a warm one', async () => {
    const { root, cache } = library();
    const cold = openLibrary(root, { cacheDir: cache, watch: true });
    cold.subscribe(() => undefined);
    await waitFor(() => collections.length === 1, () => `${collections.length} collections`);
    expect(collections).toEqual(['at a pause']);
    cold.close();
    collections.length = 0;
    const warm = openLibrary(root, { cacheDir: cache, watch: true, firstScreen: true });
    warm.subscribe(() => undefined);
    await waitFor(() => collections.length === 2, () => `${collections.length} collections`);
    expect(collections).toEqual(['at a pause', 'at a pause']);
    expect(warm.current().summaries).toHaveLength(3);
    warm.close();
  });

  it('a command that does not follow the folder never collects', async () => {
    const { root, cache } = library();
    collections.length = 0;
    for (let k = 0; k < 2; k += 1) {
      const lib = openLibrary(root, { cacheDir: cache });
      await lib.ready;
      await waitFor(() => lib.progress() === null);
      lib.close();
    }
    expect(collections).toHaveLength(0);
  });

  it('the collection at the end waits until input has paused, and runs once', () => {
    vi.useFakeTimers();
    try {
      let runs = 0;
      const pauses = pauseCollector(() => runs++, () => Date.now());
      pauses.input();
      expect(vi.getTimerCount()).toBe(0);
      vi.advanceTimersByTime(PAUSE_MS / 2);
      pauses.request();
      // A reader paging through the start: a key every 50 ms.
      for (let k = 0; k < 20; k += 1) {
        vi.advanceTimersByTime(50);
        pauses.input();
      }
      expect(runs).toBe(0);
      vi.advanceTimersByTime(PAUSE_MS);
      expect(runs).toBe(1);
      pauses.input();
      vi.advanceTimersByTime(PAUSE_MS);
      expect(runs).toBe(1);
      expect(vi.getTimerCount()).toBe(0);
    } finally {
      vi.useRealTimers();
    }
  });

  it('collects at once when input has already paused, or never came', () => {
    vi.useFakeTimers();
    try {
      let runs = 0;
      const pauses = pauseCollector(() => runs++, () => Date.now());
      pauses.request();
      expect(runs).toBe(1);
      pauses.input();
      vi.advanceTimersByTime(PAUSE_MS);
      pauses.request();
      expect(runs).toBe(2);
      expect(vi.getTimerCount()).toBe(0);
    } finally {
      vi.useRealTimers();
    }
  });

  it('waits while the reader answers a key (an article being opened), and counts its pause from the answer', () => {
    vi.useFakeTimers();
    try {
      let runs = 0;
      const pauses = pauseCollector(() => runs++, () => Date.now());
      // Enter, whose body takes three pauses to arrive: no input meanwhile, yet no collection.
      pauses.input();
      const release = pauses.hold();
      pauses.request();
      vi.advanceTimersByTime(PAUSE_MS * 3);
      expect(runs).toBe(0);
      // The body is drawn: the first page comes before a pause has passed since then.
      release();
      vi.advanceTimersByTime(PAUSE_MS - 20);
      pauses.input();
      vi.advanceTimersByTime(PAUSE_MS - 20);
      expect(runs).toBe(0);
      vi.advanceTimersByTime(20);
      expect(runs).toBe(1);
      // Released twice (the body came, then the article was closed): one release.
      const other = pauses.hold();
      const held = pauses.hold();
      other();
      other();
      pauses.request();
      vi.advanceTimersByTime(PAUSE_MS * 2);
      expect(runs).toBe(1);
      held();
      vi.advanceTimersByTime(PAUSE_MS);
      expect(runs).toBe(2);
      expect(vi.getTimerCount()).toBe(0);
    } finally {
      vi.useRealTimers();
    }
  });

  it('collecting frees an object nothing refers to any more', async () => {
    let target: object | undefined = { big: new Array(1000).fill('x') };
    const ref = new WeakRef(target);
    target = undefined;
    // A WeakRef keeps its target through the task that made it.
    await new Promise((r) => setImmediate(r));
    expect(realCollect()).toBe(true);
    expect(ref.deref()).toBeUndefined();
  });
});
