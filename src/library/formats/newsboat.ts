/**
 * newsboat's cached items as articles: each feed a section (its title, else its address), the
 * item's title the headline, its HTML (or text) content the body with its captions, its author
 * the byline, its link the address. Pure: the rows are read by `files/newsboat-cache.ts`.
 */
import { emptyArticle, type ParsedArticle } from '../model/article.js';
import { sanitizeText } from '../text/sanitize.js';
import { normalizeSpace } from '../text/whitespace.js';
import type { ParseOutcome } from './parse-outcome.js';
import { htmlToBlocks } from './html/html-to-blocks.js';
import { httpUrl } from './http-url.js';
import type { NewsboatItem } from '../model/newsboat-item.js';

export type { NewsboatItem } from '../model/newsboat-item.js';

/**
 * The articles of a newsboat cache's items. `withBody: false` skips the bodies (their HTML is
 * most of the cost): enough to find one item by its address-based id before parsing it alone.
 */
export function parseNewsboatItems(items: readonly NewsboatItem[], withBody = true): ParseOutcome {
  const articles: ParsedArticle[] = [];
  for (const item of items) {
    const article = itemArticle(item, withBody);
    if (article) articles.push(article);
  }
  return articles.length > 0 ? { ok: true, articles } : { ok: false, reason: 'newsboat cache without items' };
}

function itemArticle(item: NewsboatItem, withBody: boolean): ParsedArticle | null {
  const headline = normalizeSpace(sanitizeText(String(item.title ?? '')));
  if (!headline) return null;
  const content = withBody ? sanitizeText(String(item.content ?? '')) : '';
  const { blocks, captions } = /<[a-z!/]/i.test(content) ? htmlToBlocks(content) : textBlocks(content);
  const feed = normalizeSpace(sanitizeText(String(item.feedTitle ?? ''))) || feedHost(item.feedurl);
  return {
    ...emptyArticle('newsboat'),
    section: feed,
    outlet: feed,
    headline,
    byline: normalizeSpace(sanitizeText(String(item.author ?? ''))) || null,
    published: isoDay(item.pubDate),
    captions,
    blocks,
    url: httpUrl(item.url),
  };
}

function textBlocks(text: string): { blocks: ParsedArticle['blocks']; captions: [] } {
  const paragraphs = text.split(/\n[ \t]*\n/).map(normalizeSpace).filter(Boolean);
  return { blocks: paragraphs.map((p) => ({ kind: 'paragraph' as const, text: p })), captions: [] };
}

/** A UTC day from epoch seconds; null for 0 or a value no feed could have. */
function isoDay(seconds: number): string | null {
  if (!Number.isFinite(seconds) || seconds <= 0 || seconds > 32503680000) return null;
  return new Date(seconds * 1000).toISOString().slice(0, 10);
}

/** `https://news.example/feed.xml` → `news.example`; an `exec:` or `file:` feed keeps its name. */
function feedHost(feedurl: string): string | null {
  try {
    const url = new URL(feedurl);
    return url.hostname || normalizeSpace(url.pathname.split('/').pop() ?? '') || null;
  } catch {
    return normalizeSpace(sanitizeText(feedurl)).slice(0, 80) || null;
  }
}
