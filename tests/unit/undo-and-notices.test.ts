// Issue 12, items 9 and 13: undo, Q, and the small confusions a new user met.
import { describe, expect, test, vi } from 'vitest';
import { hintsFor } from '../../src/keys/key-help.js';
import { jsonProblem } from '../../src/config/load-config.js';
import { reducer } from '../../src/state/reducer.js';
import { libraryCounts, sectionRows } from '../../src/state/selectors.js';
import { initialState, type Action, type ReaderState } from '../../src/state/state.js';
import type { Command } from '../../src/keys/bindings.js';
import { fakeLibrary, plainArticle } from '../helpers/fake-library.js';
import { MarkMap, type IdLookup } from '../../src/store/mark-map.js';

const library = fakeLibrary([
  plainArticle('One', { published: '2023-10-26', section: 'World' }),
  plainArticle('Two', { published: '2023-10-20', section: 'World' }),
  plainArticle('Three', { published: '2023-10-10', section: 'Asia', url: 'https://example.org/three' }),
]);
const start = () => initialState(library, new Map(), { columns: 100, rows: 24 });
const run = (state: ReaderState, ...steps: Array<Command | Action>) =>
  steps.reduce((s, step) => reducer(s, typeof step === 'string' ? { type: 'command', command: step } : step), state);

describe('u undoes the last mark change', () => {
  test('A then u: every article unread again, and the notice says what was undone', () => {
    let s = run(start(), 'markSectionRead');
    expect(libraryCounts(s).unread).toBe(0);
    expect(s.notice).toBe('Marked 3 articles read (u undoes)');
    s = run(s, 'undo');
    expect(libraryCounts(s).unread).toBe(3);
    expect(s.notice).toBe('Undone: marked 3 articles read');
    expect(run(s, 'undo').notice).toBe('Nothing to undo');
  });

  test('s then u unstars; only the last change is undone', () => {
    let s = run(start(), 'toggleRead', 'toggleStar');
    s = run(s, 'undo');
    expect(sectionRows(s).find((r) => r.kind === 'starred')?.total).toBe(0);
    expect(libraryCounts(s).unread).toBe(2);
  });
});

describe('undo under a long history', () => {
  test('r and u look only at what changed, never walk the history (nor miss an unread that clears a mark)', () => {
    const walked = () => {
      throw new Error('walked the whole history');
    };
    // A base of marks as read from disk, whose ids cannot be listed without failing the test.
    const history: IdLookup = { has: (id) => id === 'a1', [Symbol.iterator]: walked };
    const marks = MarkMap.fromSets({ read: history, starred: { has: () => false, [Symbol.iterator]: walked }, positions: { get: () => undefined, keys: walked } });
    let s = initialState(library, marks, { columns: 100, rows: 24 });
    expect(libraryCounts(s).unread).toBe(2);
    s = run(s, 'toggleRead');
    expect(libraryCounts(s).unread).toBe(3);
    expect(s.undo?.before).toEqual([['a1', true, false]]);
    s = run(s, 'undo');
    expect(libraryCounts(s).unread).toBe(2);
  });
});

describe('undo of a big list', () => {
  test('A then u: every mark as it was, put back one kind of mark at a time, not one article at a time', () => {
    const many = fakeLibrary(Array.from({ length: 3_000 }, (_, i) => plainArticle(`Story ${i}`, { section: i % 2 ? 'World' : 'Asia' }, 1)));
    const before = new Map(many.summaries.filter((_, i) => i % 3 === 0).map((a, i) => [a.id, { read: i % 2 === 0, starred: i % 5 === 0, position: 0 }]));
    let s = initialState(many, before, { columns: 100, rows: 24 });
    const unread = libraryCounts(s).unread;
    s = run(s, 'markSectionRead');
    expect(libraryCounts(s).unread).toBe(0);
    // Each change copies the list kept in view: undoing `A` on 50,000 articles one by one was
    // 50,000 copies of a growing list, and the reader never answered again.
    const changes = vi.spyOn(MarkMap.prototype, 'with');
    s = run(s, 'undo');
    expect(changes.mock.calls.length).toBeLessThanOrEqual(4);
    changes.mockRestore();
    expect(libraryCounts(s).unread).toBe(unread);
    const marksOf = (get: (id: string) => { read: boolean; starred: boolean } | undefined) =>
      many.summaries.map((a) => `${get(a.id)?.read ?? false} ${get(a.id)?.starred ?? false}`).join();
    expect(marksOf((id) => s.marks.get(id))).toBe(marksOf((id) => before.get(id)));
  });
});

describe('Q, and r or s in the section list', () => {
  test('Q quits from the article, the headlines and help', () => {
    for (const focus of ['headlines', 'article'] as const) {
      const s = run({ ...start(), focus }, 'quit.anywhere');
      expect(s.quitting).toBe(true);
    }
    expect(run(start(), 'help', 'quit.anywhere').quitting).toBe(true);
  });

  test('r and s in the sections pane say what they need instead of doing nothing', () => {
    const s = run({ ...start(), focus: 'sections' }, 'toggleRead');
    expect(s.notice).toMatch(/^r and s mark one article: choose it in the headlines/);
    expect(libraryCounts(s).unread).toBe(3);
  });
});

describe('small confusions', () => {
  test('the o hint shows only for an article with a web address', () => {
    expect(hintsFor('headlines', undefined, ['openUrl']).map((h) => h.key)).not.toContain('o');
    expect(hintsFor('headlines').map((h) => h.key)).toContain('o');
  });

  test('a bad JSON config is placed by line and column', () => {
    const text = '{\n  "keys": {\n    "nav.down": ["e"],\n  }\n}';
    let message = '';
    try {
      JSON.parse(text);
    } catch (error) {
      message = (error as Error).message;
    }
    expect(jsonProblem(text, message)).toMatch(/ at line 4, column 3$/);
  });
});
