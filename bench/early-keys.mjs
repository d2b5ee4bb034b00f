// `j` right after the first frame (issue 10: every key within one frame, not only once idle). A
// reader who launches inkpress and moves down at once meets a library still being read: a warm
// start shows its first screen from the index cache and reads the rest between keys. Each press
// here comes as soon as the previous move is on the screen, as a held key's repeat would, and
// counts until the status line shows the new position: output the start writes in the meantime
// (its whole list, a count) is not taken for the move.

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
