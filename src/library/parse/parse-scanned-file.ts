import type { FileArticles } from './articles-from-bytes.js';
import { newsboatReadIds, readFileArticle, readFileArticles } from './container-articles.js';
import type { ScannedFile } from '../files/scan.js';
import { fileParse, type FileParse, summarize } from './text-file.js';

export { newsboatReadIds, readFileArticle, summarize, type FileParse };

/** Reads and parses one file, in any format (synchronous: it runs in the parse workers, or between yields). */
export function parseFileArticles(file: ScannedFile): FileArticles {
  return readFileArticles(file);
}

/** One file's summaries and search words. */
export function parseScannedFile(file: ScannedFile): FileParse {
  return fileParse(file, parseFileArticles(file));
}
