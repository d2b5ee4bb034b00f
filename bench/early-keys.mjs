// Keys right after the first frame (issue 10: every key within one frame, not only once idle).
// A reader who launches inkpress and moves down, or searches, at once meets a library still
// being read: a warm start shows its first screen from the index cache and reads the rest
// between keys. Each key here comes as soon as the previous one's answer is on the screen, as a
// held key's repeat or fast typing would, and counts until the screen shows that answer (the
// status line's new position, the search line's letters): output the start writes meanwhile
// (its whole list, a count) is not taken for it.

/** How many moves are timed: more than one screen of headlines, past the first screen's rows. */
export const EARLY_MOVES = 40;

/**
 * Presses `key` `count` times from the first headline, each timed until the status line reads
 * ` <position>/<total>`; `total` as the status line prints it. Returns `{ samples }` in ms.
 */
export async function movesRightAfterStart(screen, { total, key = 'j', count = EARLY_MOVES }) {
  const samples = [];
  for (let k = 0; k < count; k += 1) {
    const want = ` ${k + 2}/${total}`;
    const sent = screen.press(key);
    const at = await screen.waitFor((s) => s.text().includes(want), { timeout: 10_000, label: `headline ${k + 2} of ${total} selected` });
    samples.push(at - sent);
  }
  return { samples };
}

/**
 * `/` as soon as the headlines show, then `word` letter by letter, each as soon as the last is on
 * the screen: `/` timed until the search line has the keys (its hint "Enter keep results" shows),
 * each letter until the line reads `/` and the letters so far. The echo, not the narrowed list:
 * on a warm start's first screen the results wait for the library. Returns `{ samples }` in ms,
 * `/` first.
 */
export async function searchRightAfterStart(screen, word) {
  const samples = [];
  const slash = screen.press('/');
  samples.push((await screen.waitFor((s) => s.text().includes('Enter keep results'), { timeout: 10_000, label: 'the search line' })) - slash);
  for (let k = 1; k <= word.length; k += 1) {
    const typed = new RegExp(`^/${word.slice(0, k)}`, 'm');
    const sent = screen.press(word[k - 1]);
    samples.push((await screen.waitFor((s) => typed.test(s.text()), { timeout: 10_000, label: `"${word.slice(0, k)}" on the search line` })) - sent);
  }
  return { samples };
}

/**
 * Two warm launches of `launch(true)` (measure-inkpress.mjs), each closed with `finish`: `j`,
 * then `/` and `word`, right after their first frame. Returns `{ jEarly, searchEarly }`.
 */
export async function keysRightAfterStart(launch, finish, { total, word }) {
  const moving = await launch(true);
  let jEarly;
  try {
    jEarly = await movesRightAfterStart(moving.screen, { total });
  } finally {
    await finish(moving.screen);
  }
  const searching = await launch(true);
  try {
    return { jEarly, searchEarly: await searchRightAfterStart(searching.screen, word) };
  } finally {
    await finish(searching.screen);
  }
}
