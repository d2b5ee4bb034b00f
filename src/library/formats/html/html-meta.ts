/**
 * What a saved page says about its article outside the body: Open Graph and `article:*`
 * meta tags, JSON-LD (`NewsArticle`, `BlogPosting`…), microdata, `<time datetime>`, the
 * breadcrumb, the byline line and the `<title>`. Each field is null when the page does not say.
 *
 * The date, one source order (first found wins), structured sources before written ones:
 * 1. JSON-LD article `datePublished`;
 * 2. meta tags: `article:published_time`, `og:published_time`, `date`, `dc.date`,
 *    `dcterms.created`, `pubdate`, `publishdate`, `sailthru.date`, `parsely-pub-date`;
 * 3. `<time itemprop="datePublished">` or `<time pubdate>`, then the first `<time datetime>`;
 * 4. a date written in a byline, date or "posted" element ("Thursday, June 11th, 2009");
 * 5. a date in the page's address (`/2023/06/04/`).
 * Modification dates (`dateModified`, `article:modified_time`) are never used.
 */
import { parseDate } from '../dates.js';
import { normalizeSpace } from '../../text/whitespace.js';
import { chooseByline, shownByline } from './byline.js';
import { chooseHeadline, type HeadlineChoice, type TitleSources } from './html-headline.js';
import { jsonLdArticle, ldAuthor, ldText, type Json } from './json-ld.js';

/** Article facts read from a page's metadata and furniture. */
export interface PageMeta {
  headline: string | null;
  byline: string | null;
  published: string | null;
  section: string | null;
  outlet: string | null;
  url: string | null;
  description: string | null;
  /** The page calls itself an article (`og:type`, a JSON-LD article, a publication date). */
  declaresArticle: boolean;
  /** The page's address is a site's root (`https://example.org/`): a home page. */
  siteRoot: boolean;
  /** A heading on the page is the title the page declares (see `html-headline.ts`, rule 1). */
  headlineConfirmed: boolean;
}

/**
 * What the metadata is read from, however the page was read (a DOM, or the streaming extractor's
 * one pass): the meta tags (first value of each key), the JSON-LD article, the `<title>` and the
 * canonical link, and what the page shows, each asked for only when the order above needs it.
 */
export interface PageFacts {
  meta: Map<string, string>;
  ld: Json | null;
  title: string | null;
  canonical: string | null;
  headline: (sources: TitleSources) => HeadlineChoice;
  shownByline: (siteName: string | null) => string | null;
  pageText: () => string;
  /** A date the page shows: `<time>` elements (step 3), then a written date line (step 4). */
  shownDate: () => string | null;
  breadcrumb: () => string | null;
}

/** Reads the page's metadata; call before Readability, which rewrites the document. */
export function readPageMeta(doc: Document): PageMeta {
  return pageMeta({
    meta: metaTags(doc),
    ld: jsonLdArticle(doc),
    title: doc.querySelector('title')?.textContent ?? null,
    canonical: doc.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? null,
    headline: (sources) => chooseHeadline(doc, sources),
    shownByline: (siteName) => shownByline(doc, siteName),
    pageText: () => doc.body?.textContent ?? '',
    shownDate: () => timeDate(doc) ?? dateLine(doc),
    breadcrumb: () => breadcrumb(doc),
  });
}

/** The page's metadata from its facts, by the orders above. */
export function pageMeta(f: PageFacts): PageMeta {
  const { meta, ld } = f;
  const pick = (...keys: string[]): string | null => {
    for (const key of keys) if (meta.get(key)) return meta.get(key)!;
    return null;
  };
  const siteName = pick('og:site_name', 'application-name') ?? ldText(obj(ld?.publisher)?.name);
  const title = normalizeSpace(f.title ?? '') || null;
  const url = pick('og:url') ?? f.canonical ?? ldText(ld?.url);
  const published = date(ldText(ld?.datePublished)) ?? META_DATES.reduce<string | null>((found, key) => found ?? date(meta.get(key)), null) ??
    f.shownDate() ?? dateInUrl(url);
  const declared = [ldAuthor(ld), pick('author', 'article:author', 'dc.creator', 'dcterms.creator', 'byl', 'parsely-author', 'sailthru.author')];
  const choice = f.headline({
    title,
    ogTitle: pick('og:title', 'twitter:title'),
    ldHeadline: ldText(ld?.headline),
    ldName: ldText(ld?.name),
    siteName,
  });
  return {
    headline: choice.headline,
    headlineConfirmed: choice.confirmed,
    siteRoot: /^https?:\/\/[^/?#]+\/?(?:index\.\w+)?$/i.test(url ?? ''),
    byline: chooseByline(declared, f.shownByline(siteName), f.pageText, siteName),
    published,
    section: pick('article:section') ?? first(ld?.articleSection) ?? f.breadcrumb(),
    outlet: siteName ?? siteOfTitle(title),
    url,
    description: pick('og:description', 'description'),
    declaresArticle: ld !== null || /article/i.test(pick('og:type') ?? '') || pick('article:published_time') !== null,
  };
}

const META_DATES = ['article:published_time', 'og:published_time', 'date', 'dc.date', 'dc.date.issued', 'dcterms.created',
  'pubdate', 'publishdate', 'sailthru.date', 'parsely-pub-date'];
/** The elements a date is read from, in order (their `datetime` or `content`). */
export const TIME_SELECTORS = ['time[itemprop="datePublished"]', '[itemprop="datePublished"]', 'time[pubdate]', 'time[datetime]'];

function timeDate(doc: Document): string | null {
  // Each selector is a walk over the whole page: stop at the first that gives a date.
  for (const sel of TIME_SELECTORS) {
    const el = doc.querySelector(sel);
    const found = date(el?.getAttribute('datetime') ?? el?.getAttribute('content') ?? el?.textContent);
    if (found) return found;
  }
  return null;
}

function metaTags(doc: Document): Map<string, string> {
  const map = new Map<string, string>();
  for (const el of Array.from(doc.querySelectorAll('meta[content]'))) {
    const key = (el.getAttribute('property') ?? el.getAttribute('name') ?? el.getAttribute('itemprop') ?? '').toLowerCase();
    const value = normalizeSpace(el.getAttribute('content') ?? '');
    if (key && value && !map.has(key)) map.set(key, value);
  }
  return map;
}

function obj(value: unknown): Json | null {
  return value && typeof value === 'object' && !Array.isArray(value) ? (value as Json) : null;
}
function first(value: unknown): string | null {
  return Array.isArray(value) ? ldText(value[0]) : ldText(value);
}
export function date(value: string | null | undefined): string | null {
  return value ? parseDate(value) : null;
}

/** A date written out in a byline or date element ("Thursday, June 11th, 2009 @ 10:57 UTC"). */
function dateLine(doc: Document): string | null {
  const candidates = doc.querySelectorAll(DATE_LINE_SELECTOR);
  return dateInLines(Array.from(candidates).slice(0, 60), (el) => el.textContent ?? '');
}

/** Elements that may show the date in words. */
const DATE_LINE_SELECTOR = '[class*="date"], [class*="byline"] *, [class*="byline"], [class*="posted"], [class*="time"], [class*="dateline"]';
/** A class naming such an element (DATE_LINE_SELECTOR without the byline's children). */
export const DATE_LINE_CLASS = /date|byline|posted|time/;

/** The first publication date written in these elements' texts (not an "Updated" line); each text read only when needed. */
export function dateInLines<T>(elements: readonly T[], textOf: (el: T) => string): string | null {
  for (const el of elements) {
    const text = normalizeSpace(textOf(el));
    if (/^(?:last\s+)?(?:updated|modified)\b/i.test(text)) continue; // not the publication date
    const found = parseDate(text.replace(/^(?:published|posted|first published|date)(?:\s+on)?\s*:?\s*/i, ''));
    if (found) return found;
  }
  return null;
}

/** `/2023/06/04/` in the page's address. */
function dateInUrl(url: string | null): string | null {
  const m = /\/((?:19|20)\d\d)\/(0[1-9]|1[0-2])\/(0[1-9]|[12]\d|3[01])\//.exec(url ?? '');
  return m ? `${m[1]}-${m[2]}-${m[3]}` : null;
}

function breadcrumb(doc: Document): string | null {
  const trail = doc.querySelector('[itemtype*="BreadcrumbList"], [class*="breadcrumb"], nav[aria-label*="readcrumb"]');
  const items = Array.from(trail?.querySelectorAll('a') ?? [])
    .map((a) => normalizeSpace(a.textContent ?? ''))
    .filter((t) => t && !/^home$/i.test(t));
  return items.at(-1) ?? null;
}

/** The site's name in a title: a trailing `[Site]`, or the shorter of two parts. */
function siteOfTitle(title: string | null): string | null {
  const bracketed = /\[([^\]]{2,60})\]\s*$/.exec(title ?? '');
  if (bracketed) return normalizeSpace(bracketed[1]!);
  const parts = (title ?? '').split(/\s+(?:[|·»«–—:]{1,2}|-{1,2})\s+/).map(normalizeSpace).filter(Boolean);
  if (parts.length !== 2) return null;
  const [a, b] = parts as [string, string];
  return a.length < b.length ? a : b;
}
