// The combining-marks fast path in sanitize.ts (skip MARK_RUN when no five code units in a row
// are at or above U+0300) must give exactly what always running the regex gives. The slow
// reference is the sanitizer as it was, kept here only.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MAX_COMBINING_MARKS, TAB_WIDTH, sanitizeLine, sanitizeText } from '../../src/library/text/sanitize.js';
import { stripControls } from '../../src/library/text/strip-controls.js';
import { displayWidth } from '../../src/library/text/text-width.js';

const MARK_RUN = new RegExp(`([\\p{Mn}\\p{Me}\\u200C\\u200D]{${MAX_COMBINING_MARKS}})[\\p{Mn}\\p{Me}\\u200C\\u200D]+`, 'gu');
const TAGS = /(\u{1F3F4}[\u{E0020}-\u{E007E}]+\u{E007F})|[\u{E0000}-\u{E007F}]/gu;
const BIDI = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/g;

function slowCap(s: string): string {
  const out = s.includes('\uDB40') ? s.replace(TAGS, (_m, flag: string | undefined) => flag ?? '') : s;
  return out.replace(MARK_RUN, '$1');
}
function slowExpandTabs(s: string): string {
  return s
    .split('\n')
    .map((line) => {
      let column = 0;
      return line
        .split('\t')
        .map((piece, k, all) => {
          column += displayWidth(piece);
          if (k === all.length - 1) return piece;
          const pad = TAB_WIDTH - (column % TAB_WIDTH);
          column += pad;
          return piece + ' '.repeat(pad);
        })
        .join('');
    })
    .join('\n');
}
const slowSanitizeText = (t: string): string => slowExpandTabs(slowCap(stripControls(t)));
const slowSanitizeLine = (t: string): string => slowCap(stripControls(t).replace(BIDI, '')).replace(/\s+/g, ' ').trim();

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

describe('sanitize fast paths', () => {
  it('sanitizeText equals always running the marks regex', () => {
    fc.assert(
      fc.property(text, (s) => {
        expect(sanitizeText(s)).toBe(slowSanitizeText(s));
      }),
      { numRuns: 20000 },
    );
  });

  it('sanitizeLine equals always running the marks regex', () => {
    fc.assert(
      fc.property(text, (s) => {
        expect(sanitizeLine(s)).toBe(slowSanitizeLine(s));
      }),
      { numRuns: 20000 },
    );
  });

  it('the generator reaches runs that get capped', () => {
    const zalgo = `a${'\u0301'.repeat(9)}b${'\u{E0100}'.repeat(6)}`;
    expect(sanitizeText(zalgo)).toBe(slowSanitizeText(zalgo));
    expect(sanitizeText(zalgo)).toBe(`a${'\u0301'.repeat(4)}b${'\u{E0100}'.repeat(4)}`);
  });
});
