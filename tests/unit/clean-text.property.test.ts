import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isCleanLine, isCleanText } from '../../src/library/text/clean-text.js';
import { sanitizeLine, sanitizeLineFully, sanitizeText, sanitizeTextFully } from '../../src/library/text/sanitize.js';

// Characters near every edge of the shortcut: spaces of each kind, controls, C1, the soft hyphen,
// marks (one and a run), bidi and invisible characters, tags, lone surrogates, dashes and quotes.
const EDGES = [
  'a', 'Z', '~', ' ', '  ', '\n', '\t', '\r', '\x1b[1m', '\x7f', '\x85', '\x9b', '\u00a0', '\u00a1', '\u00ad', 'é', 'e\u0301',
  'a\u0301\u0302\u0303\u0304\u0305\u0306', 'ǿ', '\u02ff', '\u0300', 'ɏ', 'Ỳ', '\u1dff', '\u200b', '\u200c', '\u200d', '\u200e',
  '\u200f', '\u2010', '—', '’', '“', '•', '…', '\u2028', '\u2029', '\u202a', '\u202e', '\u202f', '‰', '⁞', '\u205f', '\u2060',
  '\u2066', '\u206f', '€', '\u20bf', '\u20c0', '\ufeff', '\ud800', '\udc00', '😀', '\u{e0041}', '\u{1f3f4}\u{e0067}\u{e007f}',
];
const text = fc.array(fc.constantFrom(...EDGES), { maxLength: 30 }).map((parts) => parts.join(''));

describe('the sanitizer shortcut for clean text', () => {
  it('is taken only where the full sanitizer would change nothing', () => {
    fc.assert(fc.property(text, (t) => !isCleanText(t) || sanitizeTextFully(t) === t), { numRuns: 5000 });
    fc.assert(fc.property(text, (t) => !isCleanLine(t) || sanitizeLineFully(t) === t), { numRuns: 5000 });
    fc.assert(fc.property(fc.string({ unit: 'binary' }), (t) => !isCleanText(t) || sanitizeTextFully(t) === t));
    fc.assert(fc.property(fc.string({ unit: 'binary' }), (t) => !isCleanLine(t) || sanitizeLineFully(t) === t));
  });

  it('gives what the full sanitizer gives, on any text', () => {
    fc.assert(fc.property(text, (t) => sanitizeText(t) === sanitizeTextFully(t) && sanitizeLine(t) === sanitizeLineFully(t)), { numRuns: 5000 });
  });

  it('is taken for a line of news with accents, curly quotes and dashes', () => {
    const line = '“We will not accept it,” said José Müller — in São Paulo… €5';
    expect(isCleanLine(line)).toBe(true);
    expect(isCleanText(`${line}\n\n${line}`)).toBe(true);
    expect(isCleanLine(` ${line}`)).toBe(false);
    expect(isCleanText(`${line}\t`)).toBe(false);
  });
});
