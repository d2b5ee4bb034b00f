/**
 * The words the search index keeps of an article: its text folded (text/fold.ts) and split
 * where anything but a letter or digit stands, each word once, in the order first seen.
 */
import { fold, foldDecomposed, WORD_SPLIT } from '../text/fold.js';
import { hashStep, lowerAscii, WordTable } from './word-table.js';

const CAPITAL_SIGMA = '\u03A3';

/** ASCII letters and digits: the only ASCII characters a word is made of. */
const isAsciiWordChar = (c: number): boolean => (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || (c >= 65 && c <= 90);

/**
 * The distinct folded words of a text, in order: exactly the words of
 * `fold(text).split(WORD_SPLIT)` (see {@link termsOfWhole}), found in one scan.
 *
 * Why it may fold piece by piece: folding (NFKD, marks removed, lower case) changes no ASCII
 * character, never moves a character across one (canonical reordering only swaps combining
 * marks, and ASCII characters are starters), and lowercases each character on its own except a
 * capital sigma, whose form depends on the letters around it (Unicode's Final_Sigma, looked
 * for across apostrophes and periods). So between two ASCII separators, each run is folded on
 * its own, and a text that decomposes to a capital sigma is folded whole. Folding the whole
 * text of every body with NFKD and two Unicode regexes was a fifth of a parse worker's time at
 * a cold start (CPU profile of the worker's steps over the bench's 10,000-article library, whose
 * news, like most in Latin script, has a few accented words per sentence).
 */
export function termsOf(text: string): string[] {
  const words: string[] = [];
  table.begin();
  let start = 0;
  let ascii = true;
  let hash = 0;
  for (let i = 0; i <= text.length; i++) {
    const c = i < text.length ? text.charCodeAt(i) : 32;
    if (c >= 0x80) ascii = false;
    else if (isAsciiWordChar(c)) hash = hashStep(hash, lowerAscii(c));
    else {
      if (i > start) {
        // Either gives up on a text that does not fold run by run, or whose words share hashes.
        const added = ascii ? table.addAscii(text, start, i, hash, words) : addFolded(text.slice(start, i), words);
        if (!added) return termsOfWhole(text);
      }
      start = i + 1;
      ascii = true;
      hash = 0;
    }
  }
  return words;
}

// Every word met, kept once (word-table.ts): a word seen before costs no string.
let table = new WordTable();

/**
 * Lets go of the words met so far: a load is over, and the search index holds the words it
 * keeps (the table's arrays are a few MB for a library of real news, 100,000 distinct words).
 */
export function forgetWords(): void {
  table = new WordTable();
}

// Runs with accents repeat (names, places): their words are remembered, up to a bound. Only
// short runs: V8 copies a slice below 13 characters, a longer one would keep the text it was cut
// from (a whole article) alive as the key.
const foldedRuns = new Map<string, readonly string[] | null>();
const REMEMBERED = 20_000;
const REMEMBERED_LENGTH = 12;

/** Adds the words of a run holding non-ASCII characters; false when its folding needs its neighbours (or the table gave up). */
function addFolded(run: string, into: string[]): boolean {
  let words = foldedRuns.get(run);
  if (words === undefined) {
    const decomposed = run.normalize('NFKD');
    words = decomposed.includes(CAPITAL_SIGMA) ? null : foldDecomposed(decomposed).split(WORD_SPLIT).filter(Boolean);
    if (run.length <= REMEMBERED_LENGTH) {
      if (foldedRuns.size >= REMEMBERED) foldedRuns.clear();
      foldedRuns.set(run, words);
    }
  }
  if (words === null) return false;
  for (const word of words) if (!table.addWord(word, into)) return false;
  return true;
}

/** {@link termsOf} by definition: the whole text folded, then split. */
export function termsOfWhole(text: string): string[] {
  const words = new Set<string>();
  for (const word of fold(text).split(WORD_SPLIT)) if (word) words.add(word);
  return [...words];
}
