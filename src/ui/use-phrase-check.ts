import { useEffect } from 'react';
import { hasPhrases, queryPhrases } from '../library/index/phrases.js';
import { searchableText } from '../library/model/article.js';
import type { Library } from '../library/model/library.js';
import type { Action } from '../state/state.js';

/**
 * A quoted phrase in the list search matches as a phrase: the word index gives the articles that
 * have every word (`candidates`), and this reads each one's text and keeps those that have the
 * phrases, then hands the result to the state (`phraseChecked`). A newer query or library
 * abandons the check under way.
 */
export function usePhraseCheck(
  library: Pick<Library, 'article'>,
  query: string,
  candidates: ReadonlyArray<{ readonly id: string }> | null,
  dispatch: (action: Action) => void,
): void {
  useEffect(() => {
    const phrases = queryPhrases(query);
    if (phrases.length === 0 || candidates === null) return;
    let cancelled = false;
    void (async () => {
      const matching = new Set<string>();
      for (const { id } of candidates) {
        const article = await library.article(id).catch(() => null);
        if (cancelled) return;
        if (article && hasPhrases(searchableText(article), phrases)) matching.add(id);
      }
      dispatch({ type: 'phraseChecked', query, ids: matching });
    })();
    return () => {
      cancelled = true;
    };
  }, [library, query, candidates, dispatch]);
}
