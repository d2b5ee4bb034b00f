/**
 * THE list of invisible characters inkpress removes from text: the sanitizer cuts them
 * (`strip-controls.ts`), whitespace clean-up drops them (`whitespace.ts`), and date parsing
 * looks through them (`formats/dates.ts`). ZWJ and ZWNJ are not here: emoji and scripts need them.
 */

/** Inclusive code point ranges, each with the reason it is removed. */
const RANGES: ReadonlyArray<readonly [from: number, to: number, why: string]> = [
  [0x00ad, 0x00ad, 'soft hyphen: terminals disagree on its width (0 or 1), breaking columns'],
  [0x200b, 0x200b, 'zero width space: invisible, hides words from search'],
  [0x2060, 0x2064, 'word joiner, invisible math operators'],
  [0x206a, 0x206f, 'deprecated format characters (symmetric swapping etc.)'],
  [0xfeff, 0xfeff, 'byte-order mark inside text (the decoder already removed a leading one)'],
  [0xfff9, 0xfffb, 'interlinear annotation: hidden ruby text'],
];

// A lookup table: the sanitizer asks for every code unit of every article.
const TABLE = new Uint8Array(0x10000);
for (const [from, to] of RANGES) TABLE.fill(1, from, to + 1);

/** True for a UTF-16 code unit on the list. */
export function isInvisible(c: number): boolean {
  return TABLE[c] === 1;
}

const hex = (c: number) => `\\u${c.toString(16).toUpperCase().padStart(4, '0')}`;

/** A regular-expression character class matching one invisible character: `[\u00AD\u200B…]`. */
export const INVISIBLE_CLASS = `[${RANGES.map(([from, to]) => (from === to ? hex(from) : `${hex(from)}-${hex(to)}`)).join('')}]`;
