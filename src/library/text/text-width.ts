/**
 * Terminal column widths, the one module every layer measures text with (library, commands and
 * the reader). A string's length in UTF-16 units is not its width: CJK and emoji take two
 * columns, combining marks and ZWJ sequences none or one cluster. Widths agree with
 * `string-width` (UAX #11 East Asian Width, UTS #51 emoji, per UAX #29 grapheme cluster), which
 * is also what Ink measures with, so our columns and Ink's layout agree.
 *
 * Every function here is linear in its input. `string-width` and `Intl.Segmenter` are not on
 * long strings (in Node 20 segmenting one 80,000-character line took minutes: issue 10), so
 * text is cut into short pieces first (clusters.ts), each one or more whole grapheme clusters,
 * and only a piece that is not a lone character of a known width is measured by
 * `string-width`, through a bounded cache (a pure function's memo, safe to share).
 */
import stringWidth from 'string-width';
import { pieceEnd } from './clusters.js';

export { pieceEnd } from './clusters.js';

// Widths of lone UTF-16 units, filled on first use: 0 unknown, else width + 1.
const unitWidths = new Uint8Array(0x10000);
const pieceWidths = new Map<string, number>();
const MAX_CACHED = 50_000;
// A piece longer than this (a base with hundreds of marks) is measured in windows.
const WINDOW = 256;
// Made on first use: the first Intl.Segmenter of a process loads ICU's break data.
let segmenter: Intl.Segmenter | undefined;

/**
 * Characters one column wide alone, known without string-width (whose first call compiles its
 * emoji pattern): Ink's patched fast-width set, Latin to Cyrillic, punctuation (… – “ ”), currency,
 * box drawing, ▶ ◀ ● ○ ★ ☆. A test checks each against string-width.
 */
export const NARROW_UNITS = /^[\u00A0-\u00AC\u00AE-\u02FF\u0370-\u0482\u048A-\u052F\u2010-\u2027\u2030-\u205E\u20A0-\u20BF\u2500-\u259F\u25B6\u25C0\u25CB\u25CF\u2605\u2606]$/;

function unitWidth(c: number): number {
  let w = unitWidths[c]!;
  if (w === 0) {
    const unit = String.fromCharCode(c);
    w = (NARROW_UNITS.test(unit) ? 1 : stringWidth(unit)) + 1;
    unitWidths[c] = w;
  }
  return w - 1;
}

/** Width of the piece `s[i, j)`. */
function pieceWidth(s: string, i: number, j: number): number {
  if (j - i === 1) return unitWidth(s.charCodeAt(i));
  if (j - i > WINDOW) return windowedWidth(s, i, j);
  const piece = s.slice(i, j);
  let w = pieceWidths.get(piece);
  if (w === undefined) {
    w = stringWidth(piece);
    if (pieceWidths.size >= MAX_CACHED) pieceWidths.clear();
    pieceWidths.set(piece, w);
  }
  return w;
}

/** A long piece measured window by window, each window ending at a grapheme boundary. */
function windowedWidth(s: string, i: number, j: number): number {
  let width = 0;
  let pos = i;
  while (pos < j) {
    let stop = Math.min(j, pos + WINDOW);
    if (stop < j) {
      let lastStart = 0;
      segmenter ??= new Intl.Segmenter();
      for (const { index } of segmenter.segment(s.slice(pos, stop))) lastStart = index;
      if (lastStart > 0) stop = pos + lastStart;
    }
    width += stringWidth(s.slice(pos, stop));
    pos = stop;
  }
  return width;
}

/** Width of a character below U+0300 standing alone: controls 0, soft hyphen 0, the rest 1. */
const narrow = (c: number): number => (c >= 0x20 && c < 0x7f ? 1 : c < 0xa0 || c === 0xad ? 0 : 1);

/**
 * Makes string-width's Segmenter (ICU's break data) and its emoji pattern (patches/), which it
 * makes on first use and which Latin text never needs: 50-60 ms, paid here rather than by the
 * first key that draws an arrow, an emoji or CJK.
 */
export function warmUpWidths(): void {
  displayWidth('\u2191\u{1F44D}');
}

/** Columns `s` takes in a terminal. Control characters count 0; sanitize text first. */
export function displayWidth(s: string): number {
  const n = s.length;
  let width = 0;
  let i = 0;
  while (i < n) {
    const c = s.charCodeAt(i);
    // Latin text: a character below U+0300 followed by another is a cluster of its own.
    if (c < 0x300 && (i + 1 === n || s.charCodeAt(i + 1) < 0x300)) {
      width += narrow(c);
      i += 1;
      continue;
    }
    const j = pieceEnd(s, i);
    width += pieceWidth(s, i, j);
    i = j;
  }
  return width;
}

/**
 * The longest prefix of `s` made of whole grapheme clusters that fits in `max` columns, and its
 * width. Looks no further into `s` than the prefix it returns (plus one cluster).
 */
export function takeWidth(s: string, max: number): { text: string; width: number } {
  const n = s.length;
  let used = 0;
  let i = 0;
  while (i < n) {
    const c = s.charCodeAt(i);
    let j: number;
    let w: number;
    if (c < 0x300 && (i + 1 === n || s.charCodeAt(i + 1) < 0x300)) {
      j = i + 1;
      w = narrow(c);
    } else {
      j = pieceEnd(s, i);
      w = pieceWidth(s, i, j);
    }
    if (used + w > max) break;
    used += w;
    i = j;
  }
  return { text: i === n ? s : s.slice(0, i), width: used };
}

/**
 * The longest prefix of `s` that, followed by `ellipsis`, fits in `width` columns; `s` itself
 * when it already fits. Never splits a grapheme cluster (a flag, a ZWJ family, a letter with its
 * accents), so a wide character that would straddle the edge is left out whole and the result
 * may be one column narrower than `width`. When even the ellipsis does not fit, it is cut too.
 */
export function truncateToWidth(s: string, width: number, ellipsis = '…'): string {
  const max = Math.max(0, Math.floor(width));
  const head = takeWidth(s, max);
  if (head.text.length === s.length) return s;
  const ellipsisWidth = displayWidth(ellipsis);
  if (ellipsisWidth > max) return takeWidth(ellipsis, max).text;
  return takeWidth(head.text, max - ellipsisWidth).text + ellipsis;
}

/**
 * The longest end of `s` that, after `ellipsis`, fits in `width` columns; `s` itself when it
 * already fits. For labels whose end matters most, such as a folder's path (vim shortens a file
 * name the same way, with `<`). Never splits a grapheme cluster.
 */
export function truncateStartToWidth(s: string, width: number, ellipsis = '…'): string {
  const max = Math.max(0, Math.floor(width));
  if (displayWidth(s) <= max) return s;
  const room = max - displayWidth(ellipsis);
  if (room < 0) return takeWidth(ellipsis, max).text;
  const ends: number[] = [];
  for (let i = 0; i < s.length; i = pieceEnd(s, i)) ends.push(i);
  let used = 0;
  let k = ends.length;
  while (k > 0) {
    const start = ends[k - 1]!;
    const w = displayWidth(s.slice(start, k === ends.length ? s.length : ends[k]));
    if (used + w > room) break;
    used += w;
    k -= 1;
  }
  return ellipsis + s.slice(k === ends.length ? s.length : ends[k]);
}

/**
 * `s` made exactly `width` columns wide: truncated with an ellipsis when too wide (see
 * {@link truncateToWidth}), then padded with spaces on the right.
 */
export function padToWidth(s: string, width: number): string {
  const max = Math.max(0, Math.floor(width));
  const fitted = truncateToWidth(s, max);
  return fitted + ' '.repeat(Math.max(0, max - displayWidth(fitted)));
}
