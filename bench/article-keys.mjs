// Keys that open an article or move between articles, measured the same way in inkpress and
// newsboat: keypress → the screen shows an article's text (its first body paragraph), never
// just the first changed frame (which could be a "Loading…" line).
import { KEYS, Timeout } from './pty-screen.mjs';

/** Enter → the screen changed and shows an article's first body paragraph; ms. */
export async function openArticle(screen, bodies, key = KEYS.enter) {
  await screen.settle();
  const before = screen.signature();
  const sent = screen.press(key);
  const at = await screen.waitFor((s) => s.signature() !== before && bodies.linesMatching(s.lines()) >= 1, {
    label: 'article text',
    timeout: 60_000,
  });
  return at - sent;
}

/** Leaves the article for the list; waits for the screen to change. */
export async function backToList(screen, key) {
  await screen.settle();
  const before = screen.signature();
  screen.press(key);
  await screen.waitForChange(before, { label: 'back to the list' });
}

/**
 * How many more times an article is opened once the program is idle (every program alike). Five
 * gave a median that moved by a third between runs and a "p95" that was the largest of five
 * (session 18: inkpress at 50,000 articles 9.86 ms in one run, 5.18 as the median of 30 in a
 * profiled one); fifteen make the p95 the second largest.
 */
export const LATER_OPENS = 15;

/**
 * From an open article: back to the list with `back`, `j` to the next headline, wait until
 * the program is idle, then Enter; the sample is {@link openArticle}'s.
 */
export async function openNextOnceIdle(screen, bodies, back = KEYS.escape) {
  await backToList(screen, back);
  await screen.settle();
  const before = screen.signature();
  screen.press('j');
  await screen.waitForChange(before, { label: 'the next headline' });
  await screen.waitIdle({ timeout: 5_000 });
  return openArticle(screen, bodies);
}

/**
 * From inside an article: presses `key` (next or previous article) `count` times, each once the
 * program is idle, as a reader who has read the article would; each sample is keypress → the
 * screen shows another article's first paragraph. A press that shows none within the timeout
 * (the end of the list) is left out and counted in the note.
 */
export async function articleKeyLatencies(screen, bodies, key, count, { timeout = 10_000 } = {}) {
  const samples = [];
  let misses = 0;
  for (let i = 0; i < count; i += 1) {
    await screen.waitIdle({ timeout: 5_000 });
    await screen.settle();
    const before = screen.signature();
    const shown = bodies.found(screen.lines()).join('\n');
    const sent = screen.press(key);
    try {
      const at = await screen.waitFor(
        (s) => {
          if (s.signature() === before) return false;
          const now = bodies.found(s.lines());
          return now.length > 0 && now.join('\n') !== shown;
        },
        { label: `another article after ${JSON.stringify(key)}`, timeout },
      );
      samples.push(at - sent);
    } catch (err) {
      if (!(err instanceof Timeout)) throw err;
      misses += 1;
    }
  }
  return { samples, note: misses ? `${misses} of ${count} presses of ${JSON.stringify(key)} showed no other article within ${timeout} ms` : null };
}
