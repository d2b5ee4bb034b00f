/**
 * Saved web pages (`.html`): the article is found with Mozilla's Readability on linkedom's
 * DOM, after page furniture (alert banners, "Most read" lists, service boxes) is removed;
 * headline, byline, date, section and address come from the page's metadata and what the page
 * shows, ranked as `html-meta.ts` documents. Whether the content is an article at all is
 * weighed in `article-or-not.ts`. A page too big for Readability to read in time, too dense in
 * elements to be prose, or nested deeper than any real page (`readability-budget.ts`), is read
 * by the streaming extractor instead (`stream-extract.ts`).
 */
import { Readability } from '@mozilla/readability';
import type { ParseOutcome } from '../parse-outcome.js';
import { notAnArticle } from './article-or-not.js';
import { removeFurniture } from './boilerplate.js';
import { parsePage } from './page-document.js';
import { elementToBlocks } from './html-to-blocks.js';
import { readPageMeta } from './html-meta.js';
import { BIG_TABLE_ROWS, isBigDataTable } from './html-table.js';
import { NO_ARTICLE, pageArticle } from './page-article.js';
import { overReadabilityBudget } from './readability-budget.js';
import { streamArticle } from './stream-extract.js';
import { textLength } from './text-length.js';

export { NO_ARTICLE };

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
  // A page Readability cannot read in time (see readability-budget.ts) is read in one pass.
  if (overReadabilityBudget(html)) return streamArticle(html);
  const page = parsePage(html);
  // Metadata first: furniture removal and Readability rewrite the document.
  const meta = readPageMeta(page);
  const chosen = chooseContent(html, page);
  if (!chosen) return { ok: false, reason: NO_ARTICLE };
  // Both steps weigh by the content's text length: measured once (a walk of the whole content).
  const text = textLength(chosen.body);
  if (notAnArticle(chosen.body, meta, text)) return { ok: false, reason: NO_ARTICLE };
  return pageArticle(meta, elementToBlocks(chosen.body, text), chosen);
}
