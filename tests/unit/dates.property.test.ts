// parseDate and readDateLine against their specification: a whole date written any of the ways
// sites write one (month by name or ISO; weekday, clock time, zone and age around it) reads as
// that calendar day; a date that does not exist, or text that is not a whole date, reads as null.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseDate } from '../../src/library/formats/dates.js';
import { readDateLine } from '../../src/library/formats/meta-lines.js';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const daysIn = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();
const two = (n: number) => String(n).padStart(2, '0');

/** A real calendar day. */
const day = fc
  .tuple(fc.integer({ min: 1900, max: 2200 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 31 }))
  .map(([y, m, d]) => ({ y, m, d: Math.min(d, daysIn(y, m)) }));
const monthName = (m: number, style: number) => {
  const name = MONTHS[m - 1]!;
  return style === 0 ? name : style === 1 ? name.slice(0, 3) : style === 2 ? `${name.slice(0, 3)}.` : name.toLowerCase();
};
/** The day as sites write it. */
const written = fc.tuple(day, fc.integer({ min: 0, max: 3 }), fc.integer({ min: 0, max: 3 })).map(([{ y, m, d }, form, style]) => ({
  iso: `${y}-${two(m)}-${two(d)}`,
  text: [`${d} ${monthName(m, style)} ${y}`, `${monthName(m, style)} ${d}, ${y}`, `${y}-${two(m)}-${two(d)}`, `${d} ${monthName(m, style)}, ${y}`][form]!,
}));
const opt = (...xs: string[]) => fc.constantFrom('', ...xs);
/** A written day with what may stand around it. */
const dateText = fc
  .tuple(opt('Thursday, ', 'Thu. ', 'Thu, '), written, opt(' 14:05', ' at 2:05 p.m.', ', 9.30 am', ' 14:05:00 +0000', ' 14:05 EST', 'T14:05:00Z'), opt(' (3 hours ago)'))
  .map(([weekday, w, time, age]) => ({ iso: w.iso, text: weekday + w.text + time + age }));

describe('dates', () => {
  it('a whole date, however written, reads as its day', () => {
    fc.assert(fc.property(dateText, ({ iso, text }) => {
      expect(parseDate(text)).toBe(iso);
    }), { numRuns: 20000 });
  });

  it('a day that does not exist, or a date with words after it, is never read', () => {
    const impossible = fc.tuple(fc.integer({ min: 1901, max: 2199 }), fc.integer({ min: 1, max: 12 })).map(([y, m]) => `${daysIn(y, m) + 1} ${MONTHS[m - 1]} ${y}`);
    fc.assert(fc.property(impossible, (text) => {
      expect(parseDate(text)).toBeNull();
    }), { numRuns: 2000 });
    fc.assert(fc.property(dateText, fc.constantFrom(' and more', ': the talks', ' was a Thursday'), ({ text }, tail) => {
      expect(parseDate(text + tail)).toBeNull();
    }), { numRuns: 2000 });
  });

  it('whatever the text, a date read is a real day written as YYYY-MM-DD', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ maxLength: 30 }), dateText.map((d) => d.text)), (text) => {
        const out = parseDate(text);
        if (out === null) return;
        const [y, m, d] = out.split('-').map(Number) as [number, number, number];
        expect(out).toMatch(/^\d{4}-\d{2}-\d{2}$/);
        expect(d).toBeLessThanOrEqual(daysIn(y, m));
      }),
      { numRuns: 20000 },
    );
  });

  it('a date line: the date, its kind from the words before it, and an outlet before a bar', () => {
    fc.assert(
      fc.property(dateText, fc.constantFrom('', 'Published ', 'Published on ', 'Updated ', 'Last updated '), opt('teleSUR | '), ({ iso, text }, prefix, outlet) => {
        const kind = prefix === '' ? 'bare' : /updated/i.test(prefix) ? 'updated' : 'published';
        expect(readDateLine(prefix + outlet + text)).toEqual({ published: iso, outlet: outlet ? 'teleSUR' : null, kind });
      }),
      { numRuns: 5000 },
    );
  });

  it('examples from real pages', () => {
    expect(parseDate('Thu, 26 Oct 2023 14:05:00 +0000')).toBe('2023-10-26');
    expect(parseDate('October 26, 2023 at 2:05 p.m. EST')).toBe('2023-10-26');
    expect(parseDate('26 October 2023 (3 hours ago)')).toBe('2023-10-26');
    expect(parseDate('26 October 20\u200b2\u00ad3')).toBe('2023-10-26');
    expect(readDateLine('teleSUR | May 30, 2017')).toEqual({ published: '2017-05-30', outlet: 'teleSUR', kind: 'bare' });
  });
});
