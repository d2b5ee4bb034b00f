/**
 * `/` inside the article, as less and vim do it: the line's query is found in the article's
 * wrapped lines (case and accents folded like the list search), the window follows the first
 * match below where you were as you type, Enter keeps the matches highlighted and `n`/`N` step
 * through them, wrapping with vim's notice. Esc on the line goes back to where you were.
 */
import type { TextMatch } from '../render/text-matches.js';
import type { Line } from './line-edit.js';
import { layoutOf, openLines } from './selectors.js';
import type { ReaderState } from './state.js';
import { clamp, maxTop } from './window.js';

const NONE: readonly TextMatch[] = [];

/** The matches of the article search in the open article, top to bottom. */
export function articleMatches(state: ReaderState): readonly TextMatch[] {
  if (state.find === null) return NONE;
  const lines = openLines(state);
  if (lines.length === 0) return NONE;
  return state.derived.matches(state.derived.foldedLines(lines), state.find.query);
}

/** The current match's index, or null when there is no search or no match. */
export function currentMatch(state: ReaderState): number | null {
  const count = articleMatches(state).length;
  return state.find === null || count === 0 ? null : clamp(state.find.match, 0, count - 1);
}

/** `match 2/7` for the status bar, or null. */
export function matchLabel(state: ReaderState): string | null {
  const current = currentMatch(state);
  return current === null ? null : `match ${current + 1}/${articleMatches(state).length}`;
}

/** A highlighted part of a line, and whether it is (part of) the current match. */
export interface Highlight {
  start: number;
  end: number;
  current: boolean;
}

/** The highlights of the lines `[top, top + rows)`, by line. */
export function windowHighlights(state: ReaderState, top: number, rows: number): ReadonlyMap<number, readonly Highlight[]> {
  const out = new Map<number, Highlight[]>();
  const current = currentMatch(state);
  articleMatches(state).forEach((m, i) => {
    for (const { line, start, end } of m.spans) {
      if (line < top || line >= top + rows) continue;
      const list = out.get(line) ?? [];
      list.push({ start, end, current: i === current });
      out.set(line, list);
    }
  });
  return out;
}

/** The window's top that shows `line`: unchanged when it is in view, else a third down. */
function showLine(state: ReaderState, line: number): number {
  const rows = layoutOf(state).articleRows;
  if (line >= state.articleTop && line < state.articleTop + rows) return state.articleTop;
  return clamp(line - Math.floor(rows / 3), 0, maxTop(openLines(state).length, rows));
}

/** `/` in the article: its search line takes the keys (with the last query, to edit). */
export function openFind(state: ReaderState): ReaderState {
  if (state.openId === null) return state;
  const last = state.find;
  const find = { mode: 'editing' as const, query: last?.query ?? '', cursor: last?.query.length ?? 0, match: last?.match ?? 0, originTop: state.articleTop };
  return { ...state, find, focus: 'search', help: false };
}

/** An edit of the article's search line: the window moves to the first match from where `/` was pressed. */
export function editFind(state: ReaderState, edit: (line: Line) => Line): ReaderState {
  const find = state.find;
  if (find === null || find.mode !== 'editing') return state;
  const after = edit({ text: find.query, cursor: find.cursor });
  if (after.text === find.query && after.cursor === find.cursor) return state;
  const next: ReaderState = { ...state, find: { ...find, query: after.text, cursor: after.cursor } };
  if (after.text === find.query) return next;
  const matches = articleMatches(next);
  const below = matches.findIndex((m) => m.line >= find.originTop);
  const match = below >= 0 ? below : 0;
  const moved = { ...next, find: { ...next.find!, match }, articleTop: find.originTop };
  return matches.length === 0 ? moved : { ...moved, articleTop: showLine(moved, matches[match]!.line) };
}

/** Enter on the article's search line: keep the matches, give the keys back to the article. */
export function submitFind(state: ReaderState): ReaderState {
  const find = state.find;
  if (find === null) return state;
  if (find.query.trim() === '') return cancelFind(state);
  if (articleMatches(state).length === 0) return { ...cancelFind(state), notice: `Pattern not found: ${find.query.trim()}` };
  return { ...state, find: { ...find, mode: 'applied' }, focus: 'article' };
}

/** Esc on the article's search line: no search, the window back where it was. */
export function cancelFind(state: ReaderState): ReaderState {
  if (state.find === null) return state;
  return { ...state, find: null, focus: 'article', articleTop: state.find.originTop };
}

/** What `n` and `N` say when there is nothing to step through. */
export const NO_FIND = 'Next unread is Ctrl-n (n/N: matches of / in an article)';

/**
 * `n` (`direction` 1) and `N` (-1): the next or previous match, counted from the current one
 * while it is on screen, else from the window, wrapping at either end with vim's notice.
 */
export function stepFind(state: ReaderState, direction: 1 | -1): ReaderState {
  const matches = articleMatches(state);
  if (state.find === null || state.find.mode !== 'applied' || state.focus !== 'article') return { ...state, notice: NO_FIND };
  if (matches.length === 0) return { ...state, notice: `Pattern not found: ${state.find.query.trim()}` };
  const rows = layoutOf(state).articleRows;
  const current = clamp(state.find.match, 0, matches.length - 1);
  const onScreen = (line: number) => line >= state.articleTop && line < state.articleTop + rows;
  let next: number;
  if (onScreen(matches[current]!.line)) next = current + direction;
  else if (direction > 0) next = matches.findIndex((m) => m.line >= state.articleTop);
  else {
    next = -1;
    for (let i = 0; i < matches.length && matches[i]!.line < state.articleTop + rows; i++) next = i;
  }
  let notice: string | null = null;
  if (next < 0 || next >= matches.length) {
    next = direction > 0 ? 0 : matches.length - 1;
    notice = direction > 0 ? 'search hit BOTTOM, continuing at TOP' : 'search hit TOP, continuing at BOTTOM';
  }
  const moved = { ...state, find: { ...state.find, match: next }, notice };
  return { ...moved, articleTop: showLine(moved, matches[next]!.line) };
}
