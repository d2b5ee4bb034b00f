import type { Article } from '../model/article.js';
import { articleId } from '../model/article-id.js';
import { decodeBytes } from '../text/decode.js';
import { withDeclaredEncoding } from '../text/declared-encoding.js';
import { parseDocument } from '../formats/detect.js';
import { sanitizeArticle, sanitizeText } from '../text/sanitize.js';
import { sectionFromPath } from '../model/section-name.js';

/** The articles in one file, or why the file holds none. */
export type FileArticles = { ok: true; articles: Article[]; warnings: string[] } | { ok: false; reason: string };

/**
 * One file's bytes to safe articles: decode, sanitize once (so every view and command prints
 * only clean text), detect the format, parse, fill the section from the folder, give ids.
 */
export function articlesFromBytes(bytes: Uint8Array, relPath: string): FileArticles {
  const decoded = decodeBytes(bytes);
  if (!decoded.ok) return decoded;
  const declared = withDeclaredEncoding(bytes, decoded);
  const outcome = parseDocument(sanitizeText(declared.text), relPath);
  if (!outcome.ok) return outcome;
  const articles: Article[] = [];
  for (const parsed of outcome.articles) {
    const clean = sanitizeArticle(parsed);
    if (!clean.headline) continue;
    const article = { ...clean, section: clean.section || sectionFromPath(relPath) };
    articles.push({ ...article, id: articleId(article), path: relPath });
  }
  if (articles.length === 0) return { ok: false, reason: 'no headline found' };
  return { ok: true, articles, warnings: declared.note ? [...decoded.warnings, declared.note] : decoded.warnings };
}
