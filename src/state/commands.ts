/**
 * What each semantic command does to the state, by focus. Reached only through the reducer.
 */
import type { Command } from '../keys/bindings.js';
import {
  leaveArticle, moveHeadline, moveSection, nextUnread, openHeadline, requestOpenUrl, scrollArticle, setMarks, targetId,
} from './moves.js';
import { layoutOf, markOf, openLines, visibleHeadlines } from './selectors.js';
import { runLineCommand } from './search-line.js';
import { remember, undo } from './undo.js';
import { cancelFind, openFind, stepFind, submitFind } from './article-find.js';
import type { ReaderState, SearchOrigin } from './state.js';

/** Runs a command against the state. */
export function runCommand(state: ReaderState, command: Command): ReaderState {
  const layout = layoutOf(state);
  const page = Math.max(1, layout.listRows - 1);
  const half = Math.max(1, Math.floor(layout.listRows / 2));
  const text = layout.articleRows;
  switch (command) {
    case 'nav.down': return move(state, 1);
    case 'nav.up': return move(state, -1);
    case 'nav.pageDown': return move(state, page);
    case 'nav.pageUp': return move(state, -page);
    case 'nav.halfDown': return move(state, half);
    case 'nav.halfUp': return move(state, -half);
    case 'nav.first': return move(state, -Infinity);
    case 'nav.last': return move(state, Infinity);
    case 'article.lineDown': return scrollArticle(state, state.articleTop + 1);
    case 'article.lineUp': return scrollArticle(state, state.articleTop - 1);
    case 'article.pageDown': return scrollArticle(state, state.articleTop + Math.max(1, text - 1));
    case 'article.pageUp': return scrollArticle(state, state.articleTop - Math.max(1, text - 1));
    case 'article.halfDown': return scrollArticle(state, state.articleTop + Math.max(1, Math.floor(text / 2)));
    case 'article.halfUp': return scrollArticle(state, state.articleTop - Math.max(1, Math.floor(text / 2)));
    case 'article.top': return scrollArticle(state, 0);
    case 'article.bottom': return scrollArticle(state, Number.MAX_SAFE_INTEGER);
    case 'article.next': return sibling(state, 1);
    case 'article.prev': return sibling(state, -1);
    case 'article.zoom': return toggleZoom(state);
    case 'open': return open(state);
    case 'back': return back(state);
    case 'quit':
    case 'quit.anywhere':
    case 'quit.now':
      return { ...leaveArticle(state), quitting: true };
    case 'pane.next': return paneNext(state);
    case 'pane.prev': return panePrev(state);
    case 'nextUnread': return nextUnread({ ...state, help: false });
    case 'toggleRead': {
      const id = state.focus === 'sections' ? null : targetId(state);
      if (id === null) return { ...state, notice: MARK_HINT };
      const read = !markOf(state, id).read;
      return remember(state, setMarks(state, [id], { read }), read ? 'marked read' : 'marked unread');
    }
    case 'toggleStar': {
      const id = state.focus === 'sections' ? null : targetId(state);
      if (id === null) return { ...state, notice: MARK_HINT };
      const starred = !markOf(state, id).starred;
      return remember(state, setMarks(state, [id], { starred }), starred ? 'starred' : 'unstarred');
    }
    case 'markSectionRead': {
      const ids = visibleHeadlines(state).filter((s) => !markOf(state, s.id).read).map((s) => s.id);
      const what = ids.length === 1 ? '1 article' : `${ids.length} articles`;
      const marked = remember(state, setMarks(state, ids, { read: true }), `marked ${what} read`);
      return { ...marked, notice: `Marked ${what} read${ids.length > 0 ? ' (u undoes)' : ''}` };
    }
    case 'undo': return undo(state);
    case 'openUrl': return requestOpenUrl(state);
    case 'search.open': return openSearch(state);
    case 'find.open': return openFind(state);
    case 'find.next': return stepFind(state, 1);
    case 'find.prev': return stepFind(state, -1);
    case 'search.submit': {
      if (state.find?.mode === 'editing') return submitFind(state);
      if (state.search.mode !== 'editing') return state;
      if (state.search.query.trim() === '') return cancelSearch(state);
      return { ...state, search: { ...state.search, mode: 'applied' }, focus: 'headlines', headline: 0, headlineTop: 0 };
    }
    case 'search.cancel': return state.find?.mode === 'editing' ? cancelFind(state) : cancelSearch(state);
    case 'line.backspace':
    case 'line.delete':
    case 'line.killStart':
    case 'line.killEnd':
    case 'line.killWord':
    case 'line.killWordBack':
    case 'line.killWordForward':
    case 'line.start':
    case 'line.end':
    case 'line.left':
    case 'line.right':
    case 'line.wordLeft':
    case 'line.wordRight':
      return runLineCommand(state, command);
    case 'help': return { ...state, help: true, helpTop: 0 };
    case 'help.close': return { ...state, help: false };
    default: {
      const never: never = command;
      return never;
    }
  }
}

/** What `r` and `s` say where no article is chosen (the section list, an empty list). */
const MARK_HINT = 'r and s mark one article: choose it in the headlines (Tab); A marks the whole list read';

/** Moves the selection of the focused list (or the help window) by `delta` rows. */
function move(state: ReaderState, delta: number): ReaderState {
  const to = (from: number) => (delta === Infinity ? Number.MAX_SAFE_INTEGER : delta === -Infinity ? 0 : from + delta);
  if (state.help) return { ...state, helpTop: Math.max(0, to(state.helpTop)) };
  if (state.focus === 'sections') return moveSection(state, to(state.section));
  if (state.focus === 'headlines') return moveHeadline(state, to(state.headline));
  return state;
}

function open(state: ReaderState): ReaderState {
  if (state.focus === 'sections') {
    return visibleHeadlines(state).length > 0 ? { ...state, focus: 'headlines' } : { ...state, notice: 'Nothing to read here' };
  }
  if (state.focus === 'headlines') return openHeadline(state, state.headline);
  return state;
}

/** `z`: the article takes the screen, or gives it back; the text rewraps and keeps its place (`syncPosition`). */
function toggleZoom(state: ReaderState): ReaderState {
  return { ...state, zoom: !state.zoom };
}

/** `J`/`K`: the next or previous article of the list, from inside the article. */
function sibling(state: ReaderState, delta: number): ReaderState {
  const index = state.headline + delta;
  if (index < 0 || index >= visibleHeadlines(state).length) {
    return { ...state, notice: delta > 0 ? 'This is the last article' : 'This is the first article' };
  }
  return openHeadline(state, index);
}

function back(state: ReaderState): ReaderState {
  // Like the list's search, the article's is cleared first; the next q or Esc closes the article.
  if (state.focus === 'article' && state.find !== null) return { ...state, find: null };
  if (state.focus === 'article') return { ...leaveArticle(state), focus: 'headlines' };
  if (state.focus === 'headlines') {
    return state.search.mode === 'off' ? { ...state, focus: 'sections' } : cancelSearch(state);
  }
  return state;
}

function paneNext(state: ReaderState): ReaderState {
  if (state.focus === 'sections') return visibleHeadlines(state).length > 0 ? { ...state, focus: 'headlines' } : state;
  if (state.focus === 'headlines') {
    if (state.openId === null) return openHeadline(state, state.headline);
    return { ...state, focus: 'article' };
  }
  return state;
}

function panePrev(state: ReaderState): ReaderState {
  if (state.focus === 'article') return { ...state, focus: 'headlines' };
  if (state.focus === 'headlines') return { ...state, focus: 'sections' };
  return state;
}

function openSearch(state: ReaderState): ReaderState {
  const origin: SearchOrigin =
    state.search.mode === 'off'
      ? { focus: state.focus === 'search' ? 'headlines' : state.focus, headline: state.headline, headlineTop: state.headlineTop }
      : state.search.origin;
  const query = state.search.mode === 'off' ? '' : state.search.query;
  const cursor = state.search.mode === 'off' ? 0 : state.search.cursor;
  return { ...state, search: { mode: 'editing', query, cursor, origin }, focus: 'search', help: false, headline: 0, headlineTop: 0 };
}

function cancelSearch(state: ReaderState): ReaderState {
  if (state.search.mode === 'off') return state;
  const { origin } = state.search;
  const focus = origin.focus === 'article' && state.openId === null ? 'headlines' : origin.focus;
  // The article chosen among the results stays chosen in the list that comes back (if it is there).
  const chosen = state.search.mode === 'applied' ? visibleHeadlines(state)[state.headline]?.id : undefined;
  const cleared: ReaderState = { ...state, search: { mode: 'off' }, focus, headline: origin.headline, headlineTop: origin.headlineTop, kept: new Set() };
  const index = chosen === undefined ? -1 : visibleHeadlines(cleared).findIndex((s) => s.id === chosen);
  return index < 0 ? cleared : { ...cleared, headline: index };
}
