import type { ScannedFile } from '../files/scanned-file.js';
import type { ArticleSummary } from '../model/library.js';

/** One file and what it holds. */
export interface FileEntry {
  file: ScannedFile;
  summaries: ArticleSummary[];
  problem: string | null;
}
