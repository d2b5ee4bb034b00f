/**
 * A library's start, with a first screen whose index never ends and a walk that takes as long as
 * the test says. After a warm start's first screen the index is read a line at a time, and only
 * while the keys the first screen answers have paused: they never need it, and pages of an
 * article opened on it came slower when a line was read between them (every HOLD_MAX_MS, as other
 * start-up work). Closing a library ends its start where it is: the reader quit on the first
 * screen of a big library, and the start's work (reading the index, walking the folder) kept the
 * process alive long after (1.5 s at 50,000 articles).
 */
import { describe, expect, it, vi } from 'vitest';
import type { FirstScreen } from '../../src/library/index/first-screen.js';
import type { ScanOptions } from '../../src/library/files/scan.js';
import { HOLD_MAX_MS, keyCame } from '../../src/library/model/next-turn.js';
import { tempDir } from '../helpers/temp-dir.js';

const firstScreen: FirstScreen = { rows: [], articles: [], problems: [], sectionOrder: null };
let lines = 0;
vi.mock('../../src/library/index/first-screen.js', async (importActual) => ({
  ...(await importActual<typeof import('../../src/library/index/first-screen.js')>()),
  readFirstScreen: () => firstScreen,
}));
vi.mock('../../src/library/index/index-cache.js', async (importActual) => ({
  ...(await importActual<typeof import('../../src/library/index/index-cache.js')>()),
  // An index of more lines than any test reads, each counted as it is read.
  *readIndexCacheSteps() {
    for (let k = 0; k < 1_000_000; k += 1) {
      lines += 1;
      yield;
    }
    return { files: new Map(), renamed: [] };
  },
}));
const scans: AbortSignal[] = [];
vi.mock('../../src/library/files/scan-extras.js', async (importActual) => ({
  ...(await importActual<typeof import('../../src/library/files/scan-extras.js')>()),
  // A walk that takes as long as the folder is big: here, until it is aborted.
  scanWithExtras: (_root: string, _extras: readonly string[], { signal }: ScanOptions = {}) =>
    new Promise((_resolve, reject) => {
      scans.push(signal!);
      signal!.addEventListener('abort', () => reject(signal!.reason));
    }),
}));
const { openLibrary } = await import('../../src/library/live/live-library.js');

describe('closing a library during its start', () => {
  it('stops reading the index at the next step', async () => {
    const library = openLibrary(tempDir(), { cacheDir: tempDir(), firstScreen: true, watch: true });
    library.subscribe(() => {});
    const from = lines;
    await vi.waitFor(() => expect(lines - from).toBeGreaterThan(3));
    library.close();
    await library.ready;
    const after = lines;
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(lines - after).toBeLessThanOrEqual(1);
  });

  it('aborts the walk of the folder, and the start ends without a problem to show', async () => {
    const library = openLibrary(tempDir(), { cacheDir: null, watch: true });
    await vi.waitFor(() => expect(scans).toHaveLength(1));
    library.close();
    expect(scans[0]!.aborted).toBe(true);
    await library.ready;
    expect(library.current().problems).toEqual([]);
  });
});

describe("a warm start's index, read after its first screen", () => {
  it('is read only while the keys the reader handles have paused', async () => {
    const library = openLibrary(tempDir(), { cacheDir: tempDir(), firstScreen: true, watch: true });
    library.subscribe(() => {});
    const start = lines;
    await vi.waitFor(() => expect(lines - start).toBeGreaterThan(0));
    // A reader paging an article opened on the first screen: a key every 30 ms, for longer than HOLD_MAX_MS.
    keyCame();
    await new Promise((resolve) => setTimeout(resolve, 60));
    const paging = setInterval(keyCame, 30);
    const from = lines;
    await new Promise((resolve) => setTimeout(resolve, HOLD_MAX_MS * 2));
    expect(lines - from).toBeLessThanOrEqual(1);
    clearInterval(paging);
    await vi.waitFor(() => expect(lines - from).toBeGreaterThan(10));
    library.close();
    await library.ready;
  });
});
