import { queryTerms, WORD_SPLIT } from '../text/fold.js';
import { type BatchIndex, type CompactIndex, type CompactPart, drain, lowerBound } from './compact-index.js';
import { type BatchPart, matchParts, mergeIndex } from './merge-index.js';
import { markDocs } from './packed-postings.js';

export type { BatchIndex, CompactIndex } from './compact-index.js';
export { termsOf } from './terms.js';

/** Versions handed out so far: every index's numbering has its own. */
let versions = 0;

/**
 * An inverted index of article words, searched by word prefix, ignoring case and accents
 * (`bogo` finds `Bogotá`). It holds words, not bodies, so it grows with the vocabulary and
 * the number of articles rather than with the length of the text. Typing narrows: a query
 * that extends the previous one only re-checks the previous hits.
 */
export class SearchIndex {
  readonly #ids: (string | null)[] = [];
  readonly #docOf = new Map<string, number>();
  // The index a warm start took from the cache, searched in place: building a map of its every
  // word held the reader's thread for tens of ms at 50,000 articles (profiled while paging).
  #base: CompactPart | null = null;
  // The batches of words the parse workers sent, as they came: their postings stay in the typed
  // arrays the workers transferred. Merged into per-word lists, a cold load of 10,000 articles
  // held 12,000 growing arrays of 1.5 million numbers (~17 MB, and as much again of their
  // copies as they grew, before a full GC) and spent ~170 ms of the reader's thread on them.
  #parts: BatchPart[] = [];
  // Words of the articles added one by one since.
  readonly #postings = new Map<string, number[]>();
  #vocabulary: string[] | null = null;
  #last: { terms: string[]; hits: Uint8Array } | null = null;
  #version = ++versions;

  /** Indexes an article's words (see {@link termsOf}); re-adding an id replaces it. */
  add(id: string, terms: readonly string[]): void {
    const doc = this.#register(id);
    for (const term of terms) this.#list(term).push(doc);
    this.#changed();
  }

  /** Indexes a batch of articles (`ids[k]` is article k of the batch); re-adding an id replaces it. */
  addBatch(ids: readonly string[], batch: BatchIndex): void {
    const docs = Uint32Array.from(ids, (id) => this.#register(id));
    this.#parts.push({ terms: batch.terms, offsets: batch.offsets, postings: batch.postings, docs });
    this.#changed();
  }

  /** An article added, removed or renumbered: the last search and the doc numbers handed out are stale. */
  #changed(): void {
    this.#last = null;
    this.#version = ++versions;
  }

  #register(id: string): number {
    this.remove(id);
    const doc = this.#ids.push(id) - 1;
    this.#docOf.set(id, doc);
    return doc;
  }

  #list(term: string): number[] {
    let list = this.#postings.get(term);
    if (list === undefined) {
      this.#postings.set(term, (list = []));
      this.#vocabulary = null;
    }
    return list;
  }

  /** Forgets an article (its postings are skipped from now on). */
  remove(id: string): void {
    const doc = this.#docOf.get(id);
    if (doc === undefined) return;
    this.#ids[doc] = null;
    this.#docOf.delete(id);
    this.#changed();
  }

  has(id: string): boolean {
    return this.#docOf.has(id);
  }

  /**
   * Which articles have, for every query word, a word that starts with it: `hits[doc]` is 1 for
   * each (`docOf` gives an article's doc); null for an empty query.
   */
  hits(query: string): Uint8Array | null {
    const terms = queryTerms(query).flatMap((t) => t.split(WORD_SPLIT)).filter(Boolean);
    if (terms.length === 0) return null;
    const last = this.#last;
    const narrowing =
      last !== null && terms.length >= last.terms.length && last.terms.every((t, i) => terms[i]!.startsWith(t));
    let hits: Uint8Array | null = narrowing ? last.hits : null;
    for (const term of terms) hits = this.#match(term, hits);
    this.#last = { terms, hits: hits! };
    return hits;
  }

  /** An article's doc number in {@link hits}, -1 if it is not indexed; valid while {@link version} stays the same. */
  docOf(id: string): number {
    return this.#docOf.get(id) ?? -1;
  }

  /** Changes whenever articles are added, removed or renumbered (unique across indexes). */
  get version(): number {
    return this.#version;
  }

  /** Ids of the articles having, for every query word, a word that starts with it; null for an empty query. */
  search(query: string): Set<string> | null {
    const hits = this.hits(query);
    if (hits === null) return null;
    const ids = new Set<string>();
    hits.forEach((hit, doc) => {
      const id = hit ? this.#ids[doc] : null;
      if (id) ids.add(id);
    });
    return ids;
  }

  /** The index in compact form for the cache: live articles only, renumbered, postings packed in one array. */
  exportCompact(): CompactIndex {
    return drain(this.exportSteps());
  }

  /** {@link exportCompact} in steps (see `mergeCompact`): the index must not change until it is done. */
  *exportSteps(): Generator<void, CompactIndex> {
    const renumber = new Int32Array(this.#ids.length).fill(-1);
    const ids: string[] = [];
    this.#ids.forEach((id, doc) => {
      if (id !== null) renumber[doc] = ids.push(id) - 1;
    });
    yield;
    return yield* mergeIndex(this.#base, this.#parts, this.#postings, ids, renumber);
  }

  /**
   * From now on searches `data`, an export of this very index taken while it did not change
   * (its words and articles, renumbered): the per-word lists of postings are let go. After a
   * cold load of 10,000 articles they were 12,000 arrays holding 1.5 million numbers (~17 MB of
   * heap, 1.7 MB as the export's packed postings); a warm start searches the same form in place.
   */
  adoptExport(data: CompactIndex): void {
    this.#ids.length = 0;
    this.#docOf.clear();
    data.ids.forEach((id, doc) => {
      this.#ids.push(id);
      this.#docOf.set(id, doc);
    });
    this.#base = { vocabulary: data.vocabulary, offsets: data.offsets, gaps: data.gaps };
    this.#parts = [];
    this.#postings.clear();
    this.#vocabulary = null;
    this.#changed();
  }

  /** Words held in per-word lists, not in the compact form (what an export would let go). */
  get listedWords(): number {
    return this.#postings.size;
  }

  /**
   * An index over a compact one, keeping only the articles `keep` accepts (the rest are
   * skipped); `pause` is awaited every few hundred articles, so a reader keeps answering keys.
   */
  static async fromCompact(data: CompactIndex, keep: (id: string) => boolean, pause: () => Promise<unknown> = async () => undefined): Promise<SearchIndex> {
    const index = new SearchIndex();
    for (let k = 0; k < data.ids.length; k++) {
      if (k % 256 === 255) await pause();
      const id = data.ids[k]!;
      const alive = keep(id) && !index.#docOf.has(id);
      index.#ids.push(alive ? id : null);
      if (alive) index.#docOf.set(id, k);
    }
    index.#base = data;
    return index;
  }

  #sortedWords(): string[] {
    return (this.#vocabulary ??= [...this.#postings.keys()].sort());
  }

  #match(prefix: string, within: Uint8Array | null): Uint8Array {
    const hits = new Uint8Array(this.#ids.length);
    const base = this.#base;
    if (base !== null) {
      const { vocabulary, offsets, gaps } = base;
      for (let i = lowerBound(vocabulary, prefix); i < vocabulary.length && vocabulary[i]!.startsWith(prefix); i++) {
        markDocs(gaps, offsets[i]!, offsets[i + 1]!, within, hits);
      }
    }
    matchParts(this.#parts, prefix, within, hits);
    const vocabulary = this.#sortedWords();
    for (let i = lowerBound(vocabulary, prefix); i < vocabulary.length && vocabulary[i]!.startsWith(prefix); i++) {
      for (const doc of this.#postings.get(vocabulary[i]!)!) if (within === null || within[doc]) hits[doc] = 1;
    }
    return hits;
  }
}
