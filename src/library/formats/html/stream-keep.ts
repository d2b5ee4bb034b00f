/**
 * Which of the streaming extractor's blocks are the article (`stream-extract.ts`): furniture goes,
 * and the page's `<article>` or `<main>` is kept alone when it holds a good part of the text.
 */

/** Blocks `[from, to)` of one element, and whether it held an `<h1>`. */
export interface Range {
  from: number;
  to: number;
  h1: boolean;
}

// The page's story, when it holds at least this share of the text.
const CONTAINER_SHARE = 0.3;

/**
 * Which blocks stay: furniture goes unless it holds an `<h1>` or 40 % of the text or more (as
 * `isDroppable` decides on a DOM); then the container with the most text, when it holds at least
 * {@link CONTAINER_SHARE} of what is left. Null when every block stays.
 */
export function keeper(lengths: number[], furniture: Range[], containers: Range[]): ((i: number) => boolean) | null {
  const sum = (from: number, to: number, keep: (i: number) => boolean): number => {
    let n = 0;
    for (let i = from; i < to; i += 1) if (keep(i)) n += lengths[i]!;
    return n;
  };
  const total = sum(0, lengths.length, () => true);
  const dropped = new Uint8Array(lengths.length);
  let anyDropped = false;
  for (const r of furniture) {
    if (r.h1 || sum(r.from, r.to, () => true) > 0.4 * total) continue;
    dropped.fill(1, r.from, r.to);
    anyDropped = true;
  }
  const kept = (i: number): boolean => dropped[i] === 0;
  const left = sum(0, lengths.length, kept);
  let best: Range | null = null;
  let bestText = 0;
  for (const r of containers) {
    const text = sum(r.from, r.to, kept);
    if (text > bestText) [best, bestText] = [r, text];
  }
  if (!best || bestText < CONTAINER_SHARE * left) return anyDropped ? kept : null;
  const { from, to } = best;
  return (i) => i >= from && i < to && kept(i);
}
