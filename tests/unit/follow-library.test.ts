import { describe, expect, test } from 'vitest';
import type { Command } from '../../src/keys/bindings.js';
import { DELETED_NOTICE } from '../../src/state/follow-library.js';
import { reducer } from '../../src/state/reducer.js';
import { libraryCounts, sectionRows, visibleHeadlines } from '../../src/state/selectors.js';
import { initialState, type ReaderState } from '../../src/state/state.js';
import type { Library } from '../../src/library/model/library.js';
import { fakeLibrary, plainArticle, ZAKHAROVA } from '../helpers/fake-library.js';
import { withoutArticles } from '../helpers/fake-live-library.js';

const ARTICLES = [
  ZAKHAROVA, // a1, Palestine, 2023-10-26
  plainArticle('Second', { published: '2023-10-20' }, 30), // a2, World
  plainArticle('Third', { published: '2023-10-10', section: 'Asia' }), // a3
];
const base = fakeLibrary(ARTICLES);
/** The same articles plus a newer one in a new section that sorts first (a4). */
const grown = fakeLibrary([...ARTICLES, plainArticle('Newest', { published: '2023-11-01', section: 'Africa' })]);

const READING = { phase: 'reading', done: 1, total: 9 } as const;
/** The selected headline, if the list has any. */
const selectedHeadline = (state: ReaderState) => visibleHeadlines(state)[state.headline];
const changed = (state: ReaderState, catalog: Library) => reducer(state, { type: 'libraryChanged', catalog });
const press = (state: ReaderState, ...commands: Command[]) =>
  commands.reduce((s, command) => reducer(s, { type: 'command', command }), state);

describe('the library changes under the reader', () => {
  test('the catalog the reader started with, published again with no renames, is taken as it is', () => {
    // A warm start draws its first frame from the library's first snapshot, then hears of that same
    // snapshot: following it again built two maps of every summary right after the first frame.
    const started = initialState({ ...base, renamed: new Map() }, new Map(), { columns: 100, rows: 24 });
    expect(reducer(started, { type: 'libraryChanged', catalog: started.catalog, progress: null })).toBe(started);
  });

  test('a new article above the selection: the selection stays on the same article, counts grow', () => {
    let s = press(initialState(base, new Map(), { columns: 100, rows: 24 }), 'nav.down');
    expect(selectedHeadline(s)?.headline).toBe('Second');
    s = changed(s, grown);
    expect(selectedHeadline(s)?.headline).toBe('Second');
    expect(s.headline).toBe(2);
    expect(libraryCounts(s)).toEqual({ unread: 4, total: 4 });
  });

  test('the selected section keeps its name when a new section sorts before it', () => {
    let s = initialState(base, new Map(), { columns: 100, rows: 24 });
    s = press(s, 'pane.prev');
    while (sectionRows(s)[s.section]?.label !== 'Palestine') s = press(s, 'nav.down');
    s = changed(s, grown);
    expect(sectionRows(s)[s.section]?.label).toBe('Palestine');
  });

  test('the open article stays open when others change', () => {
    let s = press(initialState(base, new Map(), { columns: 100, rows: 24 }), 'nav.down', 'open');
    expect(s.openId).toBe('a2');
    s = changed(s, withoutArticles(grown, ['a3']));
    expect(s.openId).toBe('a2');
    expect(s.focus).toBe('article');
    expect(s.notice).toBeNull();
  });

  test('the open article deleted: back to the list, and the status bar says so', () => {
    let s = press(initialState(base, new Map(), { columns: 100, rows: 24 }), 'nav.down', 'open');
    s = changed(s, withoutArticles(base, ['a2']));
    expect(s.openId).toBeNull();
    expect(s.focus).toBe('headlines');
    expect(s.notice).toBe(DELETED_NOTICE);
    expect(libraryCounts(s).total).toBe(2);
    expect(selectedHeadline(s)?.headline).toBe('Third');
  });

  test('a cold start: the empty first list fills, and the headlines take the keys', () => {
    let s = initialState(fakeLibrary([]), new Map(), { columns: 100, rows: 24 });
    expect(s.focus).toBe('sections');
    s = changed(s, base);
    expect(s.focus).toBe('headlines');
    expect(selectedHeadline(s)?.headline).toBe(ZAKHAROVA.headline);
  });

  test('the same catalog again changes nothing', () => {
    const s = initialState(base, new Map(), { columns: 100, rows: 24 });
    expect(changed(s, base)).toBe(s);
  });
});

describe('while a start is still reading files', () => {
  test('a selection at the top stays at the top, through the last change, so the newest article ends up selected', () => {
    let s = initialState(fakeLibrary([]), new Map(), { columns: 100, rows: 24 });
    s = reducer(s, { type: 'libraryChanged', catalog: s.catalog, progress: READING });
    s = reducer(s, { type: 'libraryChanged', catalog: withoutArticles(grown, ['a4']), progress: READING });
    expect(selectedHeadline(s)?.headline).toBe(ZAKHAROVA.headline);
    s = reducer(s, { type: 'libraryChanged', catalog: grown, progress: null });
    expect(selectedHeadline(s)?.headline).toBe('Newest');
  });

  test('a selection moved off the top stays on its article', () => {
    let s = reducer(initialState(base, new Map(), { columns: 100, rows: 24 }), { type: 'libraryChanged', catalog: base, progress: READING });
    s = press(s, 'nav.down');
    s = reducer(s, { type: 'libraryChanged', catalog: grown, progress: READING });
    expect(selectedHeadline(s)?.headline).toBe('Second');
  });
});
