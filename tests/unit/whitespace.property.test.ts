// normalizeSpace and isJsSpace against their specification, on hostile text.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { INVISIBLE_CLASS, isInvisible } from '../../src/library/text/invisible.js';
import { isJsSpace, normalizedLength, normalizedPrefix, normalizeSpace, oneSpaceRuns } from '../../src/library/text/whitespace.js';

/** Characters near every edge of the whitespace and invisible-character checks. */
const tricky = fc.constantFrom(
  'a', 'Z', '.', 'é', '東', ' ', '  ', '\t', '\n', '\r', '\v', '\f', '\u0085', '\u00a0', '\u00ad', '\u1680',
  '\u180e', '\u2000', '\u200a', '\u200b', '\u200c', '\u200d', '\u2028', '\u2029', '\u202f', '\u205f', '\u2060',
  '\u2064', '\u206a', '\u3000', '\ufeff', '\ufff9', '\u001f', '\u0008', '\u000e', '\u009f',
);
const spaceText = fc.oneof(
  fc.string({ unit: tricky, maxLength: 40 }),
  fc.string({ unit: fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)), maxLength: 40 }),
  fc.string({ unit: 'grapheme', maxLength: 40 }),
);
const INVISIBLE = new RegExp(INVISIBLE_CLASS, 'g');
/** What is left of a text once all spacing and invisible characters are gone. */
const ink = (s: string) => s.replace(INVISIBLE, '').replace(/\s+/g, '');

describe('whitespace', () => {
  it('isJsSpace is exactly \\s, on every UTF-16 code unit', () => {
    const wrong: string[] = [];
    for (let c = 0; c <= 0xffff; c += 1) if (isJsSpace(c) !== /\s/.test(String.fromCharCode(c))) wrong.push(c.toString(16));
    expect(wrong).toEqual([]);
  });

  it('INVISIBLE_CLASS matches exactly the code units isInvisible accepts', () => {
    const one = new RegExp(`^${INVISIBLE_CLASS}$`);
    const wrong: string[] = [];
    for (let c = 0; c <= 0xffff; c += 1) if (isInvisible(c) !== one.test(String.fromCharCode(c))) wrong.push(c.toString(16));
    expect(wrong).toEqual([]);
    expect(isInvisible(0x200d)).toBe(false); // ZWJ stays: emoji sequences need it
  });

  it('normalizeSpace: no invisible characters, single plain spaces, trimmed, every other character kept in order', () => {
    fc.assert(
      fc.property(spaceText, (s) => {
        const out = normalizeSpace(s);
        expect(out).not.toMatch(INVISIBLE);
        expect(out).not.toMatch(/[^\S ]|  /); // the only spacing left is one U+0020 at a time
        expect(out).toBe(out.trim());
        expect(ink(out)).toBe(ink(s));
        // A space stays wherever the input had spacing between two visible characters.
        expect(out.split(' ').length).toBe(s.replace(INVISIBLE, '').trim().split(/\s+/).filter(Boolean).length || 1);
        expect(normalizeSpace(out)).toBe(out);
      }),
      { numRuns: 5000 },
    );
  });

  it('normalizeSpace is its definition (invisible characters dropped, whitespace runs one space, trimmed), on hostile text', () => {
    fc.assert(
      fc.property(spaceText, (s) => normalizeSpace(s) === s.replace(INVISIBLE, '').replace(/\s+/g, ' ').trim()),
      { numRuns: 20000 },
    );
    // Its short cuts, each beside a text that must not take it.
    expect(normalizeSpace('10\u00a0km, as\tsaid ')).toBe('10 km, as said');
    expect(normalizeSpace(' \u00a0lead\u3000and trail\u2009\t')).toBe('lead and trail');
    expect(normalizeSpace('a\u00a0 b')).toBe('a b');
    expect(normalizeSpace('a\ufeffb')).toBe('ab');
    expect(normalizeSpace('a \u200b b')).toBe('a b');
  });

  it('normalizeSpace returns already-normal text itself', () => {
    const line = 'Russian FM spokesperson Maria Zakharova. | Photo: X/ @Lantidiplomatic';
    expect(normalizeSpace(line)).toBe(line);
    expect(normalizeSpace('')).toBe('');
    expect(normalizeSpace(' ')).toBe('');
    expect(normalizeSpace('a\u00a0\u2009 b\u200b')).toBe('a b');
  });

  it('normalizedLength is the length of normalizeSpace, without building the string', () => {
    fc.assert(fc.property(spaceText, (s) => normalizedLength(s) === normalizeSpace(s).length), { numRuns: 3000 });
    expect(normalizedLength('  a \u200b\u00a0 b\t')).toBe(3);
  });

  it('normalizedPrefix is the start of normalizeSpace, reading no further than it needs', () => {
    fc.assert(
      fc.property(spaceText, fc.integer({ min: 0, max: 45 }), (s, n) => normalizedPrefix(s, n) === normalizeSpace(s).slice(0, n)),
      { numRuns: 5000 },
    );
    expect(normalizedPrefix(' \u200b Most\u00a0\t read  stories', 9)).toBe('Most read');
    expect(normalizedPrefix(' Most  read', 5)).toBe('Most ');
  });

  it('oneSpaceRuns makes every run of whitespace one space, as the regex does', () => {
    fc.assert(fc.property(spaceText, (s) => oneSpaceRuns(s) === s.replace(/\s+/g, ' ')), { numRuns: 5000 });
    expect(oneSpaceRuns('one two three.')).toBe('one two three.');
    expect([oneSpaceRuns('a  b'), oneSpaceRuns('a\tb'), oneSpaceRuns(' a\u00a0b '), oneSpaceRuns('a \n b')]).toEqual(['a b', 'a b', ' a b ', 'a b']);
  });
});
