/**
 * A parse worker's batches of words as numbers: each word is sent as a string once, the first
 * time the worker meets it, and as its number after that. The reader's side keeps the strings
 * by number, one table per worker (a worker's messages arrive in the order it sent them).
 *
 * Why: news repeats its words. The batches of the bench's 10,000 articles carry 154,000 words,
 * 1,218 of them distinct per worker; each was copied out of the worker and again into the
 * reader's thread (`postMessage` was 7-8 % of a worker's profile at a cold start, and as much
 * again of the reader's), then hashed again to find its postings. Numbered, a batch sends its
 * new words and one array, and the reader looks up strings it already holds (V8 keeps a
 * string's hash).
 */
import type { BatchIndex } from './compact-index.js';

/** A {@link BatchIndex} as a worker sends it. */
export interface NumberedBatch {
  /** `terms[i]` of the batch is word number `termIds[i]` of the worker's table. */
  termIds: Uint32Array;
  /** Words new to the table, numbered on from its size (after `reset`, from 0). */
  fresh: string[];
  /** The table was emptied first (it reached {@link MAX_NUMBERED} words). */
  reset: boolean;
  offsets: Uint32Array;
  postings: Uint32Array;
}

/** Words a table holds at most: a long-running worker's table never grows without bound. */
export const MAX_NUMBERED = 250_000;

/** The worker's side: numbers words as it sends them. */
export class TermNumbers {
  readonly #ids = new Map<string, number>();

  constructor(private readonly max = MAX_NUMBERED) {}

  encode(batch: BatchIndex): NumberedBatch {
    const reset = this.#ids.size + batch.terms.length > this.max;
    if (reset) this.#ids.clear();
    const termIds = new Uint32Array(batch.terms.length);
    const fresh: string[] = [];
    batch.terms.forEach((term, i) => {
      let id = this.#ids.get(term);
      if (id === undefined) {
        id = this.#ids.size;
        this.#ids.set(term, id);
        fresh.push(term);
      }
      termIds[i] = id;
    });
    return { termIds, fresh, reset, offsets: batch.offsets, postings: batch.postings };
  }
}

/** The reader's side: the words of one worker's table, by number. */
export class TermTable {
  #terms: string[] = [];

  /** Takes a batch's new words (every batch must pass here, in order) and gives it with its words. */
  decode(batch: NumberedBatch): BatchIndex {
    if (batch.reset) this.#terms = [];
    for (const term of batch.fresh) this.#terms.push(term);
    const terms = new Array<string>(batch.termIds.length);
    for (let i = 0; i < terms.length; i++) terms[i] = this.#terms[batch.termIds[i]!]!;
    return { terms, offsets: batch.offsets, postings: batch.postings };
  }
}
