/**
 * Telling a related-article headline that a saved page left between two paragraphs
 * (teleSUR's `Israeli Tanks Raid Northern Gaza Strip`) from a short paragraph of the body.
 */

// Words a Title Case headline leaves in lower case.
const SMALL_WORDS = new Set([
  'a', 'an', 'the', 'and', 'but', 'or', 'nor', 'for', 'so', 'yet', 'as', 'at', 'by', 'in',
  'of', 'off', 'on', 'per', 'to', 'up', 'via', 'vs', 'vs.', 'with', 'from', 'into', 'over',
  'de', 'del', 'la', 'el', 'y',
]);

/** True when most words that a headline would capitalise are capitalised. */
export function isTitleCase(text: string): boolean {
  const words = text
    .split(' ')
    .map((w) => w.replace(/^[^\p{L}\p{N}]+/u, ''))
    .filter((w) => /^\p{L}/u.test(w) && !SMALL_WORDS.has(w.toLowerCase()));
  if (words.length < 2) return false;
  const capitalised = words.filter((w) => /^\p{Lu}/u.test(w)).length;
  return capitalised / words.length >= 0.75;
}

/**
 * Whether a one-line item standing between body paragraphs is a related-article headline.
 *
 * The heuristic, in order:
 * - 3 to 20 words, at most 160 characters, starting with a capital, digit or opening quote;
 * - no link, handle or sign-off slash (`@`, `http`, `/`);
 * - no sentence ending: a line ending in `.`, `,`, `;`, `:` or `…` (also before a closing
 *   quote or bracket, as in `...ago."`) is always a paragraph; a closing quote after a word
 *   (`Zakharova: "Ceasefire Now"`) is allowed;
 * - then either the strong layout signal (two or more blank lines before it, which is how a
 *   removed related-article box shows in saved text) or Title Case with at least 4 words;
 * - a line ending in `?` or `!` needs both the strong signal and Title Case.
 * Short crossheads (`Background`) and sentence-case lines between single blank lines stay
 * paragraphs.
 */
export function isLoneHeadline(text: string, blanksBefore: number): boolean {
  if (text.length > 160) return false; // first: most body paragraphs stop here, unsplit
  const words = text.split(' ');
  if (words.length < 3 || words.length > 20) return false;
  if (!/^[\p{Lu}\p{N}"'“‘«¿¡]/u.test(text)) return false;
  if (/[@/]|https?:/i.test(text)) return false;
  const bare = text.replace(/["'”’»)\]]+$/u, '');
  if (/[.,;:…]$/.test(bare)) return false;
  const strong = blanksBefore >= 2;
  const titled = isTitleCase(text) && words.length >= 4;
  if (/[?!]$/.test(bare)) return strong && titled;
  return strong || titled;
}
