/**
 * Closing a library ends its start where it is: the reader quit on the first screen of a big
 * library, and the start's work (reading the index a line at a time, walking the folder) kept
 * the process alive long after (1.5 s at 50,000 articles).
 */
import { describe, expect, it, vi } from 'vitest';
import type { FirstScreen } from '../../src/library/index/first-screen.js';
import type { ScanOptions } from '../../src/library/files/scan.js';
import { tempDir } from '../helpers/temp-dir.js';

const firstScreen: FirstScreen = { rows: [], articles: [], problems: [], sectionOrder: null };
let indexSteps = 0;
vi.mock('../../src/library/index/first-screen.js', async (importActual) => ({
  ...(await importActual<typeof import('../../src/library/index/first-screen.js')>()),
  readFirstScreen: () => firstScreen,
}));
vi.mock('../../src/library/index/index-cache.js', async (importActual) => ({
  ...(await importActual<typeof import('../../src/library/index/index-cache.js')>()),
  // An index that never ends: only closing stops its reading.
  *readIndexCacheSteps() {
    for (;;) {
      indexSteps += 1;
      yield;
    }
  },
}));
const scans: AbortSignal[] = [];
vi.mock('../../src/library/files/scan.js', async (importActual) => ({
  ...(await importActual<typeof import('../../src/library/files/scan.js')>()),
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
    await vi.waitFor(() => expect(indexSteps).toBeGreaterThan(3));
    library.close();
    await library.ready;
    const after = indexSteps;
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(indexSteps - after).toBeLessThanOrEqual(1);
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
