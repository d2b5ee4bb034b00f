/**
 * The state changes the commands are made of: moving in a list, opening and leaving an article,
 * changing marks. All pure; each returns a new state (or the same one when nothing changes).
 */
import { anchorOfLine, lineOfPosition } from '../render/article-anchor.js';
import { applyChange } from '../store/mark-map.js';
import { UNTOUCHED, type ArticleState } from '../store/reading-store.js';
import { layoutOf, openBody, openLines, sectionRows, summaryOf, visibleHeadlines } from './selectors.js';
import type { ReaderState } from './state.js';
import { checkWebUrl } from './web-url.js';
import { clamp, maxTop, scrollIntoView } from './window.js';

/** Selects section row `index` (clamped); a new list starts at its first headline. */
export function moveSection(state: ReaderState, index: number): ReaderState {
  const rows = sectionRows(state);
  const section = clamp(index, 0, rows.length - 1);
  if (section === state.section) return state;
  const sectionTop = scrollIntoView(state.sectionTop, section, layoutOf(state).listRows, rows.length);
  return { ...state, section, sectionTop, headline: 0, headlineTop: 0, kept: new Set() };
}

/** Selects headline `index` (clamped) and scrolls the list window to show it. */
export function moveHeadline(state: ReaderState, index: number): ReaderState {
  const length = visibleHeadlines(state).length;
  const headline = clamp(index, 0, length - 1);
  const headlineTop = scrollIntoView(state.headlineTop, headline, layoutOf(state).listRows, length);
  if (headline === state.headline && headlineTop === state.headlineTop) return state;
  return { ...state, headline, headlineTop };
}

/** Sets marks on articles; they stay in a filtered list until it changes (see `kept`). */
export function setMarks(state: ReaderState, ids: readonly string[], change: Partial<ArticleState>): ReaderState {
  const changed: Array<[string, ArticleState]> = [];
  for (const id of ids) {
    const before = state.marks.get(id) ?? UNTOUCHED;
    const after = applyChange(before, change);
    if (after.read === before.read && after.starred === before.starred && after.position === before.position) continue;
    changed.push([id, after]);
  }
  if (changed.length === 0) return state;
  const marks = state.marks.with(changed);
  const kept = new Set(state.kept);
  for (const id of ids) kept.add(id);
  return { ...state, marks, kept };
}

/** No article open: the window's fields as at start (and no search inside it). */
export const CLOSED = { openId: null, articleTop: 0, articleAnchor: 0, articlePlaced: null, find: null } as const;

/** Leaves the open article: its reading position is kept in the marks (and so saved). */
export function leaveArticle(state: ReaderState): ReaderState {
  if (state.openId === null) return state;
  const saved = setMarks(state, [state.openId], { position: state.articleAnchor });
  return { ...saved, ...CLOSED };
}

/**
 * Keeps the article window and its anchor in the text in step, after every action, and the
 * anchor in the marks (so the store has it as the key is handled):
 * - lines the window was not placed on (the body arrived, the width changed, the file was
 *   edited): the window goes to the anchor's line, so the same sentence is on top at any width;
 *   an old line-number position is read at this width, once, and becomes an anchor;
 * - a scroll: the anchor becomes the new first line's.
 * Nothing while the body loads (there are no lines to place on yet).
 */
export function syncPosition(state: ReaderState): ReaderState {
  const body = openBody(state);
  if (state.openId === null || !body) return state;
  const lines = openLines(state);
  const width = layoutOf(state).readingWidth;
  const last = maxTop(lines.length, layoutOf(state).articleRows);
  let top = state.articleTop;
  let anchor = state.articleAnchor;
  let placed = state.articlePlaced;
  if (placed?.body !== body || placed.width !== width) {
    // Keys typed while the body loaded (`Enter j j`) go on from the saved place.
    const ahead = placed === null ? top : 0;
    top = clamp(lineOfPosition(lines, anchor) + ahead, 0, last);
    if (typeof anchor === 'number' || ahead !== 0) anchor = anchorOfLine(lines, top);
    placed = { body, width };
  } else if (clamp(lineOfPosition(lines, anchor), 0, last) !== top) {
    anchor = anchorOfLine(lines, top);
  }
  const next = top === state.articleTop && anchor === state.articleAnchor && placed === state.articlePlaced
    ? state
    : { ...state, articleTop: top, articleAnchor: anchor, articlePlaced: placed };
  const before = next.marks.get(next.openId!) ?? UNTOUCHED;
  if (before.position === anchor) return next;
  return { ...next, marks: next.marks.with([[next.openId!, applyChange(before, { position: anchor })]]) };
}

/** Opens visible headline `index`: marks it read and returns to where you left it. */
export function openHeadline(state: ReaderState, index: number): ReaderState {
  const target = visibleHeadlines(state)[index];
  if (!target) return state;
  const left = target.id === state.openId ? state : leaveArticle(state);
  const moved = moveHeadline(left, index);
  const opened = target.id === state.openId ? moved : {
    ...moved,
    openId: target.id,
    articleTop: 0,
    articleAnchor: (moved.marks.get(target.id) ?? UNTOUCHED).position,
    articlePlaced: null,
  };
  return setMarks({ ...opened, focus: 'article', help: false }, [target.id], { read: true });
}

/** Scrolls the open article to `top` (clamped to the lines it has). */
export function scrollArticle(state: ReaderState, top: number): ReaderState {
  // While the body loads, keys typed ahead (`Enter G`) are kept and clamped once it arrives.
  const loading = state.openId !== null && openBody(state) === undefined;
  const lines = openLines(state).length;
  const articleTop = loading ? Math.max(0, top) : clamp(top, 0, maxTop(lines, layoutOf(state).articleRows));
  return articleTop === state.articleTop ? state : { ...state, articleTop };
}

/** The article a mark command acts on: the open one in the article pane, else the selected one. */
export function targetId(state: ReaderState): string | null {
  if (state.focus === 'article' && state.openId !== null) return state.openId;
  return visibleHeadlines(state)[state.headline]?.id ?? null;
}

/** The target article's web address, checked (for `o`, and for whether its hint shows). */
export function targetWebUrl(state: ReaderState): ReturnType<typeof checkWebUrl> {
  const id = targetId(state);
  // The selected headline is its own summary: the map of every summary by id (made on the
  // first frame for this hint alone, 10,000 entries) is needed only for an open article.
  const inArticle = state.focus === 'article' && state.openId !== null;
  const summary = id === null ? undefined : inArticle ? summaryOf(state, id) : visibleHeadlines(state)[state.headline];
  const body = id === null ? undefined : state.bodies.get(id);
  return checkWebUrl(summary?.url ?? body?.url);
}

/**
 * `o`: asks the edge to open the target article's original web address (its summary's, else
 * its loaded body's), if it has an http or https one; the status bar says which happened.
 */
export function requestOpenUrl(state: ReaderState): ReaderState {
  const checked = targetWebUrl(state);
  if (!checked.ok) {
    const notice =
      checked.reason === 'none' ? 'No web address for this article'
      : checked.reason === 'protocol' ? `Not opening a ${checked.protocol} address: only http and https`
      : 'This article\'s web address is not valid';
    return { ...state, notice };
  }
  const seq = (state.openRequest?.seq ?? 0) + 1;
  return { ...state, openRequest: { url: checked.url, seq }, notice: `Opening ${checked.url}` };
}

/**
 * Opens the next unread article (wrapping), looking in All if the list has none. With an article
 * open, "next" starts after it; from the list, the selected headline itself counts.
 */
export function nextUnread(state: ReaderState): ReaderState {
  const isUnread = (id: string) => !(state.marks.get(id)?.read ?? false) && id !== state.openId;
  const list = visibleHeadlines(state);
  const first = state.openId === null ? 0 : 1;
  for (let step = first; step < list.length + first; step++) {
    const index = (state.headline + step) % list.length;
    const s = list[index];
    if (s && isUnread(s.id)) return openHeadline(state, index);
  }
  const anywhere = state.catalog.summaries.findIndex((s) => isUnread(s.id));
  if (anywhere < 0 || state.search.mode !== 'off') return { ...state, notice: 'No unread articles left' };
  // Said as a sentence: the status bar's `· All` (the article fits) read `· All Moved to All`.
  const inAll = moveSection({ ...state, notice: 'No unread left in this list: next unread from All articles' }, 0);
  return openHeadline(inAll, anywhere);
}
