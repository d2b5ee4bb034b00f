/**
 * A reader's cold load collects its heap as it goes, not only once it is over: what a load
 * promotes and drops (the batches, the lists replaced at each publish) stayed in V8's old space
 * until the end of the load, the peak RSS of a cold start (old-space-growth.ts). Commands that do
 * not follow the folder exit soon and are left alone.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { tempDir } from '../helpers/temp-dir.js';

const requests: string[] = [];
const steps: number[] = [];
vi.mock('../../src/library/live/full-collection.js', () => ({
  collectGarbage: () => requests.push('now'),
  collectAtNextPause: () => requests.push('at a pause'),
}));
// Every check finds the old space grown past the step.
vi.mock('../../src/library/live/old-space-growth.js', () => ({
  collectOnGrowth: (step: number, collect: () => unknown) => {
    steps.push(step);
    return () => collect();
  },
}));
const { openLibrary } = await import('../../src/library/live/live-library.js');

function library(files: number): string {
  const root = tempDir();
  for (let k = 0; k < files; k += 1) {
    writeFileSync(join(root, `a${k}.txt`), `News > Science\n\nHeadline Number ${k}\n\nPublished 2 March 2024\n\nA standfirst.\n\n${'Body text. '.repeat(200)}`);
  }
  return root;
}

describe('collections during a cold load', () => {
  it('a reader asks for collections at pauses in the keys while it reads, beyond the one at the end', async () => {
    const root = library(150);
    const lib = openLibrary(root, { cacheDir: tempDir(), watch: true });
    lib.subscribe(() => undefined);
    try {
      await lib.ready;
      // Asked while reading (the mock's old space always grew), before the start's work was over.
      expect(requests.length).toBeGreaterThan(0);
      expect(requests.every((r) => r === 'at a pause')).toBe(true);
      expect(steps).toEqual([6 * 1024 * 1024]);
    } finally {
      lib.close();
    }
  });

  it('a command reads without collecting', async () => {
    requests.length = 0;
    const lib = openLibrary(library(150), { cacheDir: tempDir() });
    await lib.ready;
    await vi.waitFor(() => expect(lib.progress()).toBeNull());
    lib.close();
    expect(requests).toEqual([]);
  });
});
