import { afterEach, describe, expect, it, vi } from 'vitest';
import { SnapshotPublisher } from '../../src/library/live/publisher.js';
import type { LibrarySnapshot } from '../../src/library/live/snapshot.js';

afterEach(() => vi.useRealTimers());

/** A publisher whose snapshots list `read` articles, counting what its subscriber was shown. */
function loading() {
  let read = 0;
  const shown: number[] = [];
  const out = new SnapshotPublisher(() => ({ summaries: Array.from({ length: read }) }) as unknown as LibrarySnapshot);
  out.listeners.add(() => shown.push(out.snapshot.summaries.length));
  return { out, shown, readMore: (n: number) => ((read += n), (out.dirty = true)) };
}

describe('publishing a loading library', () => {
  it('shows the first headlines at once, then new lists at most every half second', () => {
    vi.useFakeTimers();
    const { out, shown, readMore } = loading();
    out.publish(true); // the scan's progress: nothing read yet
    vi.advanceTimersByTime(50);
    readMore(32);
    out.publish(); // the first batch, 50 ms later: not held back by the throttle
    expect(shown).toEqual([0, 32]);
    vi.advanceTimersByTime(50);
    readMore(32);
    out.publish(); // the next batch waits for the throttle, then comes in a trailing publish
    expect(shown).toEqual([0, 32]);
    vi.advanceTimersByTime(1_000);
    expect(shown.at(-1)).toBe(64);
    out.close();
  });
});
