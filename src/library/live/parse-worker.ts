// A parse worker (bundled as dist/parse-worker.js): turns batches of files into summaries and
// search words, so a cold start uses every core and the reader's thread stays free for keys.
import { parentPort } from 'node:worker_threads';
import { type FileParse, textFileParse } from '../parse/text-file.js';
import type { ScannedFile } from '../files/scan.js';
import { batchIndex } from '../index/compact-index.js';
import { TermNumbers } from '../index/batch-terms.js';
import { collectGarbage } from './full-collection.js';
import { collectOnGrowth } from './old-space-growth.js';

// Each batch's words go as one small inverted index (see compact-index.ts), not as a list per
// article: the reader's thread then takes each distinct word of the batch once, and unpacks a
// few thousand strings instead of every article's (profiled: adding words was most of what a
// cold start did there, beside drawing). Words it was sent before go as numbers (batch-terms.ts).
const numbers = new TermNumbers();
// A worker promotes most of each batch's garbage (its young generation is small, parse-pool.ts):
// collected every 4 MB, its old space stayed at 11-12 MB through a cold load of 10,000 articles
// instead of growing to 27 MB (a full collection of this heap takes a few ms of this thread).
const collectGrowth = collectOnGrowth(4 * 1024 * 1024, collectGarbage);
// The parsers of web pages, feeds, Markdown, books, mail and newsboat's cache load with the first
// file that needs them (14 MB of this thread's memory once evaluated): a library of text files
// is read with the text formats' parsers alone (parse/text-file.ts).
let everyFormat: typeof import('../parse/parse-scanned-file.js') | null = null;

async function parse(file: ScannedFile): Promise<FileParse> {
  const parsed = everyFormat === null ? textFileParse(file) : null;
  return parsed ?? (everyFormat ??= await import('../parse/parse-scanned-file.js')).parseScannedFile(file);
}

// Batches are answered in the order they came, one at a time (the word numbers depend on it).
let answered: Promise<void> = Promise.resolve();
parentPort?.on('message', (files: ScannedFile[]) => {
  answered = answered.then(() => answer(files)).catch((error: unknown) => {
    // As a throw in a handler would: the pool sees the worker's error.
    setImmediate(() => {
      throw error;
    });
  });
});

async function answer(files: ScannedFile[]): Promise<void> {
  const results: FileParse[] = [];
  for (const file of files) results.push(await parse(file));
  const index = numbers.encode(batchIndex(results.flatMap((r) => r.words ?? [])));
  for (const r of results) delete r.words;
  const transfer = [index.termIds.buffer, index.offsets.buffer, index.postings.buffer] as ArrayBuffer[];
  parentPort!.postMessage({ results, index }, transfer);
  collectGrowth();
}
