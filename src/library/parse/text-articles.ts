/**
 * One file's bytes to safe articles, the steps every format shares: decode, sanitize once (so
 * every view and command prints only clean text), parse, fill the section from the folder, give
 * ids. {@link textArticlesFromBytes} reads the text formats alone, without loading the parsers
 * of pages, feeds, Markdown, books and mail (`articles-from-bytes.ts` reads every format).
 */
import type { Article } from '../model/article.js';
import { articleId } from '../model/article-id.js';
import { sectionFromPath } from '../model/section-name.js';
import { decodeBytes } from '../text/decode.js';
import { withDeclaredEncoding } from '../text/declared-encoding.js';
import { sanitizeArticle, sanitizeText } from '../text/sanitize.js';
import { mayBeBytesFormat } from '../formats/bytes-format-hint.js';
import { parseDetected } from '../formats/detect-format.js';
import type { ParseOutcome } from '../formats/parse-outcome.js';

/** The articles in one file, or why the file holds none. */
export type FileArticles =
  | {
      ok: true;
      articles: Article[];
      warnings: string[];
      /** What the file held but the library left out, for `stats` (e.g. a huge cache's oldest items). */
      notes: string[];
    }
  | { ok: false; reason: string };

/**
 * A file's articles when it is in a text format (a saved page as text, a plain note); null when
 * it may be in another (the caller reads it with `articlesFromBytes`).
 */
export function textArticlesFromBytes(bytes: Uint8Array, relPath: string): FileArticles | null {
  if (mayBeBytesFormat(bytes)) return null;
  return decodedArticles(bytes, relPath, (text, rel) => parseDetected(text, rel, null));
}

/** Decodes `bytes` as text and reads it with `parse`; null when `parse` gives null. */
export function decodedArticles(bytes: Uint8Array, relPath: string, parse: (text: string, relPath: string) => ParseOutcome): FileArticles;
export function decodedArticles(bytes: Uint8Array, relPath: string, parse: (text: string, relPath: string) => ParseOutcome | null): FileArticles | null;
export function decodedArticles(bytes: Uint8Array, relPath: string, parse: (text: string, relPath: string) => ParseOutcome | null): FileArticles | null {
  const decoded = decodeBytes(bytes);
  if (!decoded.ok) return decoded;
  const declared = withDeclaredEncoding(bytes, decoded);
  const warnings = declared.note ? [...decoded.warnings, declared.note] : decoded.warnings;
  const outcome = parse(sanitizeText(declared.text), relPath);
  return outcome === null ? null : finishArticles(outcome, relPath, [], warnings);
}

/** Sanitizes parsed articles, fills each one's section from the folder when it names none, gives ids. */
export function finishArticles(outcome: ParseOutcome, relPath: string, notes: string[] = [], warnings: string[] = []): FileArticles {
  if (!outcome.ok) return outcome;
  const articles: Article[] = [];
  const ids = new Set<string>();
  for (const parsed of outcome.articles) {
    const clean = sanitizeArticle(parsed);
    if (!clean.headline) continue;
    const article = { ...clean, section: clean.section || sectionFromPath(relPath) };
    const id = articleId(article);
    // One story twice in one file (two feeds of a cache, a book's repeated link) is listed once.
    if (ids.has(id)) continue;
    ids.add(id);
    articles.push({ ...article, id, path: relPath });
  }
  if (articles.length === 0) return { ok: false, reason: 'no headline found' };
  return { ok: true, articles, warnings, notes };
}
