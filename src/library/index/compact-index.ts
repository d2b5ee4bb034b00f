/**
 * Inverted indexes in compact form: sorted words and their postings in typed arrays (the
 * search cache's packed, see `packed-postings.ts`). The search
 * cache stores one, a warm start searches it in place (no map of every word is built), and a
 * parse worker sends one per batch of files (a few thousand strings and two transferable arrays
 * instead of every article's word list).
 */

/** The index as the cache stores it: ids by doc number, sorted words, and their postings. */
export interface CompactIndex {
  ids: string[];
  vocabulary: string[];
  /** `gaps.subarray(offsets[i], offsets[i + 1])` are the docs of `vocabulary[i]`, packed (`packed-postings.ts`). */
  offsets: Uint32Array;
  gaps: Uint8Array;
}

/** The words of a batch of articles, each word once: postings are article numbers in the batch. */
export interface BatchIndex {
  terms: string[];
  offsets: Uint32Array;
  postings: Uint32Array;
}

/** The first index in `sorted` whose word is not below `key`. */
export function lowerBound(sorted: readonly string[], key: string): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid]! < key) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** One batch's words (`words[k]`, article k's distinct words) as a {@link BatchIndex}. */
export function batchIndex(words: readonly (readonly string[])[]): BatchIndex {
  const docsOf = new Map<string, number[]>();
  words.forEach((list, doc) => {
    for (const term of list) {
      const docs = docsOf.get(term);
      if (docs) docs.push(doc);
      else docsOf.set(term, [doc]);
    }
  });
  const terms: string[] = [];
  const offsets = new Uint32Array(docsOf.size + 1);
  let count = 0;
  for (const docs of docsOf.values()) count += docs.length;
  const postings = new Uint32Array(count);
  let at = 0;
  for (const [term, docs] of docsOf) {
    offsets[terms.push(term) - 1] = at;
    postings.set(docs, at);
    at += docs.length;
  }
  offsets[terms.length] = at;
  return { terms, offsets, postings };
}

/** A compact part's words and postings (the ids live with the index that owns it). */
export type CompactPart = Pick<CompactIndex, 'vocabulary' | 'offsets' | 'gaps'>;

/** Runs a stepwise computation to its end at once. */
export function drain<T>(steps: Generator<void, T>): T {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}
