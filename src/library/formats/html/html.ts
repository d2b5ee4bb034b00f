/**
 * Saved web pages (`.html`): the article is found with Mozilla's Readability on linkedom's
 * DOM, after page furniture (alert banners, "Most read" lists, service boxes) is removed;
 * headline, byline, date, section and address come from the page's metadata and what the page
 * shows, ranked as `html-meta.ts` documents. Whether the content is an article at all is
 * weighed in `article-or-not.ts`.
 */
import { Readability } from '@mozilla/readability';
import { emptyArticle, isBodyText, type Block, type ParsedArticle } from '../../model/article.js';
import { parseDate } from '../dates.js';
import type { ParseOutcome } from '../parse-outcome.js';
import { notAnArticle } from './article-or-not.js';
import { removeFurniture } from './boilerplate.js';
import { parsePage } from './page-document.js';
import { cleanByline } from './byline.js';
import { elementToBlocks } from './html-to-blocks.js';
import { httpUrl } from '../http-url.js';
import { echoedIn } from '../summary-echo.js';
import { readPageMeta, type PageMeta } from './html-meta.js';
import { BIG_TABLE_ROWS, isBigDataTable } from './html-table.js';
import { textLength } from './text-length.js';
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

interface Chosen {
  body: HTMLElement;
  title: string;
  publishedTime: string;
  siteName: string;
}

/** Readability's choice of content on a page (which it rewrites), or null when it found none. */
function readable(document: Document): Chosen | null {
  removeFurniture(document);
  // The chosen element itself, not its HTML: serialising it and parsing that again cost a
  // fifth of a big page's parse (profile of bench/parse-mbps.mjs, 5 MB saved HTML).
  const result = new Readability<Node>(document, { keepClasses: true, serializer: (el) => el }).parse();
  const body = result?.content;
  if (!body || body.nodeType !== 1 || !body.hasChildNodes()) return null;
  return { body: body as HTMLElement, title: result.title ?? '', publishedTime: result.publishedTime ?? '', siteName: result.siteName ?? '' };
}

/** Prose outside tables: paragraphs of at least a sentence's length. */
function proseLength(body: Element): number {
  return Array.from(body.querySelectorAll('p, li, blockquote'))
    .filter((p) => !p.closest('table'))
    .map(textLength)
    .filter((n) => n >= 80)
    .reduce((a, b) => a + b, 0);
}

/**
 * The content, chosen again without big data tables when Readability took one that is not the
 * story (a 1,089-row log beside a short article): only when the first choice is mostly table
 * and has hardly any prose, and the second has real prose.
 */
function chooseContent(html: string, page: Document): Chosen | null {
  const first = readable(page);
  if (!first) return null;
  // Readability may keep the rows and drop the <table> around them: count rows, not tables.
  const rows = Array.from(first.body.querySelectorAll('tr'));
  const tableText = rows.reduce((n, t) => n + textLength(t), 0);
  if (rows.length < BIG_TABLE_ROWS || tableText < 0.6 * textLength(first.body) || proseLength(first.body) >= 300) return first;
  const document = parsePage(html);
  for (const table of Array.from(document.querySelectorAll('table')).filter(isBigDataTable)) table.remove();
  const second = readable(document);
  return second && proseLength(second.body) >= 300 ? second : first;
}

function extract(html: string): ParseOutcome {
  const page = parsePage(html);
  // Metadata first: furniture removal and Readability rewrite the document.
  const meta = readPageMeta(page);
  const chosen = chooseContent(html, page);
  if (!chosen || notAnArticle(chosen.body, meta)) return { ok: false, reason: NO_ARTICLE };

  const { blocks, captions } = elementToBlocks(chosen.body);
  const titled =
    meta.headline ?? (normalizeSpace(chosen.title) || blocks.find((b) => b.kind === 'heading')?.text) ?? null;
  const kept = withoutEchoes(blocks, titled, meta.byline);
  // The lead photo's caption is shown with the headline: not again where the body begins.
  const first = kept[0];
  if (first?.kind === 'caption' && first.text === captions[0]?.text) kept.shift();
  const headline = titled ?? untitledHeadline(kept);
  if (!headline || !kept.some(isBodyText)) return { ok: false, reason: NO_ARTICLE };

  const article: ParsedArticle = {
    ...emptyArticle('html'),
    section: meta.section,
    headline,
    captions,
    published: meta.published ?? parseDate(chosen.publishedTime),
    byline: meta.byline ?? cleanByline(null),
    outlet: meta.outlet ?? (normalizeSpace(chosen.siteName) || null),
    standfirst: standfirstOf(meta, kept),
    blocks: kept,
    url: httpUrl(meta.url),
  };
  return { ok: true, articles: [article] };
}

/**
 * A page that names no title anywhere (a fragment saved without <title> or heading) is headed
 * by its opening, as a plain-text file is by its first line: a short first paragraph becomes
 * the headline (and leaves the body), a long one lends its first words.
 */
function untitledHeadline(blocks: Block[]): string | null {
  const i = blocks.findIndex(isBodyText);
  if (i < 0) return null;
  const text = blocks[i]!.text;
  if (text.length <= 100) {
    if (blocks.length > 1) blocks.splice(i, 1);
    return text;
  }
  const cut = text.slice(0, 100);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), 60))}…`;
}

const fold = (text: string | null): string => (text ?? '').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
const BY = /^(?:(?:written|words|reporting|text|story|posted)\s+by|by|von|por|par|door|di)\s+/iu;
const HEAD_BLOCKS = 6;
const DATE_LABEL = /^(?:published|posted|first published|updated|last updated)(?:\s+on)?\s*:?\s*/i;

/**
 * Readability often keeps the page's head inside the content: the headline again, the byline
 * line ("By Jane Doe · 20 April 2024"), a dateline. Among the first blocks these are dropped.
 */
function withoutEchoes(blocks: Block[], headline: string | null, byline: string | null): Block[] {
  const title = fold(headline);
  const name = fold(byline);
  const isEcho = (b: Block, i: number): boolean => {
    if (i >= HEAD_BLOCKS || !(b.kind === 'paragraph' || b.kind === 'heading')) return false;
    const text = fold(b.text);
    if (text === title) return true;
    const unprefixed = fold(b.text.replace(BY, ''));
    if (name && unprefixed.startsWith(name) && unprefixed.length <= name.length + 60 && (unprefixed !== text || text === name)) return true;
    // A line that is only a date ("Thursday 9 May 2024", "Published 14 February 2022").
    const bare = b.text.replace(DATE_LABEL, '');
    return b.kind === 'paragraph' && bare.length <= 50 && bare.split(/\s+/).length <= 6 && parseDate(bare) !== null;
  };
  return blocks.filter((b, i) => !isEcho(b, i));
}

/** The page's description, when it is not just the opening of the body (it usually is). */
function standfirstOf(meta: PageMeta, blocks: ParsedArticle['blocks']): string | null {
  const paragraphs = blocks.flatMap((b) => (isBodyText(b) ? [b.text] : []));
  const { description, outlet } = meta;
  if (!description || echoedIn(description, paragraphs)) return null;
  // "An Archive of Our Own, a project of…": a description naming the site describes the site.
  if (outlet && fold(description).includes(fold(outlet))) return null;
  return description;
}
