import { describe, expect, test } from 'vitest';
import type { Command } from '../../src/keys/bindings.js';
import { marksChanges } from '../../src/state/mark-changes.js';
import { reducer } from '../../src/state/reducer.js';
import { anchorOfLine, lineOfPosition } from '../../src/render/article-anchor.js';
import {
  articlePosition, layoutOf, markOf, openLines, searchResults, sectionRows, visibleHeadlines,
} from '../../src/state/selectors.js';
import { initialState, type Action, type ReaderState } from '../../src/state/state.js';
import type { ArticleState } from '../../src/store/reading-store.js';
import { fakeLibrary, plainArticle, ZAKHAROVA } from '../helpers/fake-library.js';

const library = fakeLibrary([
  ZAKHAROVA, // a1, Palestine, 2023-10-26
  plainArticle('Second', { published: '2023-10-20' }, 30), // a2, World
  plainArticle('Third', { published: '2023-10-10', section: 'Asia' }), // a3
  plainArticle('Fourth', { published: '2023-10-05', standfirst: 'A café in Bogotá' }), // a4, World
]);

function start(marks: Array<[string, Partial<ArticleState>]> = [], size = { columns: 100, rows: 24 }): ReaderState {
  const full = marks.map(([id, m]) => [id, { read: false, starred: false, position: 0, ...m }] as [string, ArticleState]);
  return initialState(library, new Map(full), size);
}
/** The selected headline, if the list has any. */
const selectedHeadline = (state: ReaderState) => visibleHeadlines(state)[state.headline];
const run = (state: ReaderState, ...steps: Array<Command | Action>) =>
  steps.reduce((s, step) => reducer(s, typeof step === 'string' ? { type: 'command', command: step } : step), state);
const load = (state: ReaderState, id: string) =>
  (async () => reducer(state, { type: 'articleLoaded', id, article: await library.article(id) }))();

describe('start', () => {
  test('focus on the headlines of All, first headline selected', () => {
    const s = start();
    expect(s.focus).toBe('headlines');
    expect(sectionRows(s).map((r) => r.label)).toEqual(['All', 'Unread', 'Starred', 'Asia', 'Palestine', 'World']);
    expect(selectedHeadline(s)?.headline).toBe(ZAKHAROVA.headline);
  });

  test('unread counts come from the store snapshot', () => {
    const s = start([['a1', { read: true }], ['a3', { starred: true }]]);
    const rows = sectionRows(s);
    expect(rows.map((r) => [r.label, r.unread, r.total])).toEqual([
      ['All', 3, 4], ['Unread', 3, 3], ['Starred', 1, 1], ['Asia', 1, 1], ['Palestine', 0, 1], ['World', 2, 2],
    ]);
  });
});

describe('moving', () => {
  test('down, up, last, first, clamped at the ends', () => {
    let s = run(start(), 'nav.down', 'nav.down');
    expect(s.headline).toBe(2);
    s = run(s, 'nav.last', 'nav.down');
    expect(s.headline).toBe(3);
    s = run(s, 'nav.first', 'nav.up');
    expect(s.headline).toBe(0);
  });

  test('sections: moving selects a list and starts at its first headline', () => {
    const s = run(start(), 'nav.down', 'pane.prev', 'nav.last');
    expect(s.focus).toBe('sections');
    expect(sectionRows(s)[s.section]?.label).toBe('World');
    expect(s.headline).toBe(0);
    expect(visibleHeadlines(s).map((h) => h.headline)).toEqual(['Second', 'Fourth']);
  });

  test('the headline window follows the selection and never runs past the end', () => {
    const many = fakeLibrary(Array.from({ length: 100 }, (_, i) => plainArticle(`H${String(i).padStart(3, '0')}`)));
    let s = initialState(many, new Map(), { columns: 80, rows: 12 });
    const rows = layoutOf(s).listRows;
    s = run(s, ...Array<Command>(rows).fill('nav.down'));
    expect(s.headline).toBe(rows);
    expect(s.headlineTop).toBe(1);
    s = run(s, 'nav.last');
    expect(s.headlineTop).toBe(100 - rows);
    s = run(s, 'nav.pageUp');
    expect(s.headline).toBe(99 - (rows - 1));
    s = run(s, 'nav.halfDown');
    expect(s.headline).toBe(99 - (rows - 1) + Math.floor(rows / 2));
  });
});

describe('opening and reading', () => {
  test('open marks read, focuses the article, and back saves the position', async () => {
    let s = run(start(), 'nav.down', 'open');
    expect(s.openId).toBe('a2');
    expect(s.focus).toBe('article');
    expect(markOf(s, 'a2').read).toBe(true);
    expect(sectionRows(s)[0]?.unread).toBe(3);
    s = await load(s, 'a2');
    s = run(s, 'article.lineDown', 'article.lineDown', 'article.pageDown');
    const top = s.articleTop;
    expect(top).toBe(2 + layoutOf(s).articleRows - 1);
    const lines = openLines(s);
    s = run(s, 'back');
    expect(s.openId).toBeNull();
    expect(s.focus).toBe('headlines');
    expect(lineOfPosition(lines, markOf(s, 'a2').position)).toBe(top);
    s = run(s, 'open');
    expect(s.articleTop).toBe(top);
  });

  test('every scroll puts the position in the marks at once (so the store has it), never a position typed ahead of the body', async () => {
    let s = run(start(), 'nav.down', 'open', 'article.bottom');
    expect(markOf(s, 'a2').position).toBe(0);
    s = await load(s, 'a2');
    const bottom = openLines(s).length - layoutOf(s).articleRows;
    expect(lineOfPosition(openLines(s), markOf(s, 'a2').position)).toBe(bottom);
    const before = s;
    s = run(s, 'article.top', 'article.pageDown');
    expect(lineOfPosition(openLines(s), markOf(s, 'a2').position)).toBe(s.articleTop);
    expect(marksChanges(before.marks, s.marks).positions).toEqual([['a2', anchorOfLine(openLines(s), s.articleTop)]]);
    // A resize keeps the anchor (nothing to write) and puts its line on top at the new width.
    const anchor = markOf(s, 'a2').position;
    const resized = reducer(s, { type: 'resize', size: { columns: 60, rows: 24 } });
    expect(markOf(resized, 'a2').position).toBe(anchor);
    expect(marksChanges(s.marks, resized.marks).positions).toEqual([]);
    expect(resized.articleTop).toBe(lineOfPosition(openLines(resized), anchor));
  });

  test('scrolling is clamped to the article, and the position reads like less', async () => {
    let s = await load(run(start(), 'nav.down', 'open'), 'a2');
    expect(articlePosition(s)).toBe('Top');
    s = run(s, 'article.halfDown');
    expect(articlePosition(s)).toMatch(/^\d+%$/);
    s = run(s, 'article.bottom', 'article.lineDown');
    expect(s.articleTop).toBe(openLines(s).length - layoutOf(s).articleRows);
    expect(articlePosition(s)).toBe('Bot');
    s = run(s, 'article.top', 'article.lineUp');
    expect(s.articleTop).toBe(0);
  });

  test('J and K open the next and previous article of the list', () => {
    let s = run(start(), 'open', 'article.next');
    expect(s.openId).toBe('a2');
    expect(s.headline).toBe(1);
    s = run(s, 'article.prev', 'article.prev');
    expect(s.openId).toBe('a1');
    expect(s.notice).toMatch(/first article/);
  });

  test('n opens the next unread, skipping read ones and wrapping', () => {
    let s = start([['a2', { read: true }]]);
    s = run(s, 'nextUnread');
    expect(s.openId).toBe('a1');
    s = run(s, 'nextUnread');
    expect(s.openId).toBe('a3');
    s = run(s, 'nextUnread');
    expect(s.openId).toBe('a4');
    s = run(s, 'nextUnread');
    expect(s.notice).toMatch(/No unread/);
  });

  test('an article read from the Unread list stays listed until the list changes', () => {
    let s = run(start(), 'pane.prev', 'nav.down', 'open');
    expect(sectionRows(s)[s.section]?.label).toBe('Unread');
    s = run(s, 'open', 'article.next');
    expect(visibleHeadlines(s)).toHaveLength(4);
    expect(s.openId).toBe('a2');
    s = run(s, 'back', 'back', 'nav.up', 'nav.down');
    expect(visibleHeadlines(s).map((h) => h.id)).toEqual(['a3', 'a4']);
  });
});

describe('marks', () => {
  test('r toggles read, s toggles the star, on the selection or the open article', () => {
    let s = run(start(), 'toggleRead', 'toggleStar');
    expect(markOf(s, 'a1')).toMatchObject({ read: true, starred: true });
    s = run(s, 'toggleRead');
    expect(markOf(s, 'a1').read).toBe(false);
    s = run(s, 'nav.down', 'open', 'toggleRead');
    expect(markOf(s, 'a2').read).toBe(false);
  });

  test('A marks every article of the list read, and the counts follow at once', () => {
    let s = run(start(), 'pane.prev', 'nav.last');
    s = run(s, 'markSectionRead');
    expect(sectionRows(s).find((r) => r.label === 'World')?.unread).toBe(0);
    expect(sectionRows(s)[0]?.unread).toBe(2);
    expect(s.notice).toBe('Marked 2 articles read (u undoes)');
  });

  test('the store writes are the difference in marks', () => {
    const before = start();
    const after = run(before, 'open', 'toggleStar', 'back');
    expect(marksChanges(before.marks, after.marks)).toEqual({
      read: ['a1'], unread: [], starred: [['a1', true]], positions: [],
    });
  });
});

describe('search', () => {
  test('off → editing → applied → off, restoring where you were', () => {
    let s = run(start(), 'nav.down', 'nav.down', 'search.open');
    expect(s.search.mode).toBe('editing');
    expect(s.focus).toBe('search');
    s = reducer(s, { type: 'search.change', query: 'BOGOTA' });
    expect(searchResults(s)?.map((h) => h.id)).toEqual(['a4']);
    expect(visibleHeadlines(s).map((h) => h.id)).toEqual(['a4']);
    s = run(s, 'search.submit');
    expect(s.search.mode).toBe('applied');
    expect(s.focus).toBe('headlines');
    s = run(s, 'back');
    expect(s.search.mode).toBe('off');
    // Cleared, the list comes back with the article chosen among the results still chosen.
    expect(selectedHeadline(s)?.id).toBe('a4');
    expect(s.headline).toBe(3);
  });

  test('Esc while typing goes back to where the search started', () => {
    let s = run(start(), 'nav.down', 'nav.down', 'search.open');
    s = reducer(s, { type: 'search.change', query: 'BOGOTA' });
    s = run(s, 'search.cancel');
    expect(s.headline).toBe(2);
  });

  test('Esc while editing clears; Enter on an empty query clears too', () => {
    let s = run(start(), 'search.open');
    s = reducer(s, { type: 'search.change', query: 'zakh' });
    s = run(s, 'search.cancel');
    expect(s.search).toEqual({ mode: 'off' });
    expect(s.focus).toBe('headlines');
    s = run(s, 'search.open', 'search.submit');
    expect(s.search.mode).toBe('off');
  });

  test('no matches leaves an empty list, and opening does nothing', () => {
    let s = run(start(), 'search.open');
    s = reducer(s, { type: 'search.change', query: 'nothing-matches-this' });
    s = run(s, 'search.submit', 'open');
    expect(visibleHeadlines(s)).toEqual([]);
    expect(s.openId).toBeNull();
  });
});

describe('help, quit, resize', () => {
  test('help opens and closes; quit saves the position and sets quitting', async () => {
    let s = run(start(), 'help');
    expect(s.help).toBe(true);
    s = run(s, 'help.close', 'nav.down', 'open');
    s = await load(s, 'a2');
    const lines = openLines(s);
    s = run(s, 'article.lineDown', 'quit.now');
    expect(s.quitting).toBe(true);
    expect(markOf(s, 'a2').position).toBe(anchorOfLine(lines, 1));
  });

  test('a resize keeps the article at the same place in proportion', async () => {
    let s = await load(run(start(), 'nav.down', 'open'), 'a2');
    s = run(s, 'article.halfDown', 'article.halfDown');
    const fraction = s.articleTop / openLines(s).length;
    s = reducer(s, { type: 'resize', size: { columns: 60, rows: 24 } });
    expect(Math.abs(s.articleTop / openLines(s).length - fraction)).toBeLessThan(0.05);
  });
});

describe('counts while reading', () => {
  test('scrolling saves the position without recounting the library; marking recounts', async () => {
    const opened = await load(run(start(), 'nav.down', 'open'), 'a2');
    const before = sectionRows(opened);
    const scrolled = run(opened, 'article.pageDown');
    expect(markOf(scrolled, 'a2').position).not.toBe(0);
    expect(sectionRows(scrolled)).toBe(before);
    const starred = run(scrolled, 'toggleStar');
    expect(sectionRows(starred)).not.toBe(before);
    expect(sectionRows(starred).find((r) => r.label === 'Starred')?.total).toBe(1);
  });
});
