/**
 * Saved web pages (`.html`): the article is found with Mozilla's Readability on linkedom's
 * DOM; headline, byline, date, section and address come from the page's metadata first
 * (Open Graph, `article:*`, JSON-LD), then from what the page shows.
 */
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { emptyArticle, type ParsedArticle } from '../../model/article.js';
import { parseDate } from '../dates.js';
import type { ParseOutcome } from '../parse-outcome.js';
import { echoedIn, elementToBlocks, httpUrl } from './html-to-blocks.js';
import { readPageMeta, type PageMeta } from './html-meta.js';
import { normalizeSpace } from '../../text/whitespace.js';

/** The reason given for a page that holds no article (a front page, an index, a login page). */
export const NO_ARTICLE = 'no article found (front page?)';

/** Parses a saved web page into one article, or says why it holds none. Never throws. */
export function parseHtml(html: string): ParseOutcome {
  try {
    return extract(html);
  } catch (error) {
    return { ok: false, reason: `unreadable HTML (${(error as Error).message.slice(0, 80)})` };
  }
}

function extract(html: string): ParseOutcome {
  const { document } = parseHTML(html);
  // Metadata first: Readability rewrites the document it is given.
  const meta = readPageMeta(document);
  const result = new Readability(document, { keepClasses: true }).parse();
  if (!result?.content) return { ok: false, reason: NO_ARTICLE };

  const body = parseHTML(`<!doctype html><html><body>${result.content}</body></html>`).document.body;
  if (looksLikeTeaserList(body)) return { ok: false, reason: NO_ARTICLE };

  const headline = meta.headline ?? normalizeSpace(result.title ?? '');
  const { blocks, captions } = elementToBlocks(body);
  // Readability sometimes keeps the title and the byline line ("By Jane Doe · 20 April 2024") inside the content.
  const echoes = new Set([headline, meta.byline].map(lower));
  const bylineLine = meta.byline ? `by ${lower(meta.byline)}` : null;
  const isBylineLine = (text: string) =>
    bylineLine !== null && lower(text).startsWith(bylineLine) && text.length <= bylineLine.length + 40;
  const kept = blocks.filter((b) => b.kind !== 'paragraph' || !(echoes.has(lower(b.text)) || isBylineLine(b.text)));
  if (!headline || !kept.some((b) => b.kind === 'paragraph')) return { ok: false, reason: NO_ARTICLE };

  const article: ParsedArticle = {
    ...emptyArticle('html'),
    section: meta.section,
    headline,
    captions,
    published: meta.published ?? parseDate(result.publishedTime ?? ''),
    byline: meta.byline,
    outlet: meta.outlet ?? (normalizeSpace(result.siteName ?? '') || null),
    standfirst: standfirstOf(meta, kept),
    blocks: kept,
    url: httpUrl(meta.url),
  };
  return { ok: true, articles: [article] };
}

function lower(text: string | null): string {
  return (text ?? '').toLowerCase();
}

/**
 * A front page that Readability still turned into "content" is a list of teasers: several
 * headings that are links (Global Voices' home page has 11), or text that is mostly links.
 */
function looksLikeTeaserList(body: HTMLElement): boolean {
  const text = normalizeSpace(body.textContent ?? '');
  if (text.length < 140) return true;
  const linkedHeadings = body.querySelectorAll('h1 a, h2 a, h3 a, h4 a').length;
  const linkText = Array.from(body.querySelectorAll('a'))
    .map((a) => normalizeSpace(a.textContent ?? '').length)
    .reduce((sum, n) => sum + n, 0);
  return linkedHeadings >= 3 || linkText / text.length > 0.5;
}

/** The page's description, when it is not just the opening of the body (it usually is). */
function standfirstOf(meta: PageMeta, blocks: ParsedArticle['blocks']): string | null {
  const paragraphs = blocks.flatMap((b) => (b.kind === 'paragraph' ? [b.text] : []));
  return meta.description && !echoedIn(meta.description, paragraphs) ? meta.description : null;
}
