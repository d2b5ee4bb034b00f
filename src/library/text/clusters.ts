/**
 * Grapheme cluster boundaries found in linear time, for the width module (text-width.ts).
 * `Intl.Segmenter` is exact but in Node 20 slows down with the length of the string it walks
 * (minutes for one 80,000-character line: issue 10), so text is cut here into short pieces by
 * the rules of UAX #29 that matter for width: marks and other extenders, ZWJ emoji sequences,
 * flags, Hangul syllables, Indic conjuncts, prepended letters and controls. A piece is one or
 * more whole clusters (rarely more than one: then it is measured whole, which is still exact).
 */

// Code points that attach to the character before them (a piece never starts with one): marks,
// ZWJ/ZWNJ, variation selectors, emoji modifiers and tags, halfwidth voiced marks, and Thai/Lao SARA AM (spacing marks that are letters).
const EXTENDS = /[\p{M}\u200C\u200D\uFE00-\uFE0F\uFF9E\uFF9F\u0E33\u0EB3\u{1F3FB}-\u{1F3FF}\u{E0020}-\u{E007F}\u{E0100}-\u{E01EF}]/uy;
const EXTENDED_PICTOGRAPHIC = /\p{Extended_Pictographic}/uy;

const isHangulLeading = (c: number): boolean => (c >= 0x1100 && c <= 0x115f) || (c >= 0xa960 && c <= 0xa97c);
const isRegionalIndicator = (c: number): boolean => c >= 0x1f1e6 && c <= 0x1f1ff;
// Prepend (UAX #29 GB9b) and the Indic conjunct linkers (viramas, GB9c): they join what follows.
const isJoiner = (c: number): boolean =>
  (c >= 0x600 && c <= 0x605) || c === 0x6dd || c === 0x70f || c === 0x890 || c === 0x891 || c === 0x8e2 ||
  c === 0xd4e || c === 0x110bd || c === 0x110cd || c === 0x111c2 || c === 0x111c3 || isLinker(c);
const isLinker = (c: number): boolean => c === 0x94d || c === 0x9cd || c === 0xacd || c === 0xb4d || c === 0xc4d || c === 0xd4d;
const LETTER = /\p{L}/uy;

const isHangulVowel = (c: number): boolean => (c >= 0x1160 && c <= 0x11a7) || (c >= 0xd7b0 && c <= 0xd7c6);
const isHangulTrailing = (c: number): boolean => (c >= 0x11a8 && c <= 0x11ff) || (c >= 0xd7cb && c <= 0xd7fb);
const isHangulSyllable = (c: number): boolean => c >= 0xac00 && c <= 0xd7a3;

/** UAX #29 GB6–GB8 (Hangul syllable sequences); undefined when `a` is no Hangul part. */
function hangulJoins(a: number, b: number): boolean | undefined {
  if (isHangulLeading(a)) return isHangulLeading(b) || isHangulVowel(b) || isHangulSyllable(b);
  const lv = isHangulSyllable(a) && (a - 0xac00) % 28 === 0;
  if (lv || isHangulVowel(a)) return isHangulVowel(b) || isHangulTrailing(b);
  if (isHangulSyllable(a) || isHangulTrailing(a)) return isHangulTrailing(b);
  return undefined;
}

function extendsAt(s: string, i: number): boolean {
  if (s.charCodeAt(i) < 0x300) return false;
  EXTENDS.lastIndex = i;
  return EXTENDS.test(s);
}

/**
 * Whether the code point at `j` belongs to the cluster whose last code point is at `last` (and
 * the last one that is not an extending mark at `base`), though it does not extend it: after
 * a prepended letter or a virama, an emoji after ZWJ, Hangul syllable parts, the second regional
 * indicator of a flag (`pairedIndicators` counts those before).
 */
function joinsAt(s: string, base: number, last: number, j: number, pairedIndicators: number): boolean {
  const a = s.codePointAt(last)!;
  if (a < 0x600) return false;
  const b = s.codePointAt(j)!;
  if (a === 0x200d) return isPictographicAt(s, base) && isPictographicAt(s, j);
  const hangul = hangulJoins(a, b);
  if (hangul !== undefined) return hangul;
  if (isRegionalIndicator(a)) return isRegionalIndicator(b) && pairedIndicators % 2 === 1;
  if (isLinker(a)) return isIndicLetterAt(s, base) && isIndicLetterAt(s, j);
  return isJoiner(a) && !isControlAt(s, j);
}

/** A letter of the Indic scripts whose viramas join conjuncts (GB9c consonants, roughly). */
function isIndicLetterAt(s: string, i: number): boolean {
  const c = s.charCodeAt(i);
  if (c < 0x900 || c > 0xdff) return false;
  LETTER.lastIndex = i;
  return LETTER.test(s);
}

function isPictographicAt(s: string, i: number): boolean {
  EXTENDED_PICTOGRAPHIC.lastIndex = i;
  return EXTENDED_PICTOGRAPHIC.test(s);
}

// UAX #29 Control: nothing joins to it or after it (GB4, GB5), though Cf is most of it. Not ZWJ,
// ZWNJ, the prepended letters or the emoji tags, which are Cf but join.
const CONTROL = /[\p{Cc}\p{Zl}\p{Zp}\p{Cf}]/uy;
function isControlAt(s: string, i: number): boolean {
  const c = s.codePointAt(i)!;
  if (c < 0x20 || (c >= 0x7f && c <= 0x9f) || c === 0xad) return true;
  if (c < 0x600 || c === 0x200c || c === 0x200d || (c >= 0xe0020 && c <= 0xe007f) || isJoiner(c)) return false;
  CONTROL.lastIndex = i;
  return CONTROL.test(s);
}

/** End of the piece that starts at `i`: one or more whole grapheme clusters. */
export function pieceEnd(s: string, i: number): number {
  const n = s.length;
  if (isControlAt(s, i)) return s.charCodeAt(i) === 0x0d && s.charCodeAt(i + 1) === 0x0a ? i + 2 : i + codePointLength(s, i);
  let last = i; // start of the last code point in the piece
  let indicators = isRegionalIndicator(s.codePointAt(i)!) ? 1 : 0;
  let base = i; // the last code point that was not an extending mark
  let linker = -1; // a virama followed only by extending marks so far (GB9c)
  let j = i + codePointLength(s, i);
  while (j < n) {
    if (extendsAt(s, j)) {
      if (linker < 0 && isLinker(s.codePointAt(last)!)) linker = last;
    } else if (joinsAt(s, base, last, j, indicators) || (linker >= 0 && joinsAt(s, base, linker, j, indicators))) {
      linker = -1;
      base = j;
    } else {
      break;
    }
    if (isRegionalIndicator(s.codePointAt(j)!)) indicators += 1;
    last = j;
    j += codePointLength(s, j);
  }
  return j;
}

/** 2 for a surrogate pair at `i`, else 1. */
export function codePointLength(s: string, i: number): number {
  const c = s.charCodeAt(i);
  return c >= 0xd800 && c <= 0xdbff && i + 1 < s.length && (s.charCodeAt(i + 1) & 0xfc00) === 0xdc00 ? 2 : 1;
}
