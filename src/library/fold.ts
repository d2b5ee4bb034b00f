/**
 * Text folded for matching: lower case, accents and other combining marks removed
 * (`Bogotá` → `bogota`), compatibility forms unified (NFKD), so a query typed on a plain
 * keyboard finds what the article spells with diacritics.
 */
export function fold(text: string): string {
  return text.normalize('NFKD').replace(/\p{M}+/gu, '').toLowerCase();
}

/** The words of a query, folded; empty words dropped. */
export function queryTerms(query: string): string[] {
  return fold(query).split(/\s+/).filter(Boolean);
}
