// A parse worker (bundled as dist/parse-worker.js): turns batches of files into summaries and
// search words, so a cold start uses every core and the reader's thread stays free for keys.
import { parentPort } from 'node:worker_threads';
import { parseScannedFile } from '../parse/parse-scanned-file.js';
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
parentPort?.on('message', (files: ScannedFile[]) => {
  const results = files.map(parseScannedFile);
  const index = numbers.encode(batchIndex(results.flatMap((r) => r.words ?? [])));
  for (const r of results) delete r.words;
  const transfer = [index.termIds.buffer, index.offsets.buffer, index.postings.buffer] as ArrayBuffer[];
  parentPort!.postMessage({ results, index }, transfer);
  collectGrowth();
});
