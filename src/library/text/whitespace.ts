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

// Whitespace other than U+0020: tabs, line breaks, NBSP, the Unicode spaces.
const OTHER_SPACE = /[^\S ]/g;

/**
 * What {@link normalizeSpace} must do to `text`: nothing (NORMAL: no whitespace but single
 * inner ASCII spaces, no invisible character), only trim ASCII spaces at its ends (TRIM: a
 * paragraph's text node often ends in one), make each whitespace character a space and trim
 * (ONE_EACH: no two whitespace characters side by side between the first and the last
 * character that is not one, and no invisible character: a news paragraph with a no-break
 * space in "10 km" or before a colon), or everything (FULL). One scan without allocating;
 * most lines and paragraphs of a saved page need no more than a trim. (The three regex passes
 * cost ~30 % of parsing a page, in the profile of bench/parse-throughput.mjs, called per line
 * and per field; a paragraph with one NBSP in it paid them all, `\s+` matching at every space:
 * 21 µs of a saved page's 194 at a cold start, the bench's library.)
 */
const NORMAL = 0, TRIM = 1, ONE_EACH = 2, FULL = 3;
function spaceWork(text: string): typeof NORMAL | typeof TRIM | typeof ONE_EACH | typeof FULL {
  let seen = false; // a character other than whitespace came before
  let lead = false; // whitespace came before the first other character
  let run = 0; // whitespace characters since the last other character
  let other = false; // whitespace other than U+0020 came
  for (let i = 0; i < text.length; i += 1) {
    const c = text.charCodeAt(i);
    if (c === 0x20) {
      run += 1;
      continue;
    }
    // Invisible first: U+FEFF is whitespace to JavaScript too, and is dropped, not made a space.
    if (c >= 0xa0 && isInvisible(c)) return FULL;
    if (c < 0x20 ? c >= 0x09 && c <= 0x0d : c >= 0xa0 && isJsSpace(c)) {
      other = true;
      run += 1;
      continue;
    }
    if (run > 1 && seen) return FULL; // a run of whitespace between words
    if (run > 0 && !seen) lead = true;
    seen = true;
    run = 0;
  }
  if (other) return ONE_EACH;
  return lead || run > 0 ? TRIM : NORMAL;
}

/**
 * Turns every kind of Unicode space into a plain space, drops invisible characters,
 * collapses runs and trims both ends.
 */
export function normalizeSpace(text: string): string {
  const work = spaceWork(text);
  if (work === NORMAL) return text;
  if (work === TRIM) return text.trim();
  if (work === ONE_EACH) return text.replace(OTHER_SPACE, ' ').trim();
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
 * `normalizeSpace(text).slice(0, max)`, found
 * without reading further: a test of how a text starts (is it a "Most read" heading?) need not
 * normalise a whole paragraph, and every paragraph of a page is asked.
 */
export function normalizedPrefix(text: string, max: number): string {
  let out = '';
  let gap = false;
  for (let i = 0; i < text.length && out.length < max; i += 1) {
    const c = text.charCodeAt(i);
    if (c >= 0xa0 && isInvisible(c)) continue;
    if (c <= 0x20 || c >= 0xa0 ? isJsSpace(c) : false) {
      gap = out.length > 0;
      continue;
    }
    if (gap) {
      out += ' ';
      gap = false;
      if (out.length === max) break;
    }
    out += text[i];
  }
  return out;
}

/**
 * `text.replace(/\s+/g, ' ')`: every run of whitespace as one space. Most text nodes of a page
 * have only single spaces between words, and the regex builds a new string for them anyway
 * (each match replaced by the same space): such a text is returned as it is.
 */
export function oneSpaceRuns(text: string): string {
  let space = false;
  for (let i = 0; i < text.length; i += 1) {
    const c = text.charCodeAt(i);
    if (c === 0x20 && !space) space = true;
    else if (c <= 0x20 || (c >= 0xa0 && isJsSpace(c))) return text.replace(/\s+/g, ' ');
    else space = false;
  }
  return text;
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
