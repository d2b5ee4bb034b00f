/**
 * Phrases in a search query: `"green roof"` matches the two words side by side, in that order,
 * case and accents folded as every search folds them; the last word may be the start of one
 * (`"green ro` while it is being typed; an unclosed quote runs to the end of the query). The
 * word index narrows to articles having every word; {@link hasPhrases} then checks an article's
 * text for the phrases themselves.
 */
import { foldedWords } from '../text/fold.js';

/** The query's phrases (each as its folded words), in order; none when it has no quotes. */
export function queryPhrases(query: string): string[][] {
  const phrases: string[][] = [];
  for (const m of query.matchAll(/"([^"]*)("|$)/g)) {
    const words = foldedWords(m[1] ?? '');
    if (words.length > 1) phrases.push(words);
  }
  return phrases;
}

/** Whether `text` holds every phrase: its words consecutive, the last one as a word or a word's start. */
export function hasPhrases(text: string, phrases: readonly (readonly string[])[]): boolean {
  if (phrases.length === 0) return true;
  const words = foldedWords(text);
  return phrases.every((phrase) => {
    const last = phrase.length - 1;
    for (let i = 0; i + last < words.length; i++) {
      let k = 0;
      while (k < last && words[i + k] === phrase[k]) k++;
      if (k === last && words[i + last]!.startsWith(phrase[last]!)) return true;
    }
    return false;
  });
}
