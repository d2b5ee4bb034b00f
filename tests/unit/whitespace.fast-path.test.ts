// The fast paths in whitespace.ts must give exactly what the plain regex versions give.
// The slow references live here, not in src: they are the definition being kept.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isJsSpace, normalizeSpace } from '../../src/library/text/whitespace.js';

const slowNormalizeSpace = (text: string): string =>
  text.replace(/[\u200B\u2060\u00AD\uFEFF]/g, '').replace(/\s+/g, ' ').trim();

/** Characters near every edge of the fast path's checks. */
const tricky = fc.constantFrom(
  'a', 'Z', '.', 'é', '東', ' ', ' ', ' ', '\t', '\n', '\r', '\v', '\f', '\u0085', '\u00a0', '\u00ad', '\u1680',
  '\u180e', '\u2000', '\u200a', '\u200b', '\u200c', '\u200d', '\u2028', '\u2029', '\u202f', '\u205f', '\u2060',
  '\u3000', '\ufeff', '\u001f', '\u0008', '\u000e', '\u009f',
);
export const spaceText = fc.oneof(
  fc.string({ unit: tricky, maxLength: 40 }),
  fc.string({ unit: fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)), maxLength: 40 }),
  fc.string({ unit: 'grapheme', maxLength: 40 }),
  fc.string({ maxLength: 60 }),
);

describe('whitespace fast paths', () => {
  it('isJsSpace matches \\s on every UTF-16 code unit', () => {
    const wrong: string[] = [];
    for (let c = 0; c <= 0xffff; c += 1) {
      if (isJsSpace(c) !== /\s/.test(String.fromCharCode(c))) wrong.push(c.toString(16));
    }
    expect(wrong).toEqual([]);
  });

  it('normalizeSpace equals the three-regex version', () => {
    fc.assert(
      fc.property(spaceText, (s) => {
        expect(normalizeSpace(s)).toBe(slowNormalizeSpace(s));
      }),
      { numRuns: 5000 },
    );
  });

  it('normalizeSpace returns already-normal text itself', () => {
    const line = 'Russian FM spokesperson Maria Zakharova. | Photo: X/ @Lantidiplomatic';
    expect(normalizeSpace(line)).toBe(line);
    expect(normalizeSpace('')).toBe('');
    expect(normalizeSpace(' ')).toBe('');
    expect(normalizeSpace('a ')).toBe('a');
    expect(normalizeSpace('a  b')).toBe('a b');
  });
});
