import { parseDocument } from '../formats/detect.js';
import { parseBytesDocument } from '../formats/detect-bytes.js';
import { decodedArticles, finishArticles, type FileArticles } from './text-articles.js';

export { finishArticles, type FileArticles };

/**
 * One file's bytes to safe articles, in any format: EPUB books and MIME messages (MHTML, mail)
 * from their bytes (each part has its own charset), every other file decoded as text first
 * (`text-articles.ts`).
 */
export function articlesFromBytes(bytes: Uint8Array, relPath: string): FileArticles {
  const byBytes = parseBytesDocument(bytes);
  if (byBytes !== null) return finishArticles(byBytes, relPath);
  return decodedArticles(bytes, relPath, parseDocument);
}
