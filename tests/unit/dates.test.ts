import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseDate } from '../../src/library/formats/dates.js';

describe('parseDate', () => {
  it.each([
    ['26 October 2023', '2023-10-26'],
    ['October 26, 2023', '2023-10-26'],
    ['May 30, 2017', '2017-05-30'],
    ['2023-10-26', '2023-10-26'],
    ['26/10/2023', '2023-10-26'],
    ['10/26/2023', '2023-10-26'],
    ['26.10.2023', '2023-10-26'],
    ['Oct. 26, 2023', '2023-10-26'],
    ['Sept. 5, 2023', '2023-09-05'],
    ['5th March 2024', '2024-03-05'],
    ['26-Oct-2023', '2023-10-26'],
    ['Thursday, 26 October 2023 14:05', '2023-10-26'],
    ['Wednesday 25th of October 2023 at 9am', '2023-10-25'],
    ['March 5th, 2024, 2:05 p.m. EST', '2024-03-05'],
    ['Thu, 26 Oct 2023 14:05:00 +0000', '2023-10-26'],
    ['Mon, 22 Jun 2009 13:46:04 GMT', '2009-06-22'],
    ['2009-06-22T13:46:04Z', '2009-06-22'],
    ['2023-10-26T23:30:00.000-05:00', '2023-10-26'],
    ['2023-10-26 14:05', '2023-10-26'],
    ['30 May 2017 (9 hours 21 minutes ago)', '2017-05-30'],
    ['\u00a026\u00a0October\u00a02023 ', '2023-10-26'],
    ['29 February 2024', '2024-02-29'],
  ])('reads %j as %s', (input, expected) => {
    expect(parseDate(input)).toBe(expected);
  });

  it.each([
    ['05/06/2023', 'day and month could be swapped'],
    ['October 2023', 'no day'],
    ['Oct 26', 'no year'],
    ['29 February 2023', 'not a leap year'],
    ['31 April 2024', 'April has 30 days'],
    ['2023-13-01', 'no month 13'],
    ['26 Octember 2023', 'no such month'],
    ['26 October 2023 was a busy day', 'a sentence, not a date'],
    ['Published', 'no date at all'],
    ['', 'empty'],
  ])('gives null for %j (%s)', (input) => {
    expect(parseDate(input)).toBeNull();
  });

  it('round-trips every real calendar day written as "D Month YYYY" and ISO', () => {
    const months = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August',
      'September', 'October', 'November', 'December'];
    fc.assert(
      fc.property(fc.date({ min: new Date('1950-01-01'), max: new Date('2150-12-31'), noInvalidDate: true }), (d) => {
        const iso = d.toISOString().slice(0, 10);
        const written = `${d.getUTCDate()} ${months[d.getUTCMonth()]} ${d.getUTCFullYear()}`;
        expect(parseDate(written)).toBe(iso);
        expect(parseDate(iso)).toBe(iso);
      }),
    );
  });

  it('returns either null or a valid ISO date for any string', () => {
    fc.assert(
      fc.property(fc.string(), (s) => {
        const result = parseDate(s);
        if (result !== null) {
          expect(result).toMatch(/^\d{4}-\d{2}-\d{2}$/);
          expect(new Date(`${result}T00:00:00Z`).toISOString().slice(0, 10)).toBe(result);
        }
      }),
    );
  });
});
