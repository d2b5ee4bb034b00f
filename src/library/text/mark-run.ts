/**
 * Capping runs of combining marks ("zalgo" text stacks hundreds, drawing over neighbouring
 * lines), the sanitizer's step that keeps the first {@link MAX_COMBINING_MARKS} of a run.
 */

/**
 * At most this many combining marks in a row are kept. Real text needs fewer: Hebrew with
 * points and cantillation, or Vietnamese in decomposed form, stay within four.
 */
export const MAX_COMBINING_MARKS = 4;

const MARK = /[\p{Mn}\p{Me}\u200C\u200D]/u;
const MARK_RUN = new RegExp(`([\\p{Mn}\\p{Me}\\u200C\\u200D]{${MAX_COMBINING_MARKS}})[\\p{Mn}\\p{Me}\\u200C\\u200D]+`, 'gu');

// Per BMP code unit: 0 not looked up yet, 1 a mark (or ZWJ, ZWNJ), 2 not. Filled a block of
// 256 at a time, the first time text holds one of them: no start-up cost for scripts never read.
const KIND = new Uint8Array(0x10000);

function isMarkUnit(c: number): boolean {
  // An astral mark is two surrogates: both count, so a run of astral marks is never missed.
  if (c >= 0xd800 && c <= 0xdfff) return true;
  if (KIND[c] === 0) {
    const base = c & 0xff00;
    for (let u = base; u < base + 0x100; u += 1) KIND[u] = MARK.test(String.fromCharCode(u)) ? 1 : 2;
  }
  return KIND[c] === 1;
}

/**
 * False when `s` holds no run of more than {@link MAX_COMBINING_MARKS} code units that are
 * marks or surrogates, so MARK_RUN cannot match. MARK_RUN, a `u`-mode class tried at every
 * position, was 4–7 % of parsing a page; counting every unit at or above U+0300 instead (the
 * check before this one) sent any page with a word of Cyrillic, Arabic or Chinese (a menu of
 * languages) to it: 9 of the 27 ms of sanitizing the six corpus pages.
 */
function mayHaveMarkRun(s: string): boolean {
  let run = 0;
  for (let i = 0; i < s.length; i += 1) {
    const c = s.charCodeAt(i);
    if (c < 0x300 || !isMarkUnit(c)) run = 0;
    else if (++run > MAX_COMBINING_MARKS) return true;
  }
  return false;
}

/** `s` with every run of combining marks cut to its first {@link MAX_COMBINING_MARKS}. */
export function capMarkRuns(s: string): string {
  return mayHaveMarkRun(s) ? s.replace(MARK_RUN, '$1') : s;
}
