/**
 * What one scanned file gives the library (summaries for the lists, words for search), read with
 * the text formats alone when it is in one: a library of saved pages as text is read, and its
 * articles opened, without loading the parsers of web pages, feeds, Markdown, books, mail and
 * newsboat's cache (Readability, linkedom, htmlparser2, yaml, SQLite: 14-17 MB more of each
 * thread's memory and most of the code it compiles). `parse-scanned-file.ts` reads every file.
 */
import type { Article } from '../model/article.js';
import { searchableText } from '../model/article.js';
import type { ArticleSummary } from '../model/library.js';
import { isDatabaseName, maxBytesFor } from '../files/containers.js';
import { MAX_ARTICLE_BYTES, readScannedFileSync, type ReadResult } from '../files/read-scanned-file.js';
import type { ScannedFile } from '../files/scan.js';
import { termsOf } from '../index/search-index.js';
import { textArticlesFromBytes, type FileArticles } from './text-articles.js';

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

/** The file's summaries and search words from its articles. */
export function fileParse(file: ScannedFile, parsed: FileArticles): FileParse {
  if (!parsed.ok) return { rel: file.rel, summaries: [], problem: parsed.reason, words: [] };
  return {
    rel: file.rel,
    summaries: parsed.articles.map(summarize),
    // What a container left out (the oldest items of a huge newsboat cache) is shown in `stats`.
    problem: parsed.notes.length > 0 ? parsed.notes.join('; ') : null,
    words: parsed.articles.map((a) => termsOf(searchableText(a))),
  };
}

/** The bytes of an article file (a book or mailbox may be bigger than an article). */
export function readFileBytes(file: ScannedFile): ReadResult {
  return readScannedFileSync(file, maxBytesFor(file.rel, MAX_ARTICLE_BYTES));
}

/** The file's articles when it is in a text format, or unreadable; null when it needs the other parsers. */
export function textFileArticles(file: ScannedFile): FileArticles | null {
  if (isDatabaseName(file.rel)) return null;
  const read = readFileBytes(file);
  return read.ok ? textArticlesFromBytes(read.bytes, file.rel) : read;
}

/** {@link fileParse} of {@link textFileArticles}; null when the file needs the other parsers. */
export function textFileParse(file: ScannedFile): FileParse | null {
  const parsed = textFileArticles(file);
  return parsed === null ? null : fileParse(file, parsed);
}
