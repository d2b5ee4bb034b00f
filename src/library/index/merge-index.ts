/**
 * The search index's export: its compact part (a warm start's cache), the batches of words the
 * parse workers sent (kept as they came) and the words of articles added one by one, merged into
 * one compact index with the articles renumbered. Linear in the postings: each distinct word is
 * numbered once, postings are counted per word, then placed; only words outside the compact part
 * are sorted; the postings are packed last. A generator that yields every few thousand words or batches, so a caller lets keys
 * in between (at 50,000 articles this was one block of the reader's thread at the end of a load).
 */
import type { BatchIndex, CompactIndex, CompactPart } from './compact-index.js';
import { forEachDoc, packPostings } from './packed-postings.js';

/** A parse worker's batch as the index keeps it: `docs[k]` is the index's number of its article k. */
export interface BatchPart extends BatchIndex {
  docs: Uint32Array;
}

/** Words (or batches) handled between two yields. */
const STEP = 2_048;

/** Marks in `hits` the docs of every word of `parts` that starts with `prefix` (and is in `within`). */
export function matchParts(parts: readonly BatchPart[], prefix: string, within: Uint8Array | null, hits: Uint8Array): void {
  for (const { terms, offsets, postings, docs } of parts) {
    for (let i = 0; i < terms.length; i++) {
      if (!terms[i]!.startsWith(prefix)) continue;
      for (let k = offsets[i]!; k < offsets[i + 1]!; k++) {
        const doc = docs[postings[k]!]!;
        if (within === null || within[doc]) hits[doc] = 1;
      }
    }
  }
}

/**
 * One source of postings: word numbers, and for the i-th word its docs (in the index's
 * numbering): a parse worker's batch read in place (`part`), or any other through `each`.
 */
type Source = { words: Uint32Array } & ({ part: BatchPart } | { each(i: number, visit: (doc: number) => void): void });

/**
 * Merges `base`, `parts` and `map` into one compact index: docs renumbered through `renumber`
 * (-1: gone), words left with no doc dropped, each word's docs in increasing order.
 */
export function* mergeIndex(
  base: CompactPart | null,
  parts: readonly BatchPart[],
  map: ReadonlyMap<string, readonly number[]>,
  ids: string[],
  renumber: Int32Array,
): Generator<void, CompactIndex> {
  const numbers = new Map<string, number>();
  const words: string[] = [];
  const numberOf = (word: string): number => {
    let n = numbers.get(word);
    if (n === undefined) numbers.set(word, (n = words.push(word) - 1));
    return n;
  };
  const sources: Source[] = [];
  if (base !== null) {
    const { vocabulary, offsets, gaps } = base;
    // Numbered first and in order: the compact part's words are sorted already.
    const nums = new Uint32Array(vocabulary.length);
    for (let i = 0; i < vocabulary.length; i++) {
      nums[i] = numberOf(vocabulary[i]!);
      if (i % STEP === STEP - 1) yield;
    }
    sources.push({ words: nums, each: (i, visit) => forEachDoc(gaps, offsets[i]!, offsets[i + 1]!, visit) });
  }
  const sorted = words.length;
  for (const [p, part] of parts.entries()) {
    sources.push({ words: numbered(part.terms, numberOf), part });
    if (p % 64 === 63) yield;
  }
  const lists = [...map.values()];
  sources.push({ words: numbered([...map.keys()], numberOf), each: (i, visit) => lists[i]!.forEach(visit) });
  // Postings per word, live docs only. The loops over postings are small functions of their own,
  // not this generator's code: a cold load's merge runs once a process, in the reader's thread
  // alone after the parse workers have ended, so its first run is what counts, and with its loops
  // in the generator that first run was 93-104 ms against 65-70 (the bench library's 10,000
  // articles, 1.7 million postings, a fresh process each; packing as in packed-postings.ts).
  const allLive = !renumber.includes(-1);
  const counts = new Uint32Array(words.length);
  for (const [s, source] of sources.entries()) {
    countLive(source, renumber, allLive, counts);
    if (s % 64 === 63) yield;
  }
  // The words that kept a doc, sorted: the compact part's in their order, the others sorted and merged in.
  const extra = [];
  for (let w = sorted; w < words.length; w++) if (counts[w]! > 0) extra.push(w);
  extra.sort((a, b) => (words[a]! < words[b]! ? -1 : 1));
  const order: number[] = [];
  for (let w = 0, e = 0; w < sorted || e < extra.length; ) {
    if (w < sorted && counts[w] === 0) w++;
    else if (e < extra.length && (w >= sorted || words[extra[e]!]! < words[w]!)) order.push(extra[e++]!);
    else order.push(w++);
  }
  yield;
  const vocabulary = order.map((w) => words[w]!);
  const offsets = new Uint32Array(order.length + 1);
  const next = new Uint32Array(words.length);
  let total = 0;
  order.forEach((w, r) => {
    offsets[r] = next[w] = total;
    total += counts[w]!;
  });
  offsets[order.length] = total;
  const postings = new Uint32Array(total);
  for (const [s, source] of sources.entries()) {
    place(source, renumber, next, postings);
    if (s % 64 === 63) yield;
  }
  // A word met in several sources (an article added alone between two batches) may be out of order.
  for (let r = 0; r < order.length; r += STEP) {
    sortEach(offsets, postings, r, Math.min(order.length, r + STEP));
    yield;
  }
  return { ids, vocabulary, ...(yield* packPostings(offsets, postings)) };
}

/** Adds to `counts` the live postings of each word of `source` (a batch's read in place, by its offsets when `allLive`). */
function countLive(source: Source, renumber: Int32Array, allLive: boolean, counts: Uint32Array): void {
  const { words } = source;
  if (!('part' in source)) {
    for (let i = 0; i < words.length; i++) {
      const w = words[i]!;
      source.each(i, (doc) => {
        if (renumber[doc]! >= 0) counts[w]! += 1;
      });
    }
    return;
  }
  const { offsets, postings, docs } = source.part;
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    if (allLive) counts[w]! += offsets[i + 1]! - offsets[i]!;
    else for (let k = offsets[i]!; k < offsets[i + 1]!; k++) if (renumber[docs[postings[k]!]!]! >= 0) counts[w]! += 1;
  }
}

/** Writes `source`'s live postings, renumbered, at each word's `next` place (moved on past them). */
function place(source: Source, renumber: Int32Array, next: Uint32Array, out: Uint32Array): void {
  const { words } = source;
  if (!('part' in source)) {
    for (let i = 0; i < words.length; i++) {
      const w = words[i]!;
      source.each(i, (doc) => {
        const to = renumber[doc]!;
        if (to >= 0) out[next[w]!++] = to;
      });
    }
    return;
  }
  const { offsets, postings, docs } = source.part;
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    let at = next[w]!;
    for (let k = offsets[i]!; k < offsets[i + 1]!; k++) {
      const to = renumber[docs[postings[k]!]!]!;
      if (to >= 0) out[at++] = to;
    }
    next[w] = at;
  }
}

/** Sorts the postings of words `from` to `to` that are out of order. */
function sortEach(offsets: Uint32Array, postings: Uint32Array, from: number, to: number): void {
  for (let r = from; r < to; r++) {
    for (let k = offsets[r]! + 1; k < offsets[r + 1]!; k++) {
      if (postings[k - 1]! > postings[k]!) {
        postings.subarray(offsets[r]!, offsets[r + 1]!).sort();
        break;
      }
    }
  }
}

function numbered(terms: readonly string[], numberOf: (word: string) => number): Uint32Array {
  const words = new Uint32Array(terms.length);
  for (let i = 0; i < terms.length; i++) words[i] = numberOf(terms[i]!);
  return words;
}
