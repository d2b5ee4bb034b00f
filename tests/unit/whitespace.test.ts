import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalizeNewlines, normalizeSpace } from '../../src/library/text/whitespace.js';

describe('normalizeSpace', () => {
  it('turns NBSP, thin, narrow and ideographic spaces into one plain space and trims', () => {
    expect(normalizeSpace('\u00a0spokesperson\u00a0 Maria\u2009\u202fZakharova\u3000.\t ')).toBe(
      'spokesperson Maria Zakharova .',
    );
  });

  it('drops zero-width spaces, soft hyphens and stray BOMs but keeps emoji joiners', () => {
    expect(normalizeSpace('in\u200Bvisible soft\u00ADhyphen \uFEFFbom')).toBe('invisible softhyphen bom');
    expect(normalizeSpace('👩\u200D💻')).toBe('👩\u200D💻');
  });

  it('never leaves leading, trailing or doubled whitespace', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('a', ' ', '\u00a0', '\t', '\u2009', '\u3000', 'é') }), (s) => {
        const out = normalizeSpace(s);
        expect(out).toBe(out.trim());
        expect(out).not.toMatch(/\s{2}|[\u00a0\t\u2009\u3000]/);
      }),
    );
  });
});

describe('normalizeNewlines', () => {
  it('strips a leading BOM and turns CRLF and CR into LF', () => {
    expect(normalizeNewlines('\uFEFFa\r\nb\rc\nd')).toBe('a\nb\nc\nd');
  });
});
