/**
 * The headline, chosen the way Readability, trafilatura and newspaper-style extractors agree on:
 * sources that the page shows win over sources it only declares, and a source is trusted most
 * when another one confirms it. In order:
 *
 * 1. a heading on the page (`<h1>`, or an `<h2>`/`<h3>` marked as the title) that `og:title`,
 *    a JSON-LD article headline or the `<title>` confirms (equal, or one part of the title
 *    between separators such as `|`, ` - `, `»`, `[Site]`);
 * 2. `og:title` / `twitter:title` without the site's name;
 * 3. the JSON-LD article headline (of `headline` and `name`, the one closer to the `<title>`:
 *    Wikipedia's `headline` is the page type, "Wikimedia list article");
 * 4. the only `<h1>` that is not the site's logo;
 * 5. the `<title>` without the site's name: the part before the separators when it has at least
 *    three words, else the longest part.
 * A `<title>` shorter than the page's `<h1>` that begins it ("Bridge reopens" for "Bridge reopens
 * after two years…") is an abbreviation: the heading wins (rule 1).
 */
import { normalizeSpace } from '../../text/whitespace.js';
import { headingText } from './heading-text.js';

/** The declared titles a headline is chosen among (each null when the page has none). */
export interface TitleSources {
  title: string | null;
  ogTitle: string | null;
  ldHeadline: string | null;
  ldName: string | null;
  siteName: string | null;
}

// Separators between a headline and a site's name: "Headline | Site", "Site » Section » Headline",
// "Headline [Site]". Run on spacing already collapsed, and a bracket's look-ahead stops at the next
// `[`: it scanned to the end of the title from every `[` (a 120 KB title of them took 4.4 s).
const SEPARATOR = /\s+(?:[|·»«–—:\\/>]{1,2}|-{1,2})\s+|\s*\[(?=[^[\]]+\]\s*$)|\]\s*$/;

/** The parts of a title between its separators. */
export function titleParts(title: string): string[] {
  return normalizeSpace(title).split(SEPARATOR).map(normalizeSpace).filter(Boolean);
}

const fold = (t: string): string => t.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();

/** What the headline choice reads of one heading: its tag, class and itemprop, text, and whether it links to a site's root (a logo). */
export interface HeadingFacts {
  tag: string;
  names: string;
  logo: boolean;
  /** The heading's text, read only when the tests above leave it a candidate. */
  text: () => string;
}

/** What the headline choice reads of a heading element. */
export function headingFacts(h: Element): HeadingFacts {
  const href = h.querySelector('a[href]')?.getAttribute('href');
  return {
    tag: h.tagName.toLowerCase(),
    names: `${h.getAttribute('class') ?? ''} ${h.getAttribute('itemprop') ?? ''}`,
    logo: href !== undefined && href !== null && isRootLink(href),
    text: () => headingText(h),
  };
}

/** Whether a link points at a site's root (`/`, `https://example.org/`): a logo. */
export function isRootLink(href: string): boolean {
  return href === '/' || /^https?:\/\/[^/]+\/?$/.test(href);
}

/** Headings that may carry the headline, in page order; the site's logo heading left out. */
function candidateHeadings(headings: readonly HeadingFacts[], siteName: string | null): string[] {
  const out: string[] = [];
  for (const { tag, names, logo, text: textOf } of headings.slice(0, 60)) {
    if (/byline|author/i.test(names)) continue;
    if (tag === 'h3' && !/title|headline/i.test(names)) continue;
    if (logo) continue;
    const text = textOf();
    if (!text || text.length > 300 || (siteName && fold(text) === fold(siteName))) continue;
    out.push(text);
  }
  return out;
}

/** Whether a declared title confirms a heading: equal, one of its parts, or its start. */
function confirms(declared: string | null, heading: string): boolean {
  if (!declared) return false;
  const h = fold(heading);
  const d = fold(declared);
  if (!h) return false;
  if (d === h) return true;
  if (titleParts(declared).some((p) => fold(p) === h)) return true;
  // The title abbreviates the heading ("Bridge reopens" → "Bridge reopens after two years…").
  return d.length >= 8 && h.startsWith(d) && d.split(' ').length >= 2;
}

/** The declared title without the site's name. */
export function withoutSite(title: string | null, siteName: string | null): string | null {
  if (!title) return null;
  const parts = titleParts(title);
  if (parts.length < 2) return normalizeSpace(title) || null;
  const rest = siteName ? parts.filter((p) => fold(p) !== fold(siteName)) : parts;
  if (rest.length === 1) return rest[0]!;
  if (rest.length === 0) return parts[0]!;
  const first = rest[0]!;
  if (first.split(/\s+/).length >= 3) return first;
  return rest.reduce((a, b) => (b.length > a.length ? b : a));
}

/** Of JSON-LD `headline` and `name`, the one that agrees with the page's title. */
function ldTitle(s: TitleSources): string | null {
  const { ldHeadline, ldName, title, ogTitle } = s;
  if (!ldHeadline || !ldName || fold(ldHeadline) === fold(ldName)) return ldHeadline ?? ldName;
  const ref = fold(`${title ?? ''} ${ogTitle ?? ''}`);
  const score = (t: string) => fold(t).split(' ').filter((w) => ref.includes(w)).length / Math.max(1, fold(t).split(' ').length);
  return score(ldName) > score(ldHeadline) ? ldName : ldHeadline;
}

/** The chosen headline, and whether a heading on the page confirmed a declared title (rule 1). */
export interface HeadlineChoice {
  headline: string | null;
  confirmed: boolean;
}

/** The headline among the page's first headings (h1–h3, in order) and the texts of all its h1s (read only when needed). */
export function chooseHeadlineAmong(pageHeadings: readonly HeadingFacts[], h1Texts: () => readonly string[], s: TitleSources): HeadlineChoice {
  const headings = candidateHeadings(pageHeadings, s.siteName);
  const ld = ldTitle(s);
  const confirmed = headings.filter((h) => [s.ogTitle, ld, s.title].some((d) => confirms(d, h)));
  if (confirmed.length) return { headline: confirmed.reduce((a, b) => (b.length > a.length ? b : a)), confirmed: true };
  const h1s = h1Texts().filter((t) => t && !(s.siteName && fold(t) === fold(s.siteName)));
  const headline =
    withoutSite(s.ogTitle, s.siteName) ??
    ld ??
    (h1s.length === 1 && h1s[0]!.length <= 300 ? h1s[0]! : null) ??
    withoutSite(s.title, s.siteName) ??
    headings[0] ??
    null;
  return { headline, confirmed: false };
}
