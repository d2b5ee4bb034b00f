/**
 * Bylines: the person's name, cleaned of what pages glue around it, and chosen among sources.
 *
 * Sources in order (the first clean value wins): JSON-LD article `author` (people, not the
 * publisher), `<meta name="author">` and its kin (`article:author`, `dc.creator`, `byl`,
 * `parsely-author`), then what the page shows: `rel="author"`, `itemprop="author"` (its
 * `name`), and byline or author elements. A declared value that the page's text never shows
 * loses to a byline the page does show (`<meta name="author" content="FAIL">`).
 */
import { normalizeSpace } from '../../text/whitespace.js';

const MONTH = String.raw`(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)`;
// Where the name ends: a date, a time, a digit, a handle, a separator, a role after a comma.
const NAME_END = new RegExp(
  [
    String.raw`\s*\d`,
    String.raw`\s+${MONTH}\.?\s+\d`,
    String.raw`\s+(?:on|updated|published|posted|last updated)\b`,
    String.raw`\s*@\w`,
    String.raw`\s*[|·•—–]\s*`,
    String.raw`\s+-\s+`,
    String.raw`\s*\n`,
    String.raw`,\s+(?:the\s+)?(?:[Ss]enior|chief|staff|special|contributing|associate|deputy|executive|managing|political|science|health|tech(?:nology)?|business|sports?|foreign|local|national|transport)?\s*(?:reporter|writer|editor|correspondent|columnist|contributor|journalist|photographer|producer|critic|analyst)\b`,
  ].join('|'),
  'iu',
);
// "Tomas Berg, transport reporter": a lower-case word after a comma starts a description.
const LOWER_AFTER_COMMA = /,\s+(?:the\s+)?\p{Ll}/u;
const INNER_BY = /\s(?:by|von|por|par)\s+(?=\p{Lu})/u;
const PREFIX = /^(?:(?:(?:written|words|reporting|text|story|posted|published)\s+by|by|von|por|par|door|di|av|af|przez|от)\s+|(?:authors?|autor|auteur)\s*:\s*)/iu;
const JUNK = /^(?:fail|null|undefined|none|unknown|n\/?a|admin|administrator|webmaster|editors?|authors?|contributors?|writers?|users?|guest|test|anonymous|staff|team|by|home|about|more|close|menu|(?:mon|tues|wednes|thurs|fri|satur|sun)day|[^\p{L}\p{N}]+)$/iu;

/**
 * A name as a byline shows it: without "By", dates, times, handles, comment counts and job
 * titles; null when nothing name-like is left (a junk value, an address, a sentence).
 */
export function cleanByline(raw: string | null | undefined, siteName?: string | null): string | null {
  let text = normalizeSpace((raw ?? '').replace(/[\r\n]+/g, '\n')).replace(PREFIX, '');
  // "Thursday, June 11th, 2009 @ 10:57 UTC by Diego Casaes": the name follows "by".
  const by = INNER_BY.exec(text);
  if (by) text = text.slice(by.index + by[0].length);
  if (/^https?:|^www\./i.test(text) || /^[\w.+-]+@[\w-]+\.[\w.]+$/.test(text)) return null;
  const ends = [NAME_END.exec(text), LOWER_AFTER_COMMA.exec(text)].flatMap((m) => (m && m.index > 0 ? [m.index] : []));
  if (ends.length) text = text.slice(0, Math.min(...ends));
  text = text.replace(PREFIX, '').replace(/[\s,;:.(–—-]+$/u, '').trim();
  if (!text || !/\p{L}/u.test(text) || JUNK.test(text)) return null;
  if (text.length > 80 || text.split(/\s+/).length > 10) return null;
  if (siteName && fold(text) === fold(siteName)) return null;
  return text;
}

function fold(text: string): string {
  return text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

// Where pages show a byline, most specific first, each group read in page order:
// `[itemprop="author"], [rel="author"]`, then `[class*="byline"], [class*="author"],
// [class*="autor"], [class*="writer"], address` (found by page-elements.ts).
const CONTAINERS = new Set(['html', 'body', 'main', 'article', 'section', 'header']);

/**
 * The byline the page shows: microdata or rel=author, then byline and author elements (each
 * group the first 60 elements of its selector in SHOWN, as page-elements.ts finds them).
 */
export function shownBylineAmong(groups: readonly (readonly Element[])[], siteName: string | null): string | null {
  for (const group of groups) {
    for (const el of group) {
      if (CONTAINERS.has(el.tagName.toLowerCase()) || el.closest('[class*="comment"], footer, nav')) continue;
      const text = normalizeSpace(el.textContent ?? '');
      if (!text || text.length > 150) continue; // an author's biography, not a byline
      const name = cleanByline(el.querySelector('[itemprop="name"]')?.textContent ?? text, siteName);
      if (name) return name;
    }
  }
  return null;
}

/**
 * The byline among declared and shown sources (see the module comment). `pageText` gives the
 * page's visible text, to check a declared name against; it is read (and folded, a pass over
 * the whole page) only when a declared name and a shown one are both there.
 */
export function chooseByline(declared: (string | null)[], shown: string | null, pageText: () => string, siteName: string | null): string | null {
  let text: string | null = null;
  for (const value of declared) {
    const name = cleanByline(value, siteName);
    if (!name) continue;
    text ??= shown ? fold(pageText()) : '';
    if (shown && !text.includes(fold(name))) continue; // declared, never shown, and the page shows another
    return name;
  }
  return shown;
}
