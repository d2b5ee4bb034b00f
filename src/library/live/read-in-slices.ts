import type { ScannedFile } from '../files/scan.js';
import { batchIndex, type BatchIndex } from '../index/compact-index.js';
import type { FileParse } from '../parse/parse-scanned-file.js';
import { readFileArticles } from './lazy-parser.js';
import type { Slicer } from './slicer.js';

/**
 * Reads files on the reader's thread beside the parse workers: each file `next` gives, until it
 * gives none, in slices between keys. A slice's files go to `onBatch` as a worker's batch does,
 * with their words as one batch index (each article's own lists of words, added one by one,
 * were the costlier way for the search index: see `SearchIndex.addBatch`).
 */
export async function readInSlices(
  next: () => ScannedFile | null,
  onBatch: (results: FileParse[], index: BatchIndex) => void,
  isClosed: () => boolean,
  slicer: Slicer,
): Promise<void> {
  let results: FileParse[] = [];
  const flush = () => {
    if (results.length === 0 || isClosed()) return;
    const index = batchIndex(results.flatMap((r) => r.words ?? []));
    for (const r of results) delete r.words;
    // Copied, as a worker's results are by postMessage: a headline or byline cut from a file's
    // text is a slice that keeps the whole text alive (V8's sliced strings), every file's.
    const batch = structuredClone(results);
    results = [];
    onBatch(batch, index);
  };
  for (let file = next(); file !== null && !isClosed(); file = next()) {
    results.push(await readFileArticles(file));
    if (await slicer.pause()) flush();
  }
  flush();
}
