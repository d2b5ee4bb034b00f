/**
 * Recognising the lines that carry an article's metadata rather than its text: the date
 * line (`Published 26 October 2023`, `Outlet | May 30, 2017`, a bare date) and the byline.
 * Shared by the page-text and plain-text parsers.
 */
import { parseDate } from './dates.js';

/** What a date line said. */
export interface DateLine {
  published: string;
  /** The outlet named beside the date (`teleSUR | May 30, 2017`), or null. */
  outlet: string | null;
  /** `updated` for `Updated ...` / `Last updated ...` lines, which never set `published` first. */
  kind: 'published' | 'updated' | 'bare';
}

const PREFIXED = /^(first published|published|posted|last updated|updated|modified|date)(?:\s+on)?\s*:?\s+(.+)$/i;
const PIPE = /\s+\|\s+|\s*\|\s*/;
const MAX_OUTLET_WORDS = 6;

/**
 * Reads a line that is only a date, possibly introduced by `Published`/`Updated`, or set
 * beside an outlet name with a `|`. Returns null for anything else (a sentence that merely
 * starts with a date stays text).
 */
export function readDateLine(text: string): DateLine | null {
  const prefixed = PREFIXED.exec(text);
  if (prefixed) {
    const kind = /updated|modified/i.test(prefixed[1] ?? '') ? 'updated' : 'published';
    const found = dateWithOutlet(prefixed[2] ?? '');
    return found ? { ...found, kind } : null;
  }
  const found = dateWithOutlet(text);
  if (!found) return null;
  return { ...found, kind: 'bare' };
}

function dateWithOutlet(text: string): { published: string; outlet: string | null } | null {
  const whole = parseDate(text);
  if (whole) return { published: whole, outlet: null };
  // Without a `|` there is one part: no outlet. Splitting a paragraph on PIPE (a regex tried
  // at every space) cost 4 % of parsing a page in the profile of bench/parse-throughput.mjs.
  if (!text.includes('|')) return null;
  const parts = text.split(PIPE).filter((p) => p !== '');
  if (parts.length !== 2) return null;
  const [left = '', right = ''] = parts;
  const rightDate = parseDate(right);
  const leftDate = parseDate(left);
  const published = rightDate ?? leftDate;
  const outlet = rightDate ? left : right;
  if (!published || (rightDate && leftDate)) return null;
  if (outlet.split(' ').length > MAX_OUTLET_WORDS || /[.!?]$/.test(outlet)) return null;
  return { published, outlet };
}

const BYLINE = /^(?:(?:written |reported |words )?by|author)\s*:?\s+(.+)$/i;
// Words allowed in lower case inside a name ("Ana de la Cruz", "Jane Doe and John Roe").
const NAME_CONNECTORS = new Set([
  'and', 'de', 'da', 'das', 'do', 'dos', 'del', 'della', 'der', 'den', 'van', 'von',
  'la', 'le', 'y', 'e', 'di', 'du', 'bin', 'ibn', 'al', 'el', '&', '/', '|', '-',
]);

/**
 * Reads a byline such as `By Jane Doe`, `By: teleSUR/ JF` or `Written by Ana de la Cruz`
 * and returns the name(s). A sentence starting with "By" (`By the end of the year, ...`)
 * is not a byline: every word must be a capitalised name word or a connector.
 */
export function readByline(text: string): string | null {
  const match = BYLINE.exec(text);
  if (!match) return null;
  const name = (match[1] ?? '').replace(/[.,;:]$/, '').trim();
  const words = name.split(' ');
  if (name === '' || name.length > 80 || words.length > 10) return null;
  const allNameWords = words.every(
    (w) => NAME_CONNECTORS.has(w.toLowerCase()) || /\p{Lu}/u.test(w) || /^[@/&,.-]/.test(w),
  );
  return allNameWords ? name : null;
}
