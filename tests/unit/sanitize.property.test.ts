import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sanitizeLine, sanitizeText } from '../../src/library/text/sanitize.js';

/** The definition of "safe": no C0 control but \n, no DEL, no C1 control. */
const UNSAFE_CONTROL = /[\u0000-\u0009\u000B-\u001F\u007F-\u009F]/;
const BIDI_CONTROL = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** Pieces of escape sequences, terminated or not, in 7-bit and 8-bit forms. */
const escapeFragment = fc.constantFrom(
  '\u001B', '\u001B[', '\u001B[31m', '\u001B[?1049h', '\u001B[1;2', '\u001B]', '\u001B]0;title', '\u001B]0;title\u0007',
  '\u001B]8;;http://x\u001B\\', '\u001B]52;c;AAAA', '\u001BP', '\u001BP1$r', '\u001B_G', '\u001B^', '\u001BX',
  '\u001B\\', '\u001B(', '\u001B(B', '\u001Bc', '\u0007', '\u009B', '\u009B2J', '\u009D', '\u009D0;t\u009C', '\u0090',
  '\u009C', '\r', '\r\n', '\t', '\u0000', '\u007F', '\u0085', '\u2028', '\u202E', '\u2066', '\uFEFF', '\u0301\u0301\u0301', '\u{E0041}', '\u200B',
);
const printable = fc.string({ unit: fc.constantFrom('a', 'Z', '0', ';', '[', ']', ' ', 'é', '東', '\\', '\n'), maxLength: 8 });
const hostile = fc.array(fc.oneof(escapeFragment, printable), { maxLength: 30 }).map((parts) => parts.join(''));

const anyText = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 200 }),
  fc.string({ unit: 'grapheme', maxLength: 100 }),
  fc.string({ unit: fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)), maxLength: 100 }),
  hostile,
);

/**
 * A marker that no escape sequence can absorb: the brackets are outside ASCII, so no CSI,
 * nF sequence or two-character ESC sequence can take them as parameters or final byte.
 */
const marker = fc
  .string({ unit: fc.constantFrom('a', 'b', 'Q', '7', ' ', '.', 'é', '東'), minLength: 1, maxLength: 10 })
  .map((s) => `⟦${s.trim() || 'm'}⟧`);

describe('sanitizeText properties', () => {
  it('output has no control character but \\n and no lone surrogate', () => {
    fc.assert(
      fc.property(anyText, (s) => {
        const out = sanitizeText(s);
        expect(out).not.toMatch(UNSAFE_CONTROL);
        expect(out).not.toMatch(LONE_SURROGATE);
      }),
      { numRuns: 3000 },
    );
  });

  it('text after an escape fragment is never lost', () => {
    fc.assert(
      fc.property(hostile, escapeFragment, marker, (prefix, fragment, m) => {
        expect(sanitizeText(prefix + fragment + m)).toContain(m);
      }),
      { numRuns: 3000 },
    );
  });

  it('text after an escape fragment survives even with more hostile text after it', () => {
    // Only a terminated control string may remove text, and only text it encloses; a marker
    // followed by a newline cannot be enclosed (control strings end at any control character).
    fc.assert(
      fc.property(hostile, escapeFragment, marker, hostile, (prefix, fragment, m, suffix) => {
        expect(sanitizeText(`${prefix}${fragment}${m}\n${suffix}`)).toContain(m);
      }),
      { numRuns: 3000 },
    );
  });

  it('is idempotent', () => {
    fc.assert(
      fc.property(anyText, (s) => {
        const once = sanitizeText(s);
        expect(sanitizeText(once)).toBe(once);
      }),
      { numRuns: 2000 },
    );
  });
});

describe('line endings', () => {
  it('a text with a few CRLFs (cut in the scan) reads as with many (replaced by a regex first)', () => {
    // Over 256 CRLFs take the regex; the marker keeps the tail's line breaks apart from the text's.
    fc.assert(
      fc.property(hostile, marker, (s, m) => {
        expect(sanitizeText(`${s}${m}${'\r\n'.repeat(300)}`)).toBe(`${sanitizeText(s)}${m}${'\n'.repeat(300)}`);
      }),
      { numRuns: 3000 },
    );
    expect(sanitizeText('a\r\r\nb\r\r\r\nc\rd')).toBe('a\nb\n\nc\nd');
  });
});

describe('sanitizeLine properties', () => {
  it('output has no control character at all, no bidi control, and no outer whitespace', () => {
    fc.assert(
      fc.property(anyText, (s) => {
        const out = sanitizeLine(s);
        expect(out).not.toMatch(UNSAFE_CONTROL);
        expect(out).not.toContain('\n');
        expect(out).not.toMatch(BIDI_CONTROL);
        expect(out).toBe(out.trim());
        expect(out).not.toMatch(/\s\s/);
      }),
      { numRuns: 3000 },
    );
  });

  it('text after an escape fragment is never lost', () => {
    fc.assert(
      fc.property(hostile, escapeFragment, marker, (prefix, fragment, m) => {
        expect(sanitizeLine(prefix + fragment + m)).toContain(m.replace(/\s+/g, ' '));
      }),
      { numRuns: 2000 },
    );
  });

  it('is idempotent', () => {
    fc.assert(
      fc.property(anyText, (s) => {
        const once = sanitizeLine(s);
        expect(sanitizeLine(once)).toBe(once);
      }),
      { numRuns: 2000 },
    );
  });
});
