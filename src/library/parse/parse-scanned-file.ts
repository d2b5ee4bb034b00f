import { type Article, searchableText } from '../model/article.js';
import type { ArticleSummary } from '../model/library.js';
import type { FileArticles } from './articles-from-bytes.js';
import { newsboatReadIds, readFileArticle, readFileArticles } from './container-articles.js';

export { newsboatReadIds, readFileArticle };
import type { ScannedFile } from '../files/scan.js';
import { termsOf } from '../index/search-index.js';

/** What one file gives the library: summaries for the lists and words for search, or why none. */
export interface FileParse {
  rel: string;
  summaries: ArticleSummary[];
  problem: string | null;
  /** Each article's search words, in the order of `summaries` (a parse worker sends them as a batch index instead). */
  words?: string[][];
}

/** The list-facing part of an article. */
export function summarize(article: Article): ArticleSummary {
  const { id, path, format, section, headline, published, byline, url } = article;
  return { id, path, format, section: section ?? '', headline, published, byline, url };
}

/** Reads and parses one file (synchronous: it runs in the parse workers, or between yields). */
export function parseFileArticles(file: ScannedFile): FileArticles {
  return readFileArticles(file);
}

/** One file's summaries and search words. */
export function parseScannedFile(file: ScannedFile): FileParse {
  const parsed = parseFileArticles(file);
  if (!parsed.ok) return { rel: file.rel, summaries: [], problem: parsed.reason, words: [] };
  return {
    rel: file.rel,
    summaries: parsed.articles.map(summarize),
    // What a container left out (the oldest items of a huge newsboat cache) is shown in `stats`.
    problem: parsed.notes.length > 0 ? parsed.notes.join('; ') : null,
    words: parsed.articles.map((a) => termsOf(searchableText(a))),
  };
}
