/**
 * Whitespace clean-up shared by the text parsers. Saved pages carry non-breaking spaces,
 * thin spaces, zero-width characters and Windows line endings; readers and search should
 * see none of them.
 */
import { INVISIBLE_CLASS, isInvisible } from './invisible.js';

const INVISIBLE = new RegExp(INVISIBLE_CLASS, 'g');

// JavaScript's \s already covers NBSP (U+00A0), U+2000–U+200A, U+202F, U+205F, U+3000 and tabs.
const SPACE_RUN = /\s+/g;

/**
 * True for exactly the UTF-16 code units JavaScript's `\s` (and `String#trim`) match:
 * ECMA-262 WhiteSpace and LineTerminator.
 */
export function isJsSpace(c: number): boolean {
  if (c < 0xa0) return c === 0x20 || (c >= 0x09 && c <= 0x0d);
  return (
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

/**
 * True when {@link normalizeSpace} would return `text` unchanged: no whitespace but single
 * inner ASCII spaces, and no invisible character. One scan without allocating; most lines of
 * a saved page pass it. (The three regex passes cost ~30 % of parsing a page, in the profile
 * of bench/parse-throughput.mjs, called per line and per field.)
 */
function isNormalSpace(text: string): boolean {
  let afterSpace = true; // a leading space needs trimming
  for (let i = 0; i < text.length; i += 1) {
    const c = text.charCodeAt(i);
    if (c === 0x20) {
      if (afterSpace) return false;
      afterSpace = true;
      continue;
    }
    afterSpace = false;
    if (c < 0x20 ? c >= 0x09 && c <= 0x0d : c >= 0xa0 && (isInvisible(c) || isJsSpace(c))) {
      return false;
    }
  }
  return !afterSpace || text.length === 0;
}

/**
 * Turns every kind of Unicode space into a plain space, drops invisible characters,
 * collapses runs and trims both ends.
 */
export function normalizeSpace(text: string): string {
  if (isNormalSpace(text)) return text;
  return text.replace(INVISIBLE, '').replace(SPACE_RUN, ' ').trim();
}

/**
 * `normalizeSpace(text).length` without building the string: one scan, no allocation. The
 * HTML parser weighs elements by their text length many times per page (furniture, link
 * density, big tables), several times on the whole page's text; building and collapsing a
 * 5 MB copy each time was a fifth of a big page's parse (profile of bench/parse-mbps.mjs).
 */
export function normalizedLength(text: string): number {
  let n = 0;
  let gap = false; // a run of spaces stands between the last counted character and the next
  for (let i = 0; i < text.length; i += 1) {
    const c = text.charCodeAt(i);
    if (c >= 0xa0 && isInvisible(c)) continue;
    if (c <= 0x20 || c >= 0xa0 ? isJsSpace(c) : false) {
      gap = n > 0;
      continue;
    }
    if (gap) n += 1;
    gap = false;
    n += 1;
  }
  return n;
}

/**
 * Strips a leading byte-order mark and turns CRLF, CR and Unicode line/paragraph
 * separators into `\n`.
 */
export function normalizeNewlines(text: string): string {
  return text.replace(/^\uFEFF/, '').replace(/\r\n?|[\u2028\u2029\u0085]/g, '\n');
}

/** How many whitespace characters (NBSP and tabs included) a line starts with. */
export function indentOf(line: string): number {
  const match = /^[\s\uFEFF]*/.exec(line);
  return match ? match[0].length : 0;
}
