/**
 * The elements a page's metadata is read from (`html-meta.ts`), found in ONE walk over the
 * page instead of a selector pass each: meta tags, JSON-LD scripts, the title, the canonical
 * link, `<time>` dates, date lines, shown bylines, headings and the breadcrumb. Each list is
 * what `querySelectorAll` of the selector named beside it gives, in document order (the
 * selector passes were a fifth of a real news page's parse: each walks the whole page, and a
 * selector list matches every element once per selector). Attribute values compare as CSS
 * does in HTML: `rel` and `type` without regard to case, the others exactly.
 */

// TIME_SELECTORS, whose first elements html-meta.ts reads a date from, in this order:
// `time[itemprop="datePublished"]`, `[itemprop="datePublished"]`, `time[pubdate]`, `time[datetime]`.
const MAX_LIST = 60;
/** A class naming an element that may show the date in words (the date-line selector, its `[class*=…]` parts). */
export const DATE_LINE_CLASS = /date|byline|posted|time/;
const BYLINE_CLASSES = ['byline', 'author', 'autor', 'writer'];

export interface PageElements {
  /** `meta[content]` */
  metas: Element[];
  /** `script[type="application/ld+json"]` */
  ldScripts: Element[];
  /** `title`, the first */
  title: Element | null;
  /** `link[rel="canonical"]`, the first */
  canonical: Element | null;
  /** The first element of each of TIME_SELECTORS (null where none). */
  times: (Element | null)[];
  /** `[class*="date"], [class*="byline"] *, [class*="byline"], [class*="posted"], [class*="time"], [class*="dateline"]`, the first 60 */
  dateLines: Element[];
  /** `[itemprop="author"], [rel="author"]`, then `[class*="byline"], [class*="author"], [class*="autor"], [class*="writer"], address`: the first 60 of each */
  bylines: [Element[], Element[]];
  /** `h1, h2, h3`, the first 60 */
  headings: Element[];
  /** `h1` */
  h1s: Element[];
  /** `[itemtype*="BreadcrumbList"], [class*="breadcrumb"], nav[aria-label*="readcrumb"]`, the first */
  breadcrumb: Element | null;
}

/** The page's metadata elements, in one walk. */
export function pageElements(doc: Document): PageElements {
  const found: PageElements = {
    metas: [], ldScripts: [], title: null, canonical: null, times: [null, null, null, null],
    dateLines: [], bylines: [[], []], headings: [], h1s: [], breadcrumb: null,
  };
  // Elements with a byline class or inside one: `[class*="byline"] *` is a child of one of these.
  const inByline = new Set<Element>();
  for (const el of Array.from(doc.querySelectorAll('*'))) {
    const name = el.localName;
    const cls = el.getAttribute('class') ?? '';
    const itemprop = el.getAttribute('itemprop');
    const bylineClass = cls.includes('byline');
    const parent = el.parentElement;
    const underByline = parent !== null && inByline.has(parent);
    if (bylineClass || underByline) inByline.add(el);
    switch (name) {
      case 'meta':
        if (el.hasAttribute('content')) found.metas.push(el);
        break;
      case 'script':
        if (el.getAttribute('type')?.toLowerCase() === 'application/ld+json') found.ldScripts.push(el);
        break;
      case 'title':
        found.title ??= el;
        break;
      case 'link':
        if (!found.canonical && el.getAttribute('rel')?.toLowerCase() === 'canonical') found.canonical = el;
        break;
      case 'h1': case 'h2': case 'h3':
        if (name === 'h1') found.h1s.push(el);
        if (found.headings.length < MAX_LIST) found.headings.push(el);
        break;
    }
    const published = itemprop === 'datePublished';
    const time = name === 'time';
    const slots = [time && published, published, time && el.hasAttribute('pubdate'), time && el.hasAttribute('datetime')];
    for (let i = 0; i < slots.length; i += 1) if (slots[i] && !found.times[i]) found.times[i] = el;
    if (found.dateLines.length < MAX_LIST && (underByline || DATE_LINE_CLASS.test(cls))) found.dateLines.push(el);
    const [declared, shown] = found.bylines;
    if (declared.length < MAX_LIST && (itemprop === 'author' || el.getAttribute('rel')?.toLowerCase() === 'author')) declared.push(el);
    if (shown.length < MAX_LIST && (name === 'address' || BYLINE_CLASSES.some((c) => cls.includes(c)))) shown.push(el);
    if (!found.breadcrumb && isBreadcrumb(el, name, cls)) found.breadcrumb = el;
  }
  return found;
}

function isBreadcrumb(el: Element, name: string, cls: string): boolean {
  return (
    (el.getAttribute('itemtype') ?? '').includes('BreadcrumbList') ||
    cls.includes('breadcrumb') ||
    (name === 'nav' && (el.getAttribute('aria-label') ?? '').includes('readcrumb'))
  );
}
