const NON_ASCII = /[^\x00-\x7F]/;

/**
 * Text folded for matching: lower case, accents and other combining marks removed
 * (`Bogotá` → `bogota`), compatibility forms unified (NFKD), so a query typed on a plain
 * keyboard finds what the article spells with diacritics.
 */
export function fold(text: string): string {
  // Most news text is ASCII; NFKD over it is a costly no-op (a third of indexing time).
  if (!NON_ASCII.test(text)) return text.toLowerCase();
  return foldDecomposed(text.normalize('NFKD'));
}

/** {@link fold} of a text already in NFKD (normalizing it again would change nothing). */
export function foldDecomposed(decomposed: string): string {
  return decomposed.replace(/\p{M}+/gu, '').toLowerCase();
}

/** What separates words for search: anything that is not a letter or a digit. */
export const WORD_SPLIT = /[^\p{L}\p{N}]+/u;

/** The folded words of a text, in order, split where the search index splits them (phrases match on these). */
export function foldedWords(text: string): string[] {
  return fold(text).split(WORD_SPLIT).filter(Boolean);
}

/** The words of a query, folded; empty words dropped. */
export function queryTerms(query: string): string[] {
  return fold(query).split(/\s+/).filter(Boolean);
}
