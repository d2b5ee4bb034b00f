import { lstat } from 'node:fs/promises';
import { type Article, type ArticleFormat, searchableText } from '../model/article.js';
import type { ArticleSummary } from '../model/library.js';
import type { FileArticles } from '../parse/text-articles.js';
import type { FileParse } from '../parse/text-file.js';
import type { ScannedFile } from '../files/scan.js';
import { termsOf } from '../index/search-index.js';

// The parsers load on the first file that needs parsing: a warm start shows cached summaries
// without evaluating any of them. Those of the text formats first (parse/text-file.ts); those of
// web pages, feeds, Markdown, books, mail and newsboat's cache (Readability, linkedom,
// htmlparser2, yaml, SQLite: 14-17 MB of a thread's memory once evaluated) only for a file that
// is in one of those formats, so a library of text files never loads them.
let text: Promise<typeof import('../parse/text-file.js')> | undefined;
let all: Promise<typeof import('../parse/parse-scanned-file.js')> | undefined;
const loadText = () => (text ??= import('../parse/text-file.js'));
const loadAll = () => (all ??= import('../parse/parse-scanned-file.js'));

/**
 * Loads the parsers ahead of need (once the library is idle), so the first article opens at once:
 * those of every format when `everyFormat` (the library holds an article that is not text).
 */
export function preloadParser(everyFormat: boolean): Promise<unknown> {
  return Promise.all([loadText(), everyFormat ? loadAll() : null]).catch(() => undefined);
}

const TEXT_FORMATS: ReadonlySet<ArticleFormat> = new Set(['page-text', 'plain-text']);

/** Whether every article the entries list is in a text format (so opening one needs only those parsers). */
export function allText(entries: Iterable<{ summaries: readonly ArticleSummary[] }>): boolean {
  for (const entry of entries) for (const s of entry.summaries) if (!TEXT_FORMATS.has(s.format)) return false;
  return true;
}

/** The file's articles, read with the text formats' parsers when they can (see above). */
async function articlesOf(file: ScannedFile): Promise<FileArticles> {
  const parsed = all === undefined ? (await loadText()).textFileArticles(file) : null;
  return parsed ?? (await loadAll()).parseFileArticles(file);
}

/** Reads and parses one file: its summaries for the lists, and each article's search words. */
export async function readFileArticles(file: ScannedFile): Promise<FileParse> {
  const parsed = await articlesOf(file);
  return (await loadText()).fileParse(file, parsed);
}

/** The search words of the articles a cached entry lists (read again from the file). */
export async function searchWords(file: ScannedFile, summaries: readonly ArticleSummary[]): Promise<string[][]> {
  const parsed = await articlesOf(file);
  if (!parsed.ok) return summaries.map(() => []);
  const byId = new Map(parsed.articles.map((a) => [a.id, a]));
  return summaries.map((s) => {
    const article = byId.get(s.id);
    return article ? termsOf(searchableText(article)) : [];
  });
}

/** The whole article `id` from its file as it is now; null if the file no longer holds it. */
export async function readArticleFromFile(file: ScannedFile, id: string): Promise<Article | null> {
  try {
    // Stat again: the file may have been edited since the scan, and the read checks for that.
    const st = await lstat(file.abs);
    const fresh = { ...file, size: st.size, mtimeMs: st.mtimeMs, ino: st.ino, dev: st.dev };
    const parsed = all === undefined ? (await loadText()).textFileArticles(fresh) : null;
    // Other files by id (container-articles.ts: newsboat's cache finds one item without parsing every other).
    if (parsed === null) return (await loadAll()).readFileArticle(fresh, id);
    return parsed.ok ? (parsed.articles.find((a) => a.id === id) ?? null) : null;
  } catch {
    return null;
  }
}
