import { lstat } from 'node:fs/promises';
import { type Article, searchableText } from '../model/article.js';
import type { ArticleSummary } from '../model/library.js';
import type { FileParse } from '../parse/parse-scanned-file.js';
import type { ScannedFile } from '../files/scan.js';
import { termsOf } from '../index/search-index.js';

// The parsers (Readability, linkedom, htmlparser2, yaml) load on the first file that needs
// parsing: a warm start shows cached summaries without evaluating any of them.
let parser: Promise<typeof import('../parse/parse-scanned-file.js')> | undefined;
const loadParser = () => (parser ??= import('../parse/parse-scanned-file.js'));

/** Loads the parsers ahead of need (once the library is idle), so the first article opens at once. */
export function preloadParser(): Promise<unknown> {
  return loadParser().catch(() => undefined);
}

/** Reads and parses one file: its summaries for the lists, and each article's search words. */
export async function readFileArticles(file: ScannedFile): Promise<FileParse> {
  return (await loadParser()).parseScannedFile(file);
}

/** The search words of the articles a cached entry lists (read again from the file). */
export async function searchWords(file: ScannedFile, summaries: readonly ArticleSummary[]): Promise<string[][]> {
  const { parseFileArticles } = await loadParser();
  const parsed = parseFileArticles(file);
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
    return (await loadParser()).readFileArticle(fresh, id);
  } catch {
    return null;
  }
}
