/**
 * The layout is worked out once for a size, focus and search line, not again by each of the
 * selectors that read it in every key's reducer step and render (issue 10: a page spent more in
 * `layoutFor` than in Ink's whole output walk).
 */
import { describe, expect, test } from 'vitest';
import type { Command } from '../../src/keys/bindings.js';
import { reducer } from '../../src/state/reducer.js';
import { layoutFor } from '../../src/state/layout.js';
import { layoutOf } from '../../src/state/selectors.js';
import { initialState, type ReaderState } from '../../src/state/state.js';
import { fakeLibrary, plainArticle } from '../helpers/fake-library.js';

const library = fakeLibrary([plainArticle('First', { published: '2023-10-20' }, 40), plainArticle('Second', { published: '2023-10-10' })]);
const command = (s: ReaderState, command: Command) => reducer(s, { type: 'command', command });

describe('layoutOf', () => {
  test('is the same layout while size, focus and search line stay', () => {
    const s = initialState(library, new Map(), { columns: 120, rows: 40 });
    const moved = command(command(s, 'nav.down'), 'nav.up');
    expect(layoutOf(moved)).toBe(layoutOf(s));
    expect(layoutOf(s)).toEqual(layoutFor(s.size, { focus: 'headlines', articleOpen: false, searchBar: false, zoom: false }));
  });

  test('follows a new focus and a new size', () => {
    const s = initialState(library, new Map(), { columns: 120, rows: 40 });
    const before = layoutOf(s);
    const sections = command(s, 'pane.prev');
    expect(sections.focus).toBe('sections');
    expect(layoutOf(sections)).toEqual(layoutFor(s.size, { focus: 'sections', articleOpen: false, searchBar: false, zoom: false }));
    const narrow = reducer(s, { type: 'resize', size: { columns: 70, rows: 30 } });
    expect(layoutOf(narrow).columns).toBe(70);
    expect(layoutOf(narrow)).toEqual(layoutFor({ columns: 70, rows: 30 }, { focus: 'headlines', articleOpen: false, searchBar: false, zoom: false }));
    expect(layoutOf(s)).toEqual(before);
  });
});
