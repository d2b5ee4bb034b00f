/**
 * Whitespace clean-up shared by the text parsers. Saved pages carry non-breaking spaces,
 * thin spaces, zero-width characters and Windows line endings; readers and search should
 * see none of them.
 */

// Invisible characters that are never wanted in text: zero-width space, word joiner,
// soft hyphen and a stray byte-order mark. ZWJ/ZWNJ are kept: emoji and scripts need them.
const INVISIBLE = /[\u200B\u2060\u00AD\uFEFF]/g;

// JavaScript's \s already covers NBSP (U+00A0), U+2000–U+200A, U+202F, U+205F, U+3000 and tabs.
const SPACE_RUN = /\s+/g;

/**
 * Turns every kind of Unicode space into a plain space, drops invisible characters,
 * collapses runs and trims both ends.
 */
export function normalizeSpace(text: string): string {
  return text.replace(INVISIBLE, '').replace(SPACE_RUN, ' ').trim();
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
