/**
 * Inverted indexes in compact form: sorted words and their postings in typed arrays. The search
 * cache stores one, a warm start searches it in place (no map of every word is built), and a
 * parse worker sends one per batch of files (a few thousand strings and two transferable arrays
 * instead of every article's word list).
 */

/** The index as the cache stores it: ids by doc number, sorted words, and their postings. */
export interface CompactIndex {
  ids: string[];
  vocabulary: string[];
  /** `postings.subarray(offsets[i], offsets[i + 1])` are the docs of `vocabulary[i]`. */
  offsets: Uint32Array;
  postings: Uint32Array;
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
export type CompactPart = Pick<CompactIndex, 'vocabulary' | 'offsets' | 'postings'>;

/** Words merged between two yields of {@link mergeCompact} (a few ms of work). */
const WORDS_PER_STEP = 2_048;

/**
 * Merges a compact part and a map of further postings (words sorted in `mapWords`) into one
 * compact index, docs renumbered through `renumber` (-1: gone) and words left with no doc
 * dropped. A generator that yields every few thousand words, so a caller can let keys in
 * between (at 50,000 articles this was one block of the reader's thread at the end of a load);
 * {@link drain} runs it at once.
 */
export function* mergeCompact(
  base: CompactPart | null,
  map: ReadonlyMap<string, readonly number[]>,
  mapWords: readonly string[],
  ids: string[],
  renumber: Int32Array,
): Generator<void, CompactIndex> {
  const baseWords = base?.vocabulary ?? [];
  let most = base?.postings.length ?? 0;
  for (const docs of map.values()) most += docs.length;
  const vocabulary: string[] = [];
  const offsets = new Uint32Array(baseWords.length + mapWords.length + 1);
  const postings = new Uint32Array(most);
  let count = 0;
  let i = 0;
  let j = 0;
  while (i < baseWords.length || j < mapWords.length) {
    if ((i + j) % WORDS_PER_STEP === WORDS_PER_STEP - 1) yield;
    const b = baseWords[i];
    const m = mapWords[j];
    const term = m === undefined || (b !== undefined && b <= m) ? b! : m;
    const before = count;
    if (b === term) {
      for (let k = base!.offsets[i]!, end = base!.offsets[i + 1]!; k < end; k++) {
        const to = renumber[base!.postings[k]!]!;
        if (to >= 0) postings[count++] = to;
      }
      i++;
    }
    if (m === term) {
      for (const doc of map.get(term)!) {
        const to = renumber[doc]!;
        if (to >= 0) postings[count++] = to;
      }
      j++;
    }
    if (count === before) continue;
    offsets[vocabulary.push(term)] = count;
  }
  return { ids, vocabulary, offsets: offsets.slice(0, vocabulary.length + 1), postings: postings.slice(0, count) };
}

/** Runs a stepwise computation to its end at once. */
export function drain<T>(steps: Generator<void, T>): T {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}
