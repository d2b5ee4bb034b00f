import { fold, queryTerms } from './fold.js';

/**
 * Case- and accent-insensitive search over each article's headline, standfirst and body.
 * Typing narrows: a query that extends the previous one only re-checks the previous hits.
 */
export class SearchIndex {
  readonly #ids: string[] = [];
  readonly #texts: string[] = [];
  #last: { terms: string[]; hits: number[] } | null = null;

  /** Adds an article's searchable text; ids are returned in the order they were added. */
  add(id: string, text: string): void {
    this.#ids.push(id);
    this.#texts.push(fold(text));
    this.#last = null;
  }

  get size(): number {
    return this.#ids.length;
  }

  /** Ids whose text contains every word of the query (all ids for an empty query). */
  search(query: string): string[] {
    const terms = queryTerms(query);
    const last = this.#last;
    const narrowing =
      last !== null && terms.length >= last.terms.length && last.terms.every((t, i) => terms[i]!.includes(t));
    const candidates = narrowing ? last.hits : this.#texts.map((_, i) => i);
    const hits = candidates.filter((i) => terms.every((t) => this.#texts[i]!.includes(t)));
    this.#last = { terms, hits };
    return hits.map((i) => this.#ids[i]!);
  }
}
