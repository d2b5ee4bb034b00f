/** Window maths for lists and the article: what is visible, and where you are. */

/** Keeps `n` within `[lo, hi]` (and at `lo` when `hi < lo`). */
export function clamp(n: number, lo: number, hi: number): number {
  return Math.max(lo, Math.min(hi, n));
}

/** The largest valid first row of a window of `height` rows over `length` rows. */
export function maxTop(length: number, height: number): number {
  return Math.max(0, length - Math.max(1, height));
}

/**
 * The first row of a window after moving the selection to `index`: the window moves only as far
 * as needed to show it, like a pager, and never past the end.
 */
export function scrollIntoView(top: number, index: number, height: number, length: number): number {
  const h = Math.max(1, height);
  let t = top;
  if (index < t) t = index;
  if (index >= t + h) t = index - h + 1;
  return clamp(t, 0, maxTop(length, h));
}

/** Where a window of `height` rows at `top` is in `length` rows, as less and vim say it. */
export function positionLabel(top: number, height: number, length: number): string {
  if (length <= height) return 'All';
  if (top <= 0) return 'Top';
  if (top + height >= length) return 'Bot';
  return `${Math.round(((top + height) / length) * 100)}%`;
}
