// Issue 12, item 8: `/` inside the article finds its text (folded like the list search), the
// window follows the matches, n/N step through them and wrap with vim's notice.
import { describe, expect, test } from 'vitest';
import type { Command } from '../../src/keys/bindings.js';
import type { ParsedArticle } from '../../src/library/model/article.js';
import type { ArticleLine } from '../../src/render/article-lines.js';
import { findMatches, foldLines } from '../../src/render/text-matches.js';
import { articleMatches, currentMatch, matchLabel, windowHighlights } from '../../src/state/article-find.js';
import { reducer } from '../../src/state/reducer.js';
import { layoutOf, openLines } from '../../src/state/selectors.js';
import { initialState, type Action, type ReaderState } from '../../src/state/state.js';
import { fakeLibrary, plainArticle } from '../helpers/fake-library.js';

const lines = (...texts: string[]): ArticleLine[] => texts.map((text, part) => ({ text, token: 'text.primary', part, at: 0 }));
const find = (query: string, ...texts: string[]) => findMatches(foldLines(lines(...texts)), query);

describe('finding text in lines', () => {
  test('ignores case and accents, both ways', () => {
    expect(find('bogota', 'A café in Bogotá, BOGOTA.').map((m) => m.spans)).toEqual([
      [{ line: 0, start: 10, end: 16 }], [{ line: 0, start: 18, end: 24 }],
    ]);
    expect(find('CAFÉ', 'a cafe and a Café')).toHaveLength(2);
  });

  test('finds a phrase wrapped over two lines, as two spans', () => {
    const [m] = find('green  roof', 'the market hall gets a green', 'roof this spring');
    expect(m).toEqual({ line: 0, spans: [{ line: 0, start: 23, end: 28 }, { line: 1, start: 0, end: 4 }] });
  });

  test('keeps the spans in the original characters when folding changes lengths', () => {
    const text = 'ﬁsh and the Straße ﬁsh';
    const spans = find('fish', text).map((m) => m.spans[0]!);
    expect(spans.map((s) => text.slice(s.start, s.end))).toEqual(['ﬁsh', 'ﬁsh']);
    expect(find('a+b (c)', 'x a+b (c) y')[0]!.spans[0]).toEqual({ line: 0, start: 2, end: 9 });
  });

  test('a blank query finds nothing', () => {
    expect(find('   ', 'anything')).toEqual([]);
  });
});

const story: ParsedArticle = plainArticle('Story', {
  published: '2024-01-01',
  blocks: Array.from({ length: 40 }, (_, i) => ({ kind: 'paragraph' as const, text: i % 10 === 3 ? `Line ${i} mentions the Harbour.` : `Line ${i} is filler.` })),
}, 0);
const library = fakeLibrary([story, plainArticle('Other')]);

const run = (state: ReaderState, ...steps: Array<Command | Action>) =>
  steps.reduce((s, step) => reducer(s, typeof step === 'string' ? { type: 'command', command: step } : step), state);

async function reading(): Promise<ReaderState> {
  const s = run(initialState(library, new Map(), { columns: 80, rows: 16 }), 'open');
  return reducer(s, { type: 'articleLoaded', id: s.openId!, article: await library.article(s.openId!) });
}
const typed = (s: ReaderState, text: string) => reducer(s, { type: 'search.type', text });
const lineOf = (s: ReaderState) => articleMatches(s)[currentMatch(s)!]!.line;
const inView = (s: ReaderState, line: number) => line >= s.articleTop && line < s.articleTop + layoutOf(s).articleRows;

describe('/ in the article', () => {
  test('typing moves the window to the first match, Enter keeps it, n and N step and wrap', async () => {
    let s = run(await reading(), 'find.open');
    expect(s.focus).toBe('search');
    s = typed(s, 'HARBOUR');
    expect(articleMatches(s)).toHaveLength(4);
    expect(matchLabel(s)).toBe('match 1/4');
    expect(inView(s, lineOf(s))).toBe(true);
    s = run(s, 'search.submit');
    expect(s.focus).toBe('article');
    s = run(s, 'find.next', 'find.next', 'find.next');
    expect(matchLabel(s)).toBe('match 4/4');
    expect(inView(s, lineOf(s))).toBe(true);
    expect(s.articleTop).toBeGreaterThan(0);
    s = run(s, 'find.next');
    expect(matchLabel(s)).toBe('match 1/4');
    expect(s.notice).toBe('search hit BOTTOM, continuing at TOP');
    expect(inView(s, lineOf(s))).toBe(true);
    s = run(s, 'find.prev');
    expect(matchLabel(s)).toBe('match 4/4');
    expect(s.notice).toBe('search hit TOP, continuing at BOTTOM');
  });

  test('the highlights are the matches on screen, the current one marked', async () => {
    const s = run(typed(run(await reading(), 'find.open'), 'harbour'), 'search.submit');
    const marks = windowHighlights(s, s.articleTop, layoutOf(s).articleRows);
    const all = [...marks.entries()];
    expect(all.length).toBeGreaterThan(0);
    for (const [line, spans] of all) {
      for (const h of spans) expect(openLines(s)[line]!.text.slice(h.start, h.end)).toBe('Harbour');
    }
    expect(all.flatMap(([, spans]) => spans).filter((h) => h.current)).toHaveLength(1);
  });

  test('n counts from the window when the current match has been scrolled away', async () => {
    let s = run(typed(run(await reading(), 'find.open'), 'harbour'), 'search.submit', 'article.bottom');
    s = run(s, 'find.prev');
    expect(matchLabel(s)).toBe('match 4/4');
    expect(s.notice).toBeNull();
  });

  test('Esc on the line goes back to where you were; q clears the search before closing', async () => {
    let s = run(await reading(), 'article.lineDown', 'find.open');
    s = typed(s, 'harbour');
    s = run(s, 'search.cancel');
    expect(s.find).toBeNull();
    expect(s.articleTop).toBe(1);
    s = run(typed(run(s, 'find.open'), 'harbour'), 'search.submit', 'back');
    expect(s.find).toBeNull();
    expect(s.openId).not.toBeNull();
    expect(run(s, 'back').openId).toBeNull();
  });

  test('nothing found: Enter says so and leaves no search', async () => {
    const s = run(typed(run(await reading(), 'find.open'), 'zebra'), 'search.submit');
    expect(s.find).toBeNull();
    expect(s.notice).toBe('Pattern not found: zebra');
  });

  test('the search ends with its article', async () => {
    const s = run(typed(run(await reading(), 'find.open'), 'harbour'), 'search.submit');
    expect(s.find).not.toBeNull();
    const next = run(s, 'article.next');
    expect(next.openId).not.toBe(s.openId);
    expect(next.find).toBeNull();
  });
});
