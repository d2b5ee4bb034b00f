/**
 * What a saved page says about its article outside the body: Open Graph and `article:*`
 * meta tags, JSON-LD (`NewsArticle`, `BlogPosting`…), `<time datetime>`, the breadcrumb,
 * the byline line and the `<title>`. Each field is null when the page does not say.
 */
import { parseDate } from '../dates.js';
import { normalizeSpace } from '../../text/whitespace.js';

/** Article facts read from a page's metadata and furniture. */
export interface PageMeta {
  headline: string | null;
  byline: string | null;
  published: string | null;
  section: string | null;
  outlet: string | null;
  url: string | null;
  description: string | null;
}

type Json = Record<string, unknown>;

/** Reads the page's metadata; call before Readability, which rewrites the document. */
export function readPageMeta(doc: Document): PageMeta {
  const meta = metaTags(doc);
  const ld = jsonLdArticle(doc);
  const pick = (...keys: string[]): string | null => {
    for (const key of keys) if (meta.get(key)) return meta.get(key)!;
    return null;
  };
  const outlet = pick('og:site_name') ?? text(obj(ld?.publisher)?.name) ?? null;
  const title = normalizeSpace(doc.title ?? '');
  const byline =
    nameOf(pick('author', 'article:author', 'dc.creator', 'byl')) ??
    nameOf(authorOf(ld)) ??
    nameOf(doc.querySelector('[rel="author"], [itemprop="author"]')?.textContent) ??
    bylineLine(doc);
  return {
    headline:
      stripSite(pick('og:title', 'twitter:title'), outlet) ??
      text(ld?.headline) ??
      headingInTitle(doc, title) ??
      stripSite(title, outlet) ??
      (normalizeSpace(doc.querySelector('h1')?.textContent ?? '') || null),
    byline,
    published:
      date(pick('article:published_time', 'og:published_time', 'date', 'dc.date', 'dcterms.created', 'pubdate', 'publishdate')) ??
      date(doc.querySelector('time[datetime]')?.getAttribute('datetime')) ??
      date(text(ld?.datePublished)) ??
      dateLine(doc),
    section: pick('article:section') ?? first(ld?.articleSection) ?? breadcrumb(doc),
    outlet: outlet ?? siteOfTitle(title),
    url: pick('og:url') ?? doc.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? text(ld?.url),
    description: pick('og:description', 'description'),
  };
}

function metaTags(doc: Document): Map<string, string> {
  const map = new Map<string, string>();
  for (const el of Array.from(doc.querySelectorAll('meta[content]'))) {
    const key = (el.getAttribute('property') ?? el.getAttribute('name') ?? '').toLowerCase();
    const value = normalizeSpace(el.getAttribute('content') ?? '');
    if (key && value && !map.has(key)) map.set(key, value);
  }
  return map;
}

const ARTICLE_TYPE = /Article|BlogPosting|Report/;

/** The first JSON-LD object whose `@type` is an article kind (inside `@graph` too). */
function jsonLdArticle(doc: Document): Json | null {
  for (const script of Array.from(doc.querySelectorAll('script[type="application/ld+json"]'))) {
    const source = script.textContent ?? '';
    if (source.length > 500_000) continue;
    let data: unknown;
    try {
      data = JSON.parse(source);
    } catch {
      continue; // Broken JSON-LD is common; the page's other metadata still counts.
    }
    const queue = [data];
    for (let i = 0; i < queue.length && i < 200; i++) {
      const item = queue[i];
      if (Array.isArray(item)) queue.push(...item);
      const o = obj(item);
      if (!o) continue;
      if (ARTICLE_TYPE.test(String(o['@type'] ?? ''))) return o;
      if (o['@graph']) queue.push(o['@graph']);
    }
  }
  return null;
}

function obj(value: unknown): Json | null {
  return value && typeof value === 'object' && !Array.isArray(value) ? (value as Json) : null;
}
function text(value: unknown): string | null {
  return typeof value === 'string' ? normalizeSpace(value) || null : null;
}
function first(value: unknown): string | null {
  return Array.isArray(value) ? text(value[0]) : text(value);
}
function date(value: string | null | undefined): string | null {
  return value ? parseDate(value) : null;
}
function authorOf(ld: Json | null): string | null {
  const authors = Array.isArray(ld?.author) ? ld.author : [ld?.author];
  const names = authors.map((a) => text(a) ?? text(obj(a)?.name)).filter(Boolean);
  return names.length ? names.join(', ') : null;
}

/** A person's name, without "By " and never a profile address. */
function nameOf(value: string | null | undefined): string | null {
  const name = normalizeSpace(value ?? '').replace(/^by\s+/i, '');
  return name && name.length <= 120 && !/^https?:/i.test(name) ? name : null;
}

/** "by Diego Casaes" inside a byline block (WordPress themes, Global Voices 2009). */
function bylineLine(doc: Document): string | null {
  for (const el of Array.from(doc.querySelectorAll('[class*="byline"] *, [class*="byline"]')).slice(0, 40)) {
    const m = /^by\s+(.{2,100})$/i.exec(normalizeSpace(el.textContent ?? ''));
    if (m) return nameOf(m[1]);
  }
  return null;
}

/** A date written out in a byline or date element ("Thursday, June 11th, 2009 @ 10:57 UTC"). */
function dateLine(doc: Document): string | null {
  const candidates = doc.querySelectorAll('[class*="date"], [class*="byline"] *, [class*="posted"], [class*="time"]');
  for (const el of Array.from(candidates).slice(0, 60)) {
    const found = parseDate(el.textContent ?? '');
    if (found) return found;
  }
  return null;
}

function breadcrumb(doc: Document): string | null {
  const trail = doc.querySelector('[itemtype*="BreadcrumbList"], [class*="breadcrumb"], nav[aria-label*="readcrumb"]');
  const items = Array.from(trail?.querySelectorAll('a') ?? [])
    .map((a) => normalizeSpace(a.textContent ?? ''))
    .filter((t) => t && !/^home$/i.test(t));
  return items.at(-1) ?? null;
}

// Separators sites put between a headline and their name: "Headline · Global Voices".
const SEPARATOR = /\s+(?:[|·»«–—:]{1,2}|-{1,2})\s+/;

/** The title without the site's name; the longest part when the site is not known. */
function stripSite(title: string | null, site: string | null): string | null {
  if (!title) return null;
  const parts = title.split(SEPARATOR).map(normalizeSpace).filter(Boolean);
  if (parts.length < 2) return title;
  const rest = site ? parts.filter((p) => p.toLowerCase() !== site.toLowerCase()) : parts;
  if (rest.length === 1) return rest[0]!;
  return rest.reduce((a, b) => (b.length > a.length ? b : a));
}

function siteOfTitle(title: string): string | null {
  const parts = title.split(SEPARATOR).map(normalizeSpace).filter(Boolean);
  if (parts.length !== 2) return null;
  const [a, b] = parts as [string, string];
  return a.length < b.length ? a : b;
}

/**
 * The longest `<h1>`/`<h2>` whose text stands inside the title and makes up most of it: the
 * headline without the site's name ("Global Voices Online » Brazil: …" holds an `<h2>`
 * "Brazil: …"; the site's own `<h1>` is too short a part of the title to count).
 */
function headingInTitle(doc: Document, title: string): string | null {
  let best: string | null = null;
  for (const h of Array.from(doc.querySelectorAll('h1, h2')).slice(0, 40)) {
    const t = normalizeSpace(h.textContent ?? '');
    if (t.length < 0.4 * title.length || !title.includes(t)) continue;
    if (!best || t.length > best.length) best = t;
  }
  return best;
}
