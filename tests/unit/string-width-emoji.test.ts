/**
 * string-width (patched, patches/string-width+8.3.0.patch) tests a cluster against the big RGI
 * emoji pattern only when it holds a code point an RGI emoji must hold. These check that the
 * shortcut drops no emoji: every RGI emoji is still two columns.
 */
import stringWidth from 'string-width';
import { describe, expect, it } from 'vitest';

const RGI = new RegExp('^\\p{RGI_Emoji}$', 'v');

describe('emoji widths with the RGI shortcut', () => {
  it.each([
    ['👍'], ['👍🏽'], ['🏽'], ['🇫🇷'], ['#️⃣'], ['7️⃣'], ['🏴󠁧󠁢󠁥󠁮󠁧󠁿'], ['👨‍👩‍👧'], ['©️'], ['☝🏽'], ['❤️'], ['🧑🏿‍🚀'],
  ])('%s is two columns', (emoji) => {
    expect(RGI.test(emoji)).toBe(true);
    expect(stringWidth(emoji)).toBe(2);
  });

  it('every RGI emoji made of an emoji character, alone or with its variation selector or keycap, is two columns', () => {
    // An RGI emoji begins with an emoji character; what may follow it here covers the keycaps and
    // the text-default characters made emoji by U+FE0F.
    let checked = 0;
    for (let c = 0; c <= 0x1ffff; c++) {
      const char = String.fromCodePoint(c);
      if (!/\p{Emoji}/u.test(char)) continue;
      for (const emoji of [char, `${char}\uFE0F`, `${char}\uFE0F\u20E3`, `${char}\u20E3`]) {
        if (!RGI.test(emoji)) continue;
        checked += 1;
        expect([emoji, stringWidth(emoji)]).toEqual([emoji, 2]);
      }
    }
    expect(checked).toBeGreaterThan(1_300);
  });

  it('keeps letters with accents, CJK and text-style symbols at their own widths', () => {
    expect(stringWidth('déjà vu')).toBe(7);
    expect(stringWidth('東京')).toBe(4);
    expect(stringWidth('☝')).toBe(1);
    expect(stringWidth('e\u0301')).toBe(1);
  });
});
