import { fold, queryTerms, WORD_SPLIT } from '../text/fold.js';

const NON_ASCII = /[^\x00-\x7F]/;

/** Splits folded ASCII text at every character that is not a letter or digit (no regex: hot path). */
function asciiWords(text: string, into: Set<string>): void {
  let start = -1;
  for (let i = 0; i <= text.length; i++) {
    const c = i < text.length ? text.charCodeAt(i) : 32;
    const wordChar = (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || (c >= 65 && c <= 90);
    if (wordChar) {
      if (start < 0) start = i;
    } else if (start >= 0) {
      into.add(text.slice(start, i));
      start = -1;
    }
  }
}

/** The distinct folded words of a text: what the search index keeps of an article. */
export function termsOf(text: string): string[] {
  const folded = fold(text);
  const words = new Set<string>();
  // Indexing every body of a cold start spent most of its time in the Unicode split (profiled).
  if (!NON_ASCII.test(folded)) asciiWords(folded, words);
  else for (const w of folded.split(WORD_SPLIT)) if (w) words.add(w);
  return [...words];
}

/** The index as the cache stores it: ids by doc number, sorted words, and their postings. */
export interface CompactIndex {
  ids: string[];
  vocabulary: string[];
  /** `postings.subarray(offsets[i], offsets[i + 1])` are the docs of `vocabulary[i]`. */
  offsets: Uint32Array;
  postings: Uint32Array;
}

function lowerBound(sorted: readonly string[], key: string): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid]! < key) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * An inverted index of article words, searched by word prefix, ignoring case and accents
 * (`bogo` finds `Bogotá`). It holds words, not bodies, so it grows with the vocabulary and
 * the number of articles rather than with the length of the text. Typing narrows: a query
 * that extends the previous one only re-checks the previous hits.
 */
export class SearchIndex {
  readonly #ids: (string | null)[] = [];
  readonly #docOf = new Map<string, number>();
  // Loaded postings are views into one Uint32Array (no per-posting garbage, 4 bytes each); a
  // list that grows afterwards becomes a plain array.
  readonly #postings = new Map<string, number[] | Uint32Array>();
  #vocabulary: string[] | null = null;
  #last: { terms: string[]; hits: Uint8Array } | null = null;

  /** Indexes an article's words (see {@link termsOf}); re-adding an id replaces it. */
  add(id: string, terms: readonly string[]): void {
    this.remove(id);
    const doc = this.#ids.push(id) - 1;
    this.#docOf.set(id, doc);
    for (const term of terms) {
      const list = this.#postings.get(term);
      if (Array.isArray(list)) list.push(doc);
      else if (list) this.#postings.set(term, [...list, doc]);
      else {
        this.#postings.set(term, [doc]);
        this.#vocabulary = null;
      }
    }
    this.#last = null;
  }

  /** Forgets an article (its postings are skipped from now on). */
  remove(id: string): void {
    const doc = this.#docOf.get(id);
    if (doc === undefined) return;
    this.#ids[doc] = null;
    this.#docOf.delete(id);
    this.#last = null;
  }

  has(id: string): boolean {
    return this.#docOf.has(id);
  }

  /** Ids of the articles having, for every query word, a word that starts with it; null for an empty query. */
  search(query: string): Set<string> | null {
    const terms = queryTerms(query).flatMap((t) => t.split(WORD_SPLIT)).filter(Boolean);
    if (terms.length === 0) return null;
    const last = this.#last;
    const narrowing =
      last !== null && terms.length >= last.terms.length && last.terms.every((t, i) => terms[i]!.startsWith(t));
    let hits: Uint8Array | null = narrowing ? last.hits : null;
    for (const term of terms) hits = this.#match(term, hits);
    this.#last = { terms, hits: hits! };
    const ids = new Set<string>();
    hits!.forEach((hit, doc) => {
      const id = hit ? this.#ids[doc] : null;
      if (id) ids.add(id);
    });
    return ids;
  }

  /** The index in compact form for the cache: live articles only, renumbered, postings in one array. */
  exportCompact(): CompactIndex {
    const renumber = new Int32Array(this.#ids.length).fill(-1);
    const ids: string[] = [];
    this.#ids.forEach((id, doc) => {
      if (id !== null) renumber[doc] = ids.push(id) - 1;
    });
    const vocabulary: string[] = [];
    const offsets: number[] = [0];
    const postings: number[] = [];
    for (const term of (this.#vocabulary ??= [...this.#postings.keys()].sort())) {
      for (const doc of this.#postings.get(term)!) if (renumber[doc]! >= 0) postings.push(renumber[doc]!);
      if (postings.length === offsets[offsets.length - 1]) continue;
      vocabulary.push(term);
      offsets.push(postings.length);
    }
    return { ids, vocabulary, offsets: Uint32Array.from(offsets), postings: Uint32Array.from(postings) };
  }

  /** An index from its compact form, keeping only the articles `keep` accepts (the rest are skipped). */
  static fromCompact(data: CompactIndex, keep: (id: string) => boolean): SearchIndex {
    const index = new SearchIndex();
    for (const id of data.ids) {
      const alive = keep(id) && !index.#docOf.has(id);
      index.#ids.push(alive ? id : null);
      if (alive) index.#docOf.set(id, index.#ids.length - 1);
    }
    data.vocabulary.forEach((term, i) => index.#postings.set(term, data.postings.subarray(data.offsets[i], data.offsets[i + 1])));
    return index;
  }

  #match(prefix: string, within: Uint8Array | null): Uint8Array {
    const vocabulary = (this.#vocabulary ??= [...this.#postings.keys()].sort());
    const hits = new Uint8Array(this.#ids.length);
    for (let i = lowerBound(vocabulary, prefix); i < vocabulary.length && vocabulary[i]!.startsWith(prefix); i++) {
      for (const doc of this.#postings.get(vocabulary[i]!)!) if (within === null || within[doc]) hits[doc] = 1;
    }
    return hits;
  }
}
