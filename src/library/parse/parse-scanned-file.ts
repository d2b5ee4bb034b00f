import { type Article, paragraphsOf } from '../model/article.js';
import type { ArticleSummary } from '../model/library.js';
import { articlesFromBytes } from './articles-from-bytes.js';
import { readScannedFileSync } from '../files/read-scanned-file.js';
import type { ScannedFile } from '../files/scan.js';
import { termsOf } from '../index/search-index.js';

/** What one file gives the library: summaries for the lists and words for search, or why none. */
export interface FileParse {
  rel: string;
  summaries: ArticleSummary[];
  problem: string | null;
  /** Each article's search words, in the order of `summaries`. */
  words: string[][];
}

/** The list-facing part of an article. */
export function summarize(article: Article): ArticleSummary {
  const { id, path, format, section, headline, published, byline, url } = article;
  return { id, path, format, section: section ?? '', headline, published, byline, url };
}

/** What search looks in: headline, standfirst and body. */
export function searchableText(article: Article): string {
  return [article.headline, article.standfirst ?? '', ...paragraphsOf(article)].join('\n');
}

/** Reads and parses one file (synchronous: it runs in the parse workers, or between yields). */
export function parseFileArticles(file: ScannedFile): { ok: true; articles: Article[] } | { ok: false; reason: string } {
  const read = readScannedFileSync(file);
  return read.ok ? articlesFromBytes(read.bytes, file.rel) : read;
}

/** One file's summaries and search words. */
export function parseScannedFile(file: ScannedFile): FileParse {
  const parsed = parseFileArticles(file);
  if (!parsed.ok) return { rel: file.rel, summaries: [], problem: parsed.reason, words: [] };
  return {
    rel: file.rel,
    summaries: parsed.articles.map(summarize),
    problem: null,
    words: parsed.articles.map((a) => termsOf(searchableText(a))),
  };
}
