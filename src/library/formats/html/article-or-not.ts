/**
 * Whether the content Readability chose is an article or a list of teasers (a front page, a
 * section index, an archive). Weighed from what a reader would see, not from one rule:
 *
 * - text: under 140 characters of words that are not links is never an article;
 * - link density: text that is mostly links to other pages is a list;
 * - teasers: headings that are wholly a link to another page (permalink anchors such as
 *   `<a href="#slug">#</a>`, "[edit]" links and tables of contents point within the page and do
 *   not count), each followed by no more than a teaser's text: a heading that opens a section of
 *   600 characters or more that are not links opens a story printed in full (a weekly edition
 *   of whole articles under linked headlines is read, not refused). Three or more make a list
 *   when the page also looks like a home or index page: its address is a site's root, no
 *   heading on it is the title it declares (a front page's title is the site's name and motto),
 *   or two or more headings are bare dates ("14 October 2012": an archive). Otherwise they make
 *   a list only when no prose introduces them (an article opens on text; a front page opens on a
 *   headline) and the page does not call itself an article (`og:type`, JSON-LD, a publication
 *   date), which many home pages also claim.
 */
import { normalizedLength, normalizeSpace } from '../../text/whitespace.js';
import { isSelfAnchor } from './heading-text.js';
import { textLength } from './text-length.js';

/** What the page's metadata says about itself. */
export interface PageKind {
  /** `og:type` is article, or JSON-LD names an article type, or `article:published_time` is set. */
  declaresArticle: boolean;
  /** The page's address is a site's root. */
  siteRoot: boolean;
  /** A heading on the page is the title the page declares. */
  headlineConfirmed: boolean;
}

const MIN_TEXT = 140;
const MAX_LINK_DENSITY = 0.5;
const MIN_TEASERS = 3;
const MIN_INTRO = 150;
/** About 100 words: nearly twice a long teaser blurb (WordPress cuts excerpts at 55 words). */
const MAX_TEASER_SECTION = 600;
// A heading that is only a date: "14 October 2012", "October 14, 2012", "2012-10-14", "Monday 3 May".
const DATE_ONLY = /^(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?(?:\d{1,2}(?:st|nd|rd|th)?\s+\p{L}+\.?,?(?:\s+\d{4})?|\p{L}+\.?\s+\d{1,2}(?:st|nd|rd|th)?,?(?:\s+\d{4})?|\d{4}-\d{2}-\d{2}|\d{1,2}[./]\d{1,2}[./]\d{2,4})$/iu;

const len = textLength;

/** Links that lead away from the page (not `#anchors`, not `javascript:`). */
function awayLinks(root: Element): Element[] {
  return Array.from(root.querySelectorAll('a[href]')).filter((a) => {
    const href = (a.getAttribute('href') ?? '').trim();
    return href !== '' && !href.startsWith('#') && !/^javascript:/i.test(href);
  });
}

/** A heading that is, all of it, a link to another page. */
function isTeaserHeading(h: Element): boolean {
  const text = len(h);
  if (text === 0) return false;
  const linked = awayLinks(h).filter((a) => !isSelfAnchor(a)).reduce((n, a) => n + len(a), 0);
  return linked >= 0.9 * text;
}

const headingLevel = (el: Element): number => {
  const m = /^h([1-6])$/i.exec(el.tagName);
  return m ? Number(m[1]) : 0;
};

/**
 * The characters of non-link text in the section each heading opens: after it, up to the next
 * heading of its rank or higher. One walk in document order, without recursion (deep pages).
 */
function sectionTextLengths(root: Element): Map<Element, number> {
  const sizes = new Map<Element, number>();
  const open: { heading: Element; level: number }[] = [];
  const todo: { node: Node; inLink: boolean }[] = [{ node: root, inLink: false }];
  while (todo.length > 0) {
    const { node, inLink } = todo.pop()!;
    if (node.nodeType === 3) {
      const n = inLink ? 0 : normalizedLength(node.nodeValue ?? '');
      if (n > 0) for (const s of open) sizes.set(s.heading, sizes.get(s.heading)! + n);
      continue;
    }
    if (node.nodeType !== 1) continue;
    const el = node as Element;
    const level = headingLevel(el);
    if (level > 0) {
      while (open.length > 0 && open[open.length - 1]!.level >= level) open.pop();
      open.push({ heading: el, level });
      sizes.set(el, 0);
      continue; // the heading's own words are not its section's
    }
    const link = inLink || el.tagName.toLowerCase() === 'a';
    const children = el.childNodes;
    for (let i = children.length - 1; i >= 0; i--) todo.push({ node: children[i]!, inLink: link });
  }
  return sizes;
}

/** Characters of non-link text that stand before `stop` in reading order. */
function proseBefore(root: Element, stop: Element): number {
  let count = 0;
  let done = false;
  const walk = (node: Node): void => {
    if (done) return;
    if (node === stop) {
      done = true;
      return;
    }
    if (node.nodeType === 3) count += normalizedLength(node.nodeValue ?? '');
    if (node.nodeType !== 1) return;
    const el = node as Element;
    if (el.tagName.toLowerCase() === 'a' || /^h[1-6]$/i.test(el.tagName)) {
      if (el.contains(stop)) for (const c of Array.from(el.childNodes)) walk(c);
      return;
    }
    for (const c of Array.from(el.childNodes)) walk(c);
  };
  walk(root);
  return count;
}

/** Why the content is not an article, or null when it is one (`text`: the body's text length). */
export function notAnArticle(body: Element, page: PageKind, text = len(body)): string | null {
  const linkText = awayLinks(body).reduce((n, a) => n + len(a), 0);
  if (text - linkText < MIN_TEXT) return 'too little text';
  if (linkText / text > MAX_LINK_DENSITY) return 'mostly links';
  const headings = Array.from(body.querySelectorAll('h1, h2, h3, h4, h5, h6'));
  const linked = headings.filter(isTeaserHeading);
  // Most pages have too few linked headings to be a list: no walk of the sections then.
  if (linked.length < MIN_TEASERS) return null;
  const sections = sectionTextLengths(body);
  const teasers = linked.filter((h) => (sections.get(h) ?? 0) < MAX_TEASER_SECTION);
  if (teasers.length < MIN_TEASERS) return null;
  const dateHeadings = headings.filter((h) => DATE_ONLY.test(normalizeSpace(h.textContent ?? ''))).length;
  if (page.siteRoot || !page.headlineConfirmed || dateHeadings >= 2) return 'a home or index page of linked headlines';
  if (!page.declaresArticle && proseBefore(body, teasers[0]!) < MIN_INTRO) return 'a list of linked headlines';
  return null;
}
