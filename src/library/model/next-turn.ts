/**
 * Where background work (the folder walk, the load's slices, the cached index) waits between two
 * slices: until the event loop has turned TWICE. A key read while a slice ran schedules its frame
 * with `setImmediate` (React's scheduler does so in Node); a slice that yielded with one
 * `setImmediate` was queued before that frame and ran first, so every key during a load waited
 * for one more slice (issue 10, paging right after the first frame). The second hop queues the
 * slice behind whatever the first turn scheduled.
 */
export function nextTurn(): Promise<void> {
  return new Promise<void>((resolve) => setImmediate(() => setImmediate(resolve)));
}

/**
 * How long background work stays still after a key (ms): longer than the gap between two keys
 * of a burst (a held key repeats every 25-40 ms, paging by hand is slower), so a burst runs on
 * an otherwise idle thread.
 */
export const KEY_QUIET_MS = 100;

let lastKeyAt = -Infinity;

/** The reader calls this as it reads a key: background work holds back for {@link KEY_QUIET_MS}. */
export function keyRead(at: number = performance.now()): void {
  lastKeyAt = at;
}

/**
 * {@link nextTurn} for work nobody is waiting for (the start-up's walk and load, rescans): it
 * also waits until no key has come for {@link KEY_QUIET_MS} (issue 10). Several such tasks run
 * at once during a start (the walk, the cached index, the load), each queueing its next slice
 * for the turn a key is read in; with two hops alone the key's frame still waited for all of
 * them: a profile of paging right after the first frame at 50,000 articles had 25 ms of walk and
 * 13 of the cached index between a key and its frame. Work a reader waits for (wrapping the
 * article just opened) uses `nextTurn`.
 */
export async function backgroundTurn(): Promise<void> {
  for (;;) {
    await nextTurn();
    const wait = lastKeyAt + KEY_QUIET_MS - performance.now();
    if (wait <= 0) return;
    await new Promise<void>((resolve) => setTimeout(resolve, wait));
  }
}
