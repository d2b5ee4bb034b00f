/**
 * What the streaming extractor (`stream-extract.ts`) reads of a page besides its body, from the
 * same parser events: meta tags, the `<title>`, the canonical link, JSON-LD scripts, `<time>`
 * dates, bylines the page shows and its first headings. `facts()` hands them to `pageMeta`
 * (`html-meta.ts`), so both extractors rank headline, byline and date by the same rules.
 */
import { normalizeSpace } from '../../text/whitespace.js';
import { cleanByline } from './byline.js';
import { chooseHeadlineAmong, type HeadingFacts } from './html-headline.js';
import { date, dateInLines, type PageFacts } from './html-meta.js';
import { DATE_LINE_CLASS } from './page-elements.js';
import { jsonLdArticleIn, MAX_SOURCE } from './json-ld.js';

type Attributes = Record<string, string | undefined>;
interface Capture {
  what: 'title' | 'ld' | 'byline' | 'date';
  depth: number;
  text: string;
  group: number;
}

// Where pages show a byline, most specific first (as byline.ts's SHOWN).
const BYLINE_CLASS = /byline|author|autor|writer/;
const BYLINE_CONTAINERS = new Set(['html', 'body', 'main', 'article', 'section', 'header']);
const MAX_BYLINE = 150;
const MAX_HEADINGS = 60;

export class MetaCollector {
  private readonly meta = new Map<string, string>();
  private title: string | null = null;
  private canonical: string | null = null;
  private readonly ld: string[] = [];
  private readonly times: (string | null | undefined)[] = [undefined, undefined, undefined, undefined];
  private readonly bylines: { group: number; text: string }[] = [];
  readonly headings: HeadingFacts[] = [];
  /** The first h1s' texts (the headline rules only ask whether there is exactly one). */
  readonly h1s: string[] = [];
  private readonly dateLines: string[] = [];
  /** The texts being read (a title, a JSON-LD script, a byline, a date line), each with the depth where it ends. */
  private readonly captures: Capture[] = [];

  /**
   * Reads what an opening tag declares, at `depth` in the page. `shown` is false inside what a
   * reader never sees as the article (scripts, navigation, footers): no byline is read there.
   */
  open(name: string, a: Attributes, depth: number, shown: boolean): void {
    if (name === 'meta' && a.content !== undefined) {
      const key = (a.property ?? a.name ?? a.itemprop ?? '').toLowerCase();
      const value = normalizeSpace(a.content);
      if (key && value && !this.meta.has(key)) this.meta.set(key, value);
    } else if (name === 'link' && a.rel === 'canonical' && this.canonical === null) this.canonical = a.href ?? null;
    if (name === 'title' && this.title === null && !this.captures.some((c) => c.what === 'title')) this.start('title', depth);
    else if (name === 'script' && a.type === 'application/ld+json') this.start('ld', depth);
    if (name === 'time' || a.itemprop === 'datePublished') this.time(name, a);
    if (!shown) return;
    const group = a.itemprop === 'author' || a.rel === 'author' ? 0 : (a.class !== undefined && BYLINE_CLASS.test(a.class)) || name === 'address' ? 1 : -1;
    if (group >= 0 && !BYLINE_CONTAINERS.has(name) && !/comment/.test(a.class ?? '') && this.bylines.length < 20) this.start('byline', depth, group);
    if (a.class !== undefined && DATE_LINE_CLASS.test(a.class) && this.dateLines.length < 60) this.start('date', depth);
  }

  private start(what: Capture['what'], depth: number, group = 0): void {
    this.captures.push({ what, depth, text: '', group });
  }

  private time(name: string, a: Attributes): void {
    const value = a.datetime ?? a.content ?? null;
    const published = a.itemprop === 'datePublished';
    // The first element of each of TIME_SELECTORS (page-elements.ts), in its order.
    const slots = [name === 'time' && published, published, name === 'time' && a.pubdate !== undefined, name === 'time' && a.datetime !== undefined];
    slots.forEach((hit, i) => {
      if (hit && this.times[i] === undefined) this.times[i] = value;
    });
  }

  text(data: string): void {
    // A title, script or byline longer than anything it could be is not read further.
    for (const c of this.captures) if (c.text.length <= (c.what === 'ld' ? MAX_SOURCE : 4 * MAX_BYLINE)) c.text += data;
  }

  close(depth: number): void {
    while (this.captures.length > 0 && this.captures[this.captures.length - 1]!.depth === depth) {
      const c = this.captures.pop()!;
      if (c.what === 'title') this.title = c.text;
      else if (c.what === 'ld') this.ld.push(c.text);
      else if (c.what === 'date') this.dateLines.push(c.text);
      else this.bylines.push({ group: c.group, text: normalizeSpace(c.text) });
    }
  }

  heading(facts: HeadingFacts): void {
    if (facts.tag === 'h1' && this.h1s.length < 3) this.h1s.push(facts.text());
    if (this.headings.length < MAX_HEADINGS) this.headings.push(facts);
  }

  /** The facts `pageMeta` ranks; `pageText` is the body's text, read only when a byline needs checking. */
  facts(pageText: () => string): PageFacts {
    return {
      meta: this.meta,
      ld: jsonLdArticleIn(this.ld),
      title: this.title,
      canonical: this.canonical,
      headline: (sources) => chooseHeadlineAmong(this.headings, () => this.h1s, sources),
      shownByline: (siteName) => {
        for (const group of [0, 1]) {
          for (const { text } of this.bylines.filter((b) => b.group === group)) {
            const name = text && text.length <= MAX_BYLINE ? cleanByline(text, siteName) : null;
            if (name) return name;
          }
        }
        return null;
      },
      pageText,
      shownDate: () => this.times.reduce<string | null>((found, value) => found ?? date(value), null) ?? dateInLines(this.dateLines, (t) => t),
      breadcrumb: () => null,
    };
  }
}
