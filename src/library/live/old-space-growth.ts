// Full collections while a cold load runs, on the reader's thread and in each parse worker. V8
// runs no full collection until the old generation reaches a limit sized for a large heap, so
// what a load promotes and drops (each batch's results, the lists replaced every publish) stays
// resident until the load is over: at 10,000 articles the reader's old space grew from 13 to
// 28-37 MB (about 20 live) and the parse worker's from 8 to 27 MB (about 8 live), both at their
// largest at the end of the parse, the peak RSS of a cold start (a probe of V8's spaces every 50 ms).
import v8 from 'node:v8';

/** Bytes in use in V8's old space on the calling thread. */
export const oldSpaceUsed = (): number =>
  v8.getHeapSpaceStatistics().find((s) => s.space_name === 'old_space')?.space_used_size ?? 0;

/**
 * A check to call after each step of a load: it calls `collect` once the old space in use has
 * grown `step` bytes since the first check or since the last collection (measured again after it).
 */
export function collectOnGrowth(step: number, collect: () => unknown, used: () => number = oldSpaceUsed): () => void {
  let base = -1;
  return () => {
    const now = used();
    if (base < 0) base = now;
    else if (now - base >= step) {
      collect();
      base = used();
    }
  };
}
