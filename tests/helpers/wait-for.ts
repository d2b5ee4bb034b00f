/**
 * Polls until a condition holds (no fixed sleeps): Ink renders on its own schedule, and a
 * pseudo-terminal delivers output whenever it likes.
 */

/** Options of {@link waitFor}. */
export interface WaitOptions {
  /** Give up after this many milliseconds. */
  timeout?: number;
  /** Poll this often. */
  interval?: number;
}

/**
 * Resolves with the first truthy value `probe` returns; rejects after the timeout with
 * `describe()` (e.g. the last frame) in the message, so a failure shows what was on screen.
 */
export async function waitFor<T>(
  probe: () => T | undefined | null | false,
  describe: () => string = () => '',
  { timeout = 3000, interval = 10 }: WaitOptions = {},
): Promise<T> {
  const deadline = Date.now() + timeout;
  // Always yield to the event loop once first: React runs its passive effects (subscriptions)
  // there, as it would between two real keystrokes, however fast.
  await new Promise((resolve) => setImmediate(resolve));
  for (;;) {
    const value = probe();
    if (value) return value;
    if (Date.now() > deadline) {
      throw new Error(`waitFor timed out after ${timeout} ms. Last output:\n${describe()}`);
    }
    await new Promise((resolve) => setTimeout(resolve, interval));
  }
}
