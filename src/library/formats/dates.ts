/**
 * Reading a publication date written by a person or a site into ISO `YYYY-MM-DD`.
 * The rule is never to invent a date: anything not clearly a whole date gives null.
 */
import { INVISIBLE_CLASS } from '../text/invisible.js';
import { normalizeSpace } from '../text/whitespace.js';

const MONTHS: Record<string, number> = {
  jan: 1, january: 1, feb: 2, february: 2, mar: 3, march: 3, apr: 4, april: 4,
  may: 5, jun: 6, june: 6, jul: 7, july: 7, aug: 8, august: 8,
  sep: 9, sept: 9, september: 9, oct: 10, october: 10, nov: 11, november: 11,
  dec: 12, december: 12,
};

const WEEKDAY = /^(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day|sday|nesday|rsday|urday)?\.?,?\s+/i;
// Ages shown next to dates, e.g. teleSUR's "Published 30 May 2017 (9 hours 21 minutes ago)".
const PARENTHETICAL = /\s*\([^()]*\)$/;
// A clock time after the date: "14:05", "2:05 p.m. EST", "at 14:05", "T14:05:00.000+02:00".
const TIME_TAIL =
  /(?:\s*[,@–—-]|\s+at|T)?\s*(?:\d{1,2}[:.h]\d{2}(?::\d{2}(?:\.\d+)?)?(?:\s*[aApP]\.?[mM]\.?)?|\d{1,2}\s*[aApP]\.?[mM]\.?)(?:\s*(?:Z|[A-Z]{2,5}(?:[+-]\d{1,2}(?::?\d{2})?)?|[+-]\d{2}:?\d{2}))?$/;

/**
 * False when TIME_TAIL cannot match: a match ends in a digit (minutes, seconds, an offset),
 * an upper-case zone (`Z`, `EST`) or the `m`/`M` of am/pm with an optional dot after it.
 */
function mayEndInTime(text: string): boolean {
  let c = text.charCodeAt(text.length - 1);
  if (c === 0x2e /* . */) {
    c = text.charCodeAt(text.length - 2);
    return c === 0x6d /* m */ || c === 0x4d; /* M */
  }
  return (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || c === 0x6d;
}

// Four digits, with only characters that normalizeSpace removes between them.
const FOUR_DIGITS = new RegExp(`\\d${INVISIBLE_CLASS}*\\d${INVISIBLE_CLASS}*\\d${INVISIBLE_CLASS}*\\d`);
const ISO = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})$/;
const DAY_MONTH_YEAR = /^(\d{1,2})(?:st|nd|rd|th)?(?:\s+of)?[\s-]+([A-Za-z]+)\.?,?[\s-]+(\d{4})$/;
const MONTH_DAY_YEAR = /^([A-Za-z]+)\.?[\s-]+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})$/;
const NUMERIC = /^(\d{1,2})([/.-])(\d{1,2})\2(\d{4})$/;

/**
 * Parses a date such as `26 October 2023`, `October 26, 2023`, `Oct. 26, 2023`, `2023-10-26`,
 * `Thursday, 26 October 2023 14:05`, `Thu, 26 Oct 2023 14:05:00 +0000` or `26.10.2023` into
 * `YYYY-MM-DD`, as written (no time-zone shift). The whole text must be the date (a weekday,
 * a clock time and a parenthetical age may surround it); otherwise null.
 *
 * Numeric `a/b/yyyy` is read day-first or month-first only when one reading is impossible
 * (`26/10/2023`, `10/26/2023`) or both agree; `05/06/2023` is ambiguous and gives null.
 */
export function parseDate(input: string): string | null {
  // Every form below ends in a four-digit year, and what is matched is part of the input with
  // invisible characters removed. Checked before normalizing, which scans the whole paragraph
  // (the readers try every one as a date, several times).
  if (!FOUR_DIGITS.test(input)) return null;
  let text = normalizeSpace(input);
  // The readers try every line and paragraph as a date, and a `$`-anchored regex is tried at
  // every position of the text: PARENTHETICAL and TIME_TAIL were 12 % of parsing a page in
  // the profile of bench/parse-throughput.mjs. Run each only when the text's end can match.
  if (text.endsWith(')')) text = text.replace(PARENTHETICAL, '');
  text = text.replace(WEEKDAY, '');
  if (mayEndInTime(text)) text = text.replace(TIME_TAIL, '');
  text = text.replace(/[,.]$/, '').trim();

  let match = ISO.exec(text);
  if (match) return iso(Number(match[1]), Number(match[2]), Number(match[3]));

  match = DAY_MONTH_YEAR.exec(text);
  if (match) return iso(Number(match[3]), monthNumber(match[2]), Number(match[1]));

  match = MONTH_DAY_YEAR.exec(text);
  if (match) return iso(Number(match[3]), monthNumber(match[1]), Number(match[2]));

  match = NUMERIC.exec(text);
  if (match) {
    const a = Number(match[1]);
    const b = Number(match[3]);
    const year = Number(match[4]);
    if (match[2] === '.' || a > 12 || a === b) return iso(year, b, a);
    if (b > 12) return iso(year, a, b);
  }
  return null;
}

function monthNumber(name: string | undefined): number {
  return MONTHS[(name ?? '').toLowerCase()] ?? 0;
}

function iso(year: number, month: number, day: number): string | null {
  if (year < 1900 || year > 2200 || month < 1 || month > 12 || day < 1) return null;
  // Day 0 of the next month is the last day of this one; Date.UTC handles leap years.
  const lastDay = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day > lastDay) return null;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}
