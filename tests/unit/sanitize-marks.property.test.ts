// The sanitizer's caps and tab stops against their specification (sanitize.ts documents the
// policy): at most MAX_COMBINING_MARKS combining marks in a row, no tag character outside a flag,
// tabs expanded to the next multiple of TAB_WIDTH columns, no bidi controls in a line, and
// sanitizing twice changes nothing; the shortcut that skips the mark-run regex skips it only
// where it would change nothing.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MAX_COMBINING_MARKS, TAB_WIDTH, sanitizeLine, sanitizeText } from '../../src/library/text/sanitize.js';
import { displayWidth } from '../../src/library/text/text-width.js';
import { capMarkRuns } from '../../src/library/text/mark-run.js';

const MARKS_OVER_CAP = new RegExp(`[\\p{Mn}\\p{Me}\\u200C\\u200D]{${MAX_COMBINING_MARKS + 1}}`, 'u');
const LOOSE_TAG = /(?<![\u{E0020}-\u{E007E}\u{1F3F4}])[\u{E0000}-\u{E007F}]|[\u{E0000}-\u{E001F}\u{E0080}-\u{E00FF}]/u;
const BIDI = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/;

/** Marks, joiners, tags and the characters just below and above U+0300. */
const unit = fc.constantFrom(
  'a', 'e', ' ', '\n', '\t', '\u02ff', '\u0300', '\u0301', '\u036f', '\u0488', '\u0591', '\u05b0', '\u064b', '\u200c',
  '\u200d', '\u20dd', '\ufe0f', '\u{1D167}', '\u{E0100}', '\u{E0041}', '\u{1F3F4}', '\u{E0067}', '\u{E007F}', '東',
  '“', '\u202e', '\u001b', '\uD800', '\uDC00', 'é',
);
const text = fc.oneof(
  fc.string({ unit, maxLength: 40 }),
  fc.string({ unit: fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)), maxLength: 40 }),
  fc.string({ unit: 'grapheme', maxLength: 30 }),
);

describe('sanitizer caps', () => {
  it('no more than MAX_COMBINING_MARKS marks in a row, no loose tag character, and a second pass changes nothing', () => {
    fc.assert(
      fc.property(text, (s) => {
        const out = sanitizeText(s);
        expect(out).not.toMatch(MARKS_OVER_CAP);
        expect(out).not.toMatch(LOOSE_TAG);
        expect(sanitizeText(out)).toBe(out);
      }),
      { numRuns: 20000 },
    );
  });

  it('a run of marks keeps its first MAX_COMBINING_MARKS; a flag keeps its tags', () => {
    const zalgo = `a${'\u0301'.repeat(9)}b${'\u{E0100}'.repeat(6)}`;
    expect(sanitizeText(zalgo)).toBe(`a${'\u0301'.repeat(MAX_COMBINING_MARKS)}b${'\u{E0100}'.repeat(MAX_COMBINING_MARKS)}`);
    const scotland = '\u{1F3F4}\u{E0067}\u{E0062}\u{E0073}\u{E0063}\u{E0074}\u{E007F}';
    expect(sanitizeText(`x${scotland}y\u{E0041}`)).toBe(`x${scotland}y`);
  });

  it('capping marks gives what the regex gives, with marks of every script and astral ones', () => {
    const isMark = /[\p{Mn}\p{Me}\u200C\u200D]/u;
    const bmpMarks = Array.from({ length: 0xd800 }, (_, c) => String.fromCharCode(c)).filter((c) => isMark.test(c));
    const others = ['a', ' ', '東', 'ж', 'ب', '\u0915', '\u{1D167}', '\u{E0100}', '\u{1F600}', '\uD800'];
    const definition = new RegExp(`([\\p{Mn}\\p{Me}\\u200C\\u200D]{${MAX_COMBINING_MARKS}})[\\p{Mn}\\p{Me}\\u200C\\u200D]+`, 'gu');
    fc.assert(
      fc.property(fc.string({ unit: fc.oneof(fc.constantFrom(...bmpMarks), fc.constantFrom(...others)), maxLength: 40 }), (s) => {
        expect(capMarkRuns(s)).toBe(s.replace(definition, '$1'));
      }),
      { numRuns: 20000 },
    );
  });

  it('tabs: every tab becomes the spaces to the next tab stop, by display width', () => {
    const piece = fc.string({ unit: fc.constantFrom('a', 'é', '東', ' ', '😀'), maxLength: 12 });
    fc.assert(
      fc.property(fc.array(piece, { minLength: 1, maxLength: 5 }), (pieces) => {
        const out = sanitizeText(pieces.join('\t'));
        expect(out).not.toContain('\t');
        let column = 0;
        let rest = out;
        for (const [k, p] of pieces.entries()) {
          expect(rest.startsWith(p)).toBe(true);
          rest = rest.slice(p.length);
          column += displayWidth(p);
          if (k === pieces.length - 1) break;
          const pad = TAB_WIDTH - (column % TAB_WIDTH);
          expect(rest.startsWith(' '.repeat(pad))).toBe(true);
          rest = rest.slice(pad);
          column += pad;
          expect(column % TAB_WIDTH).toBe(0);
        }
        expect(rest).toBe('');
      }),
      { numRuns: 3000 },
    );
  });

  it('a line: one line, single spaces, trimmed, no bidi control, and a second pass changes nothing', () => {
    fc.assert(
      fc.property(text, (s) => {
        const out = sanitizeLine(s);
        expect(out).not.toMatch(/[^\S ]|  /);
        expect(out).toBe(out.trim());
        expect(out).not.toMatch(BIDI);
        expect(out).not.toMatch(MARKS_OVER_CAP);
        expect(sanitizeLine(out)).toBe(out);
      }),
      { numRuns: 20000 },
    );
  });
});
