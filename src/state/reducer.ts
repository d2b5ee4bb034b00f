/**
 * The one pure reducer: `(state, action) => state`. Keys arrive as `command` actions (the key
 * table decides which); loading, resizing and typing in the search line arrive as their own
 * actions. Every result goes through `settle`, which keeps indexes and windows valid for the
 * current list and size, so no action has to remember to, and then `syncPosition`, which puts
 * the open article's position in the marks (so the store has it after every key).
 */
import { helpLineCount, helpRows } from '../keys/help-lines.js';
import { runCommand } from './commands.js';
import { editSearch } from './search-line.js';
import { insert, lineOf } from './line-edit.js';
import { followLibrary } from './follow-library.js';
import { syncPosition } from './moves.js';
import { layoutOf, openLines, sectionRows, visibleHeadlines } from './selectors.js';
import type { Article } from '../library/model/article.js';
import type { Action, ReaderState } from './state.js';
import { clamp, maxTop, scrollIntoView } from './window.js';

/** Applies an action. */
export function reducer(state: ReaderState, action: Action): ReaderState {
  return syncPosition(settle(step(state, action)));
}

function step(state: ReaderState, action: Action): ReaderState {
  switch (action.type) {
    case 'command':
      // A key dismisses the store's alert (and does nothing else); Ctrl-C still quits.
      if (state.alert !== null && action.command !== 'quit.now') return { ...state, alert: null };
      return runCommand(state.notice === null ? state : { ...state, notice: null }, action.command);
    case 'resize':
      return resize(state, action.size);
    case 'articleLoaded':
      return { ...state, bodies: keepBody(state, action.id, action.article) };
    case 'search.change':
      return editSearch(state, () => lineOf(action.query));
    case 'search.type':
      return editSearch(state, (line) => insert(line, action.text));
    case 'libraryChanged':
      return followLibrary(state, action.catalog, action.progress ?? null);
    case 'openFailed':
      return { ...state, notice: `Could not run ${action.program}: ${action.reason}` };
    case 'phraseChecked':
      return { ...state, phrase: { query: action.query, ids: action.ids } };
    case 'openReturned':
      return { ...state, notice: `Back from ${action.program}` };
    case 'alert.dismiss':
      return { ...state, alert: null };
    case 'alert':
      return { ...state, alert: state.alert ? `${state.alert}\n${action.message}` : action.message };
    case 'notice':
      return { ...state, notice: state.notice ? `${state.notice} · ${action.message}` : action.message };
    default: {
      const never: never = action;
      return never;
    }
  }
}

/**
 * Bodies kept in memory at most: the open one, the ones prepared ahead (`ui/use-prepare-ahead`)
 * and the last few read. Reading on through a large library must not keep every body it passed.
 */
export const MAX_BODIES = 24;

/** The bodies with `id`'s added as the newest; the oldest beyond {@link MAX_BODIES} are let go, never the open one. */
function keepBody(state: ReaderState, id: string, article: Article | null): ReaderState['bodies'] {
  const bodies = new Map(state.bodies);
  bodies.delete(id);
  bodies.set(id, article);
  for (const old of bodies.keys()) {
    if (bodies.size <= MAX_BODIES) break;
    if (old !== state.openId) bodies.delete(old);
  }
  return bodies;
}

/** A new size: the lines rewrap, and `syncPosition` puts the same sentence back on top. */
function resize(state: ReaderState, size: ReaderState['size']): ReaderState {
  if (size.columns === state.size.columns && size.rows === state.size.rows) return state;
  return { ...state, size };
}

/** Clamps every index and window to the current lists and layout. */
function settle(state: ReaderState): ReaderState {
  const layout = layoutOf(state);
  const sections = sectionRows(state).length;
  const section = clamp(state.section, 0, sections - 1);
  const sectionTop = scrollIntoView(state.sectionTop, section, layout.listRows, sections);
  const length = visibleHeadlines({ ...state, section }).length;
  const headline = clamp(state.headline, 0, Math.max(0, length - 1));
  const headlineTop = scrollIntoView(state.headlineTop, headline, layout.listRows, length);
  const lines = openLines(state).length;
  // While the body loads there are no lines yet: keep the saved position until there are.
  const articleTop = lines === 0 ? state.articleTop : clamp(state.articleTop, 0, maxTop(lines, layout.articleRows));
  // The help's title takes a row of its body: without counting it the last line never showed.
  const helpTop = clamp(state.helpTop, 0, maxTop(helpLineCount(), helpRows(layout.bodyRows)));
  if (
    section === state.section && sectionTop === state.sectionTop && headline === state.headline &&
    headlineTop === state.headlineTop && articleTop === state.articleTop && helpTop === state.helpTop
  ) {
    return state;
  }
  return { ...state, section, sectionTop, headline, headlineTop, articleTop, helpTop };
}
