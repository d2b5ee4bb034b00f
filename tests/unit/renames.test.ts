import { describe, expect, test } from 'vitest';
import { KEPT, Renames } from '../../src/library/live/renames.js';
import type { ArticleSummary, Library } from '../../src/library/model/library.js';
import { reducer } from '../../src/state/reducer.js';
import { markOf } from '../../src/state/selectors.js';
import { initialState, type ReaderState } from '../../src/state/state.js';
import type { ArticleState } from '../../src/store/reading-store.js';
import { fakeLibrary, plainArticle } from '../helpers/fake-library.js';

const summary = (id: string): ArticleSummary => ({ id, path: 'x.txt', format: 'plain-text', section: 'S', headline: id, published: null, byline: null, url: null });

describe('ids changed by edits, by path', () => {
  test('a file that held one id and now holds another: renamed; chains end at the newest id', () => {
    const r = new Renames();
    r.record([summary('a')], [summary('b')]);
    expect([...r.all]).toEqual([['a', 'b']]);
    r.record([summary('b')], [summary('c')]);
    expect(new Map(r.all)).toEqual(new Map([['a', 'c'], ['b', 'c']]));
    // Undoing the edit: c is a again.
    r.record([summary('c')], [summary('a')]);
    expect(r.all.get('c')).toBe('a');
    expect(r.all.has('a')).toBe(false);
  });

  test('nothing is guessed when the ids cannot be paired, or a file is new or emptied', () => {
    const r = new Renames();
    r.record([summary('a'), summary('b')], [summary('c')]);
    r.record([], [summary('d')]);
    r.record([summary('e')], []);
    r.record([summary('f'), summary('g')], [summary('f'), summary('g')]);
    expect(r.all.size).toBe(0);
    r.record([summary('f'), summary('g')], [summary('f'), summary('h')]);
    expect([...r.all]).toEqual([['g', 'h']]);
  });

  test('restored from the index cache, the newest kept', () => {
    const r = new Renames();
    r.restore(Array.from({ length: KEPT + 5 }, (_, i): [string, string] => [`old${i}`, `new${i}`]));
    expect(r.all.size).toBe(KEPT);
    expect(r.all.get(`old${KEPT + 4}`)).toBe(`new${KEPT + 4}`);
    expect(r.all.has('old0')).toBe(false);
  });
});

describe('the reader follows renames', () => {
  const lib = fakeLibrary([plainArticle('One', {}, 30), plainArticle('Two')]); // a1, a2
  /** The library after a1's file was edited: a1 is now a9. */
  const edited = (renamed: ReadonlyMap<string, string>): Library => ({
    ...lib,
    summaries: lib.summaries.map((s) => (s.id === 'a1' ? { ...s, id: 'a9' } : s)),
    renamed,
  });
  const marks = new Map<string, ArticleState>([['a1', { read: true, starred: true, position: '3:40' }]]);
  const changed = (s: ReaderState, catalog: Library) => reducer(s, { type: 'libraryChanged', catalog });

  test('marks move to the new id (read, star, position), the old id is cleared, the open article stays open', () => {
    let s = initialState(lib, marks, { columns: 100, rows: 24 });
    s = reducer(s, { type: 'command', command: 'open' });
    expect(s.openId).toBe('a1');
    s = changed(s, edited(new Map([['a1', 'a9']])));
    expect(s.openId).toBe('a9');
    expect(s.notice).toBeNull();
    expect(markOf(s, 'a9')).toEqual({ read: true, starred: true, position: '3:40' });
    expect(markOf(s, 'a1')).toEqual({ read: false, starred: false, position: 0 });
    // Seen again (a restart reads it from the index cache): nothing changes, an unread sticks.
    const unread = reducer(s, { type: 'command', command: 'toggleRead' });
    expect(markOf(unread, 'a9').read).toBe(false);
    expect(markOf(changed(unread, edited(new Map([['a1', 'a9']]))), 'a9').read).toBe(false);
  });

  test('renames the first catalog already holds are followed once the reader sees it', () => {
    const catalog = edited(new Map([['a1', 'a9']]));
    let s = initialState(catalog, marks, { columns: 100, rows: 24 });
    s = changed(s, catalog);
    expect(markOf(s, 'a9').read).toBe(true);
  });

  test('an old id still in the library (a copy of the file before the edit) keeps its marks', () => {
    const copy: Library = { ...lib, summaries: [...lib.summaries, { ...lib.summaries[0]!, id: 'a9', path: 'copy.txt' }], renamed: new Map([['a1', 'a9']]) };
    const s = changed(initialState(lib, marks, { columns: 100, rows: 24 }), copy);
    expect(markOf(s, 'a1').read).toBe(true);
    expect(markOf(s, 'a9').read).toBe(false);
  });
});
