import type { Article } from '../model/article.js';
import { articleId } from '../model/article-id.js';
import { decodeBytes } from '../text/decode.js';
import { withDeclaredEncoding } from '../text/declared-encoding.js';
import { parseDocument, type ParseOutcome } from '../formats/detect.js';
import { parseBytesDocument } from '../formats/detect-bytes.js';
import { sanitizeArticle, sanitizeText } from '../text/sanitize.js';
import { sectionFromPath } from '../model/section-name.js';

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
 * One file's bytes to safe articles: decode, sanitize once (so every view and command prints
 * only clean text), detect the format, parse, fill the section from the folder, give ids.
 */
export function articlesFromBytes(bytes: Uint8Array, relPath: string): FileArticles {
  // EPUB books and MIME messages (MHTML, mail) are read from their bytes: each part has its own charset.
  const byBytes = parseBytesDocument(bytes);
  if (byBytes !== null) return finishArticles(byBytes, relPath);
  const decoded = decodeBytes(bytes);
  if (!decoded.ok) return decoded;
  const declared = withDeclaredEncoding(bytes, decoded);
  const warnings = declared.note ? [...decoded.warnings, declared.note] : decoded.warnings;
  return finishArticles(parseDocument(sanitizeText(declared.text), relPath), relPath, [], warnings);
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
