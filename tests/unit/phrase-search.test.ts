// Issue 12, item 8: in the lists, a phrase in double quotes matches as a phrase.
import { describe, expect, test } from 'vitest';
import { hasPhrases, queryPhrases } from '../../src/library/index/phrases.js';
import { reducer } from '../../src/state/reducer.js';
import { phrasePending, searchCandidates, searchResults } from '../../src/state/selectors.js';
import { initialState, type ReaderState } from '../../src/state/state.js';
import { fakeLibrary, plainArticle } from '../helpers/fake-library.js';

describe('queryPhrases and hasPhrases', () => {
  test('quoted words are a phrase; an unclosed quote runs to the end; one word is no phrase', () => {
    expect(queryPhrases('market "Green  Roof" "café"')).toEqual([['green', 'roof']]);
    expect(queryPhrases('"night bu')).toEqual([['night', 'bu']]);
    expect(queryPhrases('no quotes here')).toEqual([]);
  });

  test('the words side by side, in order, folded; the last may be a start of a word', () => {
    const text = 'The Market Hall gets a green roof; the roof is green. Bogotá café';
    expect(hasPhrases(text, [['green', 'roof']])).toBe(true);
    expect(hasPhrases(text, [['roof', 'green']])).toBe(false);
    expect(hasPhrases(text, [['bogota', 'caf']])).toBe(true);
    expect(hasPhrases(text, [['green', 'roof'], ['hall', 'gets']])).toBe(true);
    expect(hasPhrases(text, [['green', 'roof'], ['hall', 'green']])).toBe(false);
  });
});

describe('a quoted query in the reader', () => {
  const library = fakeLibrary([
    plainArticle('Green Roof on the Hall', { published: '2023-10-03' }),
    plainArticle('Roof Repairs', { published: '2023-10-02', standfirst: 'The roof is green again.' }),
  ]);
  const typed = (query: string): ReaderState => {
    const s = reducer(initialState(library, new Map(), { columns: 100, rows: 24 }), { type: 'command', command: 'search.open' });
    return reducer(s, { type: 'search.change', query });
  };

  test('shows the candidates while the phrase is checked, then only those holding it', () => {
    const s = typed('"green roof"');
    expect(searchCandidates(s)?.map((h) => h.id)).toEqual(['a1', 'a2']);
    expect(phrasePending(s)).toBe(true);
    const checked = reducer(s, { type: 'phraseChecked', query: '"green roof"', ids: new Set(['a1']) });
    expect(phrasePending(checked)).toBe(false);
    expect(searchResults(checked)?.map((h) => h.id)).toEqual(['a1']);
  });

  test('a check for another query is not applied; no quotes, nothing to check', () => {
    const s = reducer(typed('"green roof" hall'), { type: 'phraseChecked', query: '"green roof"', ids: new Set() });
    expect(searchResults(s)?.map((h) => h.id)).toEqual(['a1']);
    expect(phrasePending(s)).toBe(true);
    expect(phrasePending(typed('green roof'))).toBe(false);
  });
});
