import fc from 'fast-check';
import stringWidth from 'string-width';
import { describe, expect, it } from 'vitest';
import { displayWidth, NARROW_UNITS, padToWidth, truncateStartToWidth, truncateToWidth } from '../../src/library/text/text-width.js';
import { wrapText } from '../../src/library/text/wrap-text.js';

const FAMILY = '👨‍👩‍👧‍👦';
const FLAG = '🇯🇵';

describe('displayWidth', () => {
  it.each([
    ['', 0],
    ['abc', 3],
    ['東京', 4],
    ['é', 1],
    ['e\u0301', 1],
    [FAMILY, 2],
    [FLAG, 2],
    ['1️⃣', 2],
    ['한국어', 6],
    ['ｶﾀｶﾅ', 4],
  ])('%j is %i columns', (s, w) => {
    expect(displayWidth(s)).toBe(w);
  });

  it('agrees with string-width on every character of its one-column fast paths', () => {
    const ranges: [number, number][] = [
      [0x20, 0x7e], [0xa0, 0xac], [0xae, 0x2ff], [0x2010, 0x2027], [0x2030, 0x205e],
      [0x3041, 0x3096], [0x30a1, 0x30fa], [0x4e00, 0x9fff], [0xac00, 0xd7a3], [0xff01, 0xff60],
    ];
    for (const [from, to] of ranges) {
      for (let c = from; c <= to; c++) expect([c, displayWidth(String.fromCharCode(c))]).toEqual([c, stringWidth(String.fromCharCode(c))]);
    }
    expect(displayWidth('\u00AD')).toBe(stringWidth('\u00AD'));
    expect(displayWidth('“Quoted” — déjà vu…')).toBe(stringWidth('“Quoted” — déjà vu…'));
    expect(displayWidth('東京タワー and 서울')).toBe(stringWidth('東京タワー and 서울'));
  });
});

describe('truncateToWidth', () => {
  it('returns the string itself when it fits', () => {
    expect(truncateToWidth('hello', 5)).toBe('hello');
    expect(truncateToWidth('東京', 4)).toBe('東京');
  });

  it('adds an ellipsis inside the width', () => {
    expect(truncateToWidth('hello world', 8)).toBe('hello w…');
    expect(truncateToWidth('hello', 4, '...')).toBe('h...');
  });

  it('never splits a wide character, an emoji sequence, a flag or a combining sequence', () => {
    expect(truncateToWidth('東京大学', 6)).toBe('東京…');
    expect(truncateToWidth('東京大学', 5)).toBe('東京…');
    expect(truncateToWidth(`ab${FAMILY}cd`, 4)).toBe('ab…');
    expect(truncateToWidth(`ab${FAMILY}cd`, 5)).toBe(`ab${FAMILY}…`);
    expect(truncateToWidth(`${FLAG}${FLAG}${FLAG}`, 5)).toBe(`${FLAG}${FLAG}…`);
    expect(truncateToWidth('e\u0301e\u0301e\u0301', 2)).toBe('e\u0301…');
  });

  it('handles widths smaller than the ellipsis', () => {
    expect(truncateToWidth('hello', 0)).toBe('');
    expect(truncateToWidth('hello', -3)).toBe('');
    expect(truncateToWidth('hello', 2, '...')).toBe('..');
    expect(truncateToWidth('hello', 1)).toBe('…');
  });
});

describe('truncateStartToWidth', () => {
  it('keeps the end of a path, after an ellipsis, inside the width', () => {
    expect(truncateStartToWidth('/home/ana/saved-news', 20)).toBe('/home/ana/saved-news');
    expect(truncateStartToWidth('/home/ana/saved-news', 12)).toBe('…/saved-news');
    expect(truncateStartToWidth('/home/ana/saved-news', 3)).toBe('…ws');
  });

  it('never splits a wide character, an emoji sequence or a combining sequence', () => {
    expect(truncateStartToWidth('東京大学', 6)).toBe('…大学');
    expect(truncateStartToWidth('東京大学', 4)).toBe('…学');
    expect(truncateStartToWidth(`ab${FAMILY}cd`, 4)).toBe('…cd');
    expect(truncateStartToWidth(`ab${FAMILY}cd`, 5)).toBe(`…${FAMILY}cd`);
    expect(truncateStartToWidth('e\u0301e\u0301e\u0301', 2)).toBe('…e\u0301');
  });

  it('handles widths smaller than the ellipsis', () => {
    expect(truncateStartToWidth('hello', 0)).toBe('');
    expect(truncateStartToWidth('hello', 1)).toBe('…');
  });
});

describe('padToWidth', () => {
  it('pads to exactly the width, counting wide characters', () => {
    expect(padToWidth('ab', 5)).toBe('ab   ');
    expect(padToWidth('東京', 5)).toBe('東京 ');
    expect(padToWidth(FAMILY, 3)).toBe(`${FAMILY} `);
  });

  it('truncates what is too wide and pads the column left by a straddling wide character', () => {
    expect(padToWidth('東京大学', 6)).toBe('東京… ');
    expect(displayWidth(padToWidth('東京大学', 6))).toBe(6);
  });

  it('always yields exactly the requested width for any text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 40 }), fc.integer({ min: 0, max: 30 }), (s, w) => {
        const clean = s.replace(/[\u0000-\u001F\u007F-\u009F]/g, '');
        expect(displayWidth(padToWidth(clean, w))).toBe(w);
        const t = truncateToWidth(clean, w);
        expect(displayWidth(t)).toBeLessThanOrEqual(w);
        if (t === clean || w === 0) return;
        // No grapheme is split: what precedes the ellipsis ends on a cluster boundary of the original.
        const kept = t.slice(0, -1);
        const boundaries = [...new Intl.Segmenter().segment(clean)].map((g) => g.index + g.segment.length);
        expect(clean.startsWith(kept)).toBe(true);
        expect(kept === '' || boundaries.includes(kept.length)).toBe(true);
      }),
      { numRuns: 1000 },
    );
  });
});

// Pieces that join into clusters in every way UAX #29 knows: marks, ZWJ emoji, flags, keycaps,
// skin tones, tags, Hangul jamo, Indic conjuncts, prepended letters, spacing marks, lone
// surrogates, and the characters (€, U+200B, soft hyphen) that used to fall to string-width.
const HOSTILE = ['a', ' ', 'é', 'e\u0301', '\u0301', '東', '€', '\u200B', '\u200D', '\uFE0F', '©', '1', '\u20E3', '👨', '👩', '🏽', '🇯', '🇵',
  '\u1100', '\u1161', '\u11A8', '가', 'ｶ', 'ﾞ', '\u0E01', '\u0E33', '\u0600', '\u0915', '\u094D', '\u093F', '\t', '\u00AD', '\uD800', '\uDC00',
  '\u0085', '‼', '\u3099', 'か', '\uD83C', '\uDFF4', '\uDB40\uDC67'];
const hostile = fc.array(fc.constantFrom(...HOSTILE), { maxLength: 30 }).map((a) => a.join(''));

describe('the one width module agrees with string-width', () => {
  it('on any mix of characters that join into clusters', () => {
    fc.assert(fc.property(hostile, (s) => displayWidth(s) === stringWidth(s)), { numRuns: 20_000, seed: 10 });
  });

  it('truncates and wraps within the width on such text', () => {
    fc.assert(
      fc.property(hostile, fc.integer({ min: 0, max: 20 }), (s, w) => {
        expect(stringWidth(truncateToWidth(s, w))).toBeLessThanOrEqual(w);
        // A single cluster wider than the line cannot be split and gets a line of its own.
        const single = (l: string) => [...new Intl.Segmenter().segment(l)].length === 1;
        for (const line of wrapText(s, Math.max(2, w))) expect(stringWidth(line) <= Math.max(2, w) || single(line)).toBe(true);
      }),
      { numRuns: 3_000, seed: 10 },
    );
  });

  it('measures an 80,000-character line with a € and a zero-width space as fast as plain text', () => {
    // Intl.Segmenter, which string-width uses, took minutes on such a line in Node 20 (issue 10).
    const line = `€\u200B${'word '.repeat(16_000)}`;
    expect(displayWidth(line)).toBe(line.length - 1);
    expect(wrapText(line, 80).length).toBeGreaterThan(900);
  });
});

describe('characters known to be one column wide', () => {
  it('are exactly one column to string-width and to displayWidth, alone and between letters', () => {
    let known = 0;
    for (let cp = 0; cp <= 0xffff; cp++) {
      const ch = String.fromCharCode(cp);
      if (!NARROW_UNITS.test(ch)) continue;
      known++;
      expect([cp.toString(16), stringWidth(ch), displayWidth(ch)]).toEqual([cp.toString(16), 1, 1]);
      expect(displayWidth(`a${ch}b`)).toBe(stringWidth(`a${ch}b`));
    }
    expect(known).toBeGreaterThan(1000);
  });
});
