/**
 * After a warm start's first screen the index is read a line at a time, and only while the keys
 * the first screen answers have paused: they never need it, and pages of an article opened on
 * it came slower when a line was read between them (every HOLD_MAX_MS, as other start-up work).
 */
import { describe, expect, it, vi } from 'vitest';
import type { FirstScreen } from '../../src/library/index/first-screen.js';
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
  // An index of many lines, each counted as it is read.
  *readIndexCacheSteps() {
    for (let k = 0; k < 1_000_000; k += 1) {
      lines += 1;
      yield;
    }
    return { files: new Map(), renamed: [] };
  },
}));
const { openLibrary } = await import('../../src/library/live/live-library.js');

describe("a warm start's index, read after its first screen", () => {
  it('is read only while the keys the reader handles have paused', async () => {
    const library = openLibrary(tempDir(), { cacheDir: tempDir(), firstScreen: true, watch: true });
    library.subscribe(() => {});
    await vi.waitFor(() => expect(lines).toBeGreaterThan(0));
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
