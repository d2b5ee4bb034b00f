import { lstat } from 'node:fs/promises';
import { type Article, paragraphsOf } from './article.js';
import type { ArticleSummary } from './library.js';
import type { FileEntry } from './live-library.js';
import { readArticleFile, type ScannedFile } from './scan.js';
import { termsOf } from './search-index.js';

/** The list-facing part of an article. */
export function summarize(article: Article): ArticleSummary {
  const { id, path, format, section, headline, published, byline, standfirst, url } = article;
  return { id, path, format, section: section ?? '', headline, published, byline, standfirst, url };
}

/** What search looks in: headline, standfirst and body. */
export function searchableText(article: Article): string {
  return [article.headline, article.standfirst ?? '', ...paragraphsOf(article)].join('\n');
}

// The parsers (Readability, linkedom, htmlparser2, yaml) load on the first file that needs
// parsing: a warm start shows cached summaries without evaluating any of them.
let parsers: Promise<typeof import('./read-article.js')> | undefined;

async function parseFile(file: ScannedFile): Promise<{ ok: true; articles: Article[] } | { ok: false; reason: string }> {
  const read = await readArticleFile(file);
  if (!read.ok) return read;
  const { articlesFromBytes } = await (parsers ??= import('./read-article.js'));
  return articlesFromBytes(read.bytes, file.rel);
}

/** Reads and parses one file: its entry for the lists, and each article's search words. */
export async function readFileArticles(file: ScannedFile): Promise<{ entry: FileEntry; words: string[][] }> {
  const parsed = await parseFile(file);
  if (!parsed.ok) return { entry: { file, summaries: [], problem: parsed.reason }, words: [] };
  return {
    entry: { file, summaries: parsed.articles.map(summarize), problem: null },
    words: parsed.articles.map((a) => termsOf(searchableText(a))),
  };
}

/** The search words of the articles a cached entry lists (read again from the file). */
export async function searchWords(file: ScannedFile, summaries: readonly ArticleSummary[]): Promise<string[][]> {
  const parsed = await parseFile(file);
  if (!parsed.ok) return summaries.map(() => []);
  const byId = new Map(parsed.articles.map((a) => [a.id, a]));
  return summaries.map((s) => {
    const article = byId.get(s.id);
    return article ? termsOf(searchableText(article)) : [];
  });
}

/** The whole article `id` from its file as it is now; null if the file no longer holds it. */
export async function readArticle(file: ScannedFile, id: string): Promise<Article | null> {
  try {
    // Stat again: the file may have been edited since the scan, and the read checks for that.
    const st = await lstat(file.abs);
    const fresh = { ...file, size: st.size, mtimeMs: st.mtimeMs, ino: st.ino, dev: st.dev };
    const parsed = await parseFile(fresh);
    return parsed.ok ? (parsed.articles.find((a) => a.id === id) ?? null) : null;
  } catch {
    return null;
  }
}
