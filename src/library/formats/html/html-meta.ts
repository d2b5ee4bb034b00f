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
import { chooseByline, shownBylineAmong } from './byline.js';
import { headingText } from './heading-text.js';
import { chooseHeadlineAmong, headingFacts, type HeadlineChoice, type TitleSources } from './html-headline.js';
import { jsonLdArticleIn, ldAuthor, ldText, type Json } from './json-ld.js';
import { pageElements } from './page-elements.js';

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
  const els = pageElements(doc);
  return pageMeta({
    meta: metaTags(els.metas),
    ld: jsonLdArticleIn(textsOf(els.ldScripts)),
    title: els.title?.textContent ?? null,
    canonical: els.canonical?.getAttribute('href') ?? null,
    headline: (sources) => chooseHeadlineAmong(els.headings.map(headingFacts), () => els.h1s.map(headingText), sources),
    shownByline: (siteName) => shownBylineAmong(els.bylines, siteName),
    pageText: () => doc.body?.textContent ?? '',
    shownDate: () => timeDate(els.times) ?? dateInLines(els.dateLines, (el) => el.textContent ?? ''),
    breadcrumb: () => breadcrumb(els.breadcrumb),
  });
}

/** The elements' texts, each read when asked for. */
function* textsOf(elements: readonly Element[]): Generator<string> {
  for (const el of elements) yield el.textContent ?? '';
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
/** The first date of the first elements of TIME_SELECTORS (page-elements.ts), in its order. */
function timeDate(times: readonly (Element | null)[]): string | null {
  for (const el of times) {
    const found = date(el?.getAttribute('datetime') ?? el?.getAttribute('content') ?? el?.textContent);
    if (found) return found;
  }
  return null;
}

function metaTags(metas: readonly Element[]): Map<string, string> {
  const map = new Map<string, string>();
  for (const el of metas) {
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

function breadcrumb(trail: Element | null): string | null {
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
