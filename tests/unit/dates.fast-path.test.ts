// The fast paths in dates.ts and meta-lines.ts (skipping regexes whose `$` anchor cannot match,
// and the outlet split when there is no `|`) must give exactly what the plain versions give.
// The slow references below are the code as it was before the fast paths, kept here only.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseDate } from '../../src/library/formats/dates.js';
import { readDateLine } from '../../src/library/formats/meta-lines.js';

const MONTHS: Record<string, number> = {
  jan: 1, january: 1, feb: 2, february: 2, mar: 3, march: 3, apr: 4, april: 4, may: 5, jun: 6, june: 6,
  jul: 7, july: 7, aug: 8, august: 8, sep: 9, sept: 9, september: 9, oct: 10, october: 10, nov: 11,
  november: 11, dec: 12, december: 12,
};
const WEEKDAY = /^(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day|sday|nesday|rsday|urday)?\.?,?\s+/i;
const PARENTHETICAL = /\s*\([^()]*\)$/;
const TIME_TAIL =
  /(?:\s*[,@–—-]|\s+at|T)?\s*(?:\d{1,2}[:.h]\d{2}(?::\d{2}(?:\.\d+)?)?(?:\s*[aApP]\.?[mM]\.?)?|\d{1,2}\s*[aApP]\.?[mM]\.?)(?:\s*(?:Z|[A-Z]{2,5}(?:[+-]\d{1,2}(?::?\d{2})?)?|[+-]\d{2}:?\d{2}))?$/;
const month = (name: string | undefined): number => MONTHS[(name ?? '').toLowerCase()] ?? 0;
function iso(year: number, m: number, day: number): string | null {
  if (year < 1900 || year > 2200 || m < 1 || m > 12 || day < 1) return null;
  if (day > new Date(Date.UTC(year, m, 0)).getUTCDate()) return null;
  return `${year}-${String(m).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}
function slowParseDate(input: string): string | null {
  let text = input.replace(/[\u200B\u2060\u00AD\uFEFF]/g, '').replace(/\s+/g, ' ').trim();
  text = text.replace(PARENTHETICAL, '').replace(WEEKDAY, '');
  text = text.replace(TIME_TAIL, '').replace(/[,.]$/, '').trim();
  let m = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})$/.exec(text);
  if (m) return iso(Number(m[1]), Number(m[2]), Number(m[3]));
  m = /^(\d{1,2})(?:st|nd|rd|th)?(?:\s+of)?[\s-]+([A-Za-z]+)\.?,?[\s-]+(\d{4})$/.exec(text);
  if (m) return iso(Number(m[3]), month(m[2]), Number(m[1]));
  m = /^([A-Za-z]+)\.?[\s-]+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})$/.exec(text);
  if (m) return iso(Number(m[3]), month(m[1]), Number(m[2]));
  m = /^(\d{1,2})([/.-])(\d{1,2})\2(\d{4})$/.exec(text);
  if (m) {
    const [a, b, year] = [Number(m[1]), Number(m[3]), Number(m[4])];
    if (m[2] === '.' || a > 12 || a === b) return iso(year, b, a);
    if (b > 12) return iso(year, a, b);
  }
  return null;
}
function slowDateWithOutlet(text: string): { published: string; outlet: string | null } | null {
  const whole = slowParseDate(text);
  if (whole) return { published: whole, outlet: null };
  const parts = text.split(/\s+\|\s+|\s*\|\s*/).filter((p) => p !== '');
  if (parts.length !== 2) return null;
  const [left = '', right = ''] = parts;
  const rightDate = slowParseDate(right);
  const leftDate = slowParseDate(left);
  const published = rightDate ?? leftDate;
  const outlet = rightDate ? left : right;
  if (!published || (rightDate && leftDate)) return null;
  if (outlet.split(' ').length > 6 || /[.!?]$/.test(outlet)) return null;
  return { published, outlet };
}
function slowReadDateLine(text: string): object | null {
  const prefixed =
    /^(first published|published|posted|last updated|updated|modified|date)(?:\s+on)?\s*:?\s+(.+)$/i.exec(text);
  if (prefixed) {
    const kind = /updated|modified/i.test(prefixed[1] ?? '') ? 'updated' : 'published';
    const found = slowDateWithOutlet(prefixed[2] ?? '');
    return found ? { ...found, kind } : null;
  }
  const found = slowDateWithOutlet(text);
  return found ? { ...found, kind: 'bare' } : null;
}

/** Date lines and near misses, built from the pieces the regexes look for. */
const piece = fc.constantFrom(
  '26', '3', '2023', '1999', '10', '/', '-', '.', ',', ' ', '  ', '\u00a0', 'October', 'Oct', 'oct.', 'Sept', 'of',
  'th', 'Thursday', 'Thu,', 'at', 'T', '@', '–', '—', '14:05', '2:05', '14h05', '14.05', ':00', '.000', 'p.m.', 'am',
  'PM', 'EST', 'Z', 'GMT+2', '+02:00', '-0500', '(3 hours ago)', '(', ')', '|', ' | ', 'teleSUR', 'Published', 'Updated',
  'Published on', 'Posted:', 'Last updated', 'Date:', 'm', 'M', 'x', 'é', 'The talks ended.', 'ago.', '\u200b',
  '20\u00ad23', '2\u200b0\u2060\ufeff23', '202', '2 023',
);
/** Whole dates with a weekday, time, am/pm, zone and age in every combination. */
const opt = (...xs: string[]) => fc.constantFrom('', ...xs);
const structured = fc
  .tuple(
    opt('Thursday, ', 'Thu. ', 'Published ', 'teleSUR | '),
    fc.constantFrom('26 October 2023', 'Oct. 26, 2023', '2023-10-26', '26.10.2023', '10/26/2023', '5/6/2023', '31 Feb 2023'),
    opt(' ', ',', ', ', ' at ', 'T', ' - ', ' @ ', '–'),
    opt('14:05', '2:05', '9.30', '14h05', '14:05:00.123', '2'),
    opt('am', ' am', 'p.m.', ' P.M', 'pm.', 'M'),
    opt(' EST', 'Z', ' GMT+2', '+0200', ' +02:00', ' ESTX', 'e'),
    opt(' (3 hours ago)', ' (a (b) c)', '.', ',', ' | teleSUR'),
  )
  .map((parts) => parts.join(''));
const dateish = fc.oneof(
  structured,
  fc.array(piece, { maxLength: 12 }).map((p) => p.join('')),
  fc.array(piece, { maxLength: 8 }).map((p) => p.join(' ')),
  fc.string({ maxLength: 30 }),
);

describe('date fast paths', () => {
  it('parseDate equals the plain version', () => {
    fc.assert(
      fc.property(dateish, (s) => {
        expect(parseDate(s)).toBe(slowParseDate(s));
      }),
      { numRuns: 20000 },
    );
  });

  it('readDateLine equals the plain version', () => {
    fc.assert(
      fc.property(dateish, (s) => {
        expect(readDateLine(s)).toEqual(slowReadDateLine(s));
      }),
      { numRuns: 20000 },
    );
  });

  it('the generator reaches real dates, times and outlets', () => {
    expect(parseDate('Thu, 26 Oct 2023 14:05:00 +0000')).toBe('2023-10-26');
    expect(parseDate('October 26, 2023 at 2:05 p.m. EST')).toBe('2023-10-26');
    expect(parseDate('26 October 2023 (3 hours ago)')).toBe('2023-10-26');
    expect(parseDate('26 October 20\u200b2\u00ad3')).toBe('2023-10-26');
    expect(readDateLine('teleSUR | May 30, 2017')).toEqual({ published: '2017-05-30', outlet: 'teleSUR', kind: 'bare' });
  });
});
