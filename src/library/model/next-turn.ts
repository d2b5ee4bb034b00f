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
 * How long after a key the start's background work stays held: longer than the gap between two
 * keys of a held key (autorepeat, 30-40 ms) or of a reader paging, so their keys find the thread
 * free instead of behind a slice and its garbage.
 */
export const KEYS_QUIET_MS = 100;
/** The longest one hold lasts: a key held down for seconds still lets a slice through this often. */
export const HOLD_MAX_MS = 250;

/**
 * Keys first, with the clock and the waiting passed in (for tests): `turn` is {@link nextTurn},
 * then, while a key came less than {@link KEYS_QUIET_MS} ago, waits for the keys to pause, at
 * most {@link HOLD_MAX_MS}; `keyCame` is told of each key the reader handles. `quiet(ms)` waits
 * for a longer pause, with no limit.
 */
export function keysFirst(
  now: () => number = () => performance.now(),
  wait: (ms: number) => Promise<unknown> = (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
): { turn(): Promise<void>; quiet(ms: number): Promise<void>; keyCame(): void } {
  let lastKey = -Infinity;
  return {
    /**
     * Before work too long to cut into slices: the next turn, then no key for `ms`, however
     * long the keys go on (a key they hold back does not count: it is not handled).
     */
    quiet: async (ms: number) => {
      await nextTurn();
      for (let left = lastKey + ms - now(); left > 0; left = lastKey + ms - now()) await wait(left);
    },
    turn: async () => {
      await nextTurn();
      const held = now();
      for (;;) {
        const left = Math.min(lastKey + KEYS_QUIET_MS, held + HOLD_MAX_MS) - now();
        if (left <= 0) return;
        await wait(left);
      }
    },
    keyCame: () => {
      lastKey = now();
    },
  };
}

const shared = keysFirst();
/**
 * Where the start's background work (scan, load slices, the cached index, the caches' saves, the
 * folder watches) waits between slices (issue 10): the next turn, and no sooner than
 * {@link KEYS_QUIET_MS} after the reader's last key. Paging during a start at 50,000 articles
 * took 10-20 ms a page against 4 once idle (a CPU profile: each page waited behind a slice of
 * the scan's lstat calls or the search cache's load, and shared the cores with the next ones).
 * What the reader waits for (an article's body, its wrapping) uses {@link nextTurn}.
 */
export const backgroundTurn = shared.turn;
/** Told of each key the reader handles (by `ui/use-key-router.ts`). */
export const keyCame = shared.keyCame;
/**
 * Where start-up work that cannot be sliced waits (a warm start's whole list, built and drawn in
 * one go: 250 ms at 50,000 articles): until no key has come for `ms`. A page turned during it
 * waited for all of it (49 ms at 50,000, reading an article opened on the first screen).
 */
export const quietTurn = shared.quiet;
