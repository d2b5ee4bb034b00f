/**
 * What the reader does when the library changes under it (files arriving during a cold start,
 * a file dropped into or deleted from the folder): the lists follow, the selection stays on the
 * same article, and the open article stays open while it exists. Pure, reached only through the
 * reducer's `libraryChanged` action.
 */
import type { Article } from '../library/model/article.js';
import type { ArticleSummary } from '../library/model/library.js';
import type { LoadProgress } from '../library/live/live-library.js';
import { markState } from '../store/mark-map.js';
import { hasPosition } from '../store/position.js';
import { type ArticleState, UNTOUCHED } from '../store/reading-store.js';
import { CLOSED } from './moves.js';
import { sectionRows, visibleHeadlines } from './selectors.js';
import { type Catalog, NO_RENAMES, type ReaderState } from './state.js';

/** The notice shown when the open article's file has gone from the folder. */
export const DELETED_NOTICE = 'Article deleted from the folder';

const sameSummary = (a: ArticleSummary, b: ArticleSummary) =>
  a === b ||
  (a.path === b.path && a.headline === b.headline && a.published === b.published && a.section === b.section &&
    a.byline === b.byline && a.url === b.url && a.format === b.format);

/** True while a start is still reading files: the lists are not complete yet. */
export function isFilling(progress: LoadProgress | null): boolean {
  return progress?.phase === 'reading';
}

/** True while a start is still walking the folder: no file found is counted yet. */
export function isScanning(progress: LoadProgress | null): boolean {
  return progress?.phase === 'reading' && progress.total === 0;
}

/**
 * Articles whose id changed because their file was edited (`Catalog.renamed`, those not seen
 * yet) keep their state under the new id: read marks and stars are added to it, the position
 * moves over (unless the new id has one), and the open or selected article stays so. The marks
 * are moved, not copied: a rename seen again (the index cache keeps them across runs) changes
 * nothing, and marking the new article unread sticks. An old id still in the library (a copy
 * of the file before the edit) keeps its own marks.
 */
function followRenames(state: ReaderState, catalog: Catalog): ReaderState {
  const renamed = catalog.renamed ?? NO_RENAMES;
  if (renamed === state.renamesSeen) return state;
  const seen = state.renamesSeen;
  const changes: Array<[string, ArticleState]> = [];
  let { openId, kept } = state;
  let present: ReadonlyMap<string, unknown> | null = null;
  for (const [from, to] of renamed) {
    if (seen.get(from) === to) continue;
    present ??= state.derived.byId(catalog.summaries);
    if (present.has(from)) continue;
    const old = state.marks.get(from);
    if (old && old !== UNTOUCHED) {
      const now = state.marks.get(to) ?? UNTOUCHED;
      changes.push([to, markState(now.read || old.read, now.starred || old.starred, hasPosition(now.position) ? now.position : old.position)]);
      changes.push([from, UNTOUCHED]);
    }
    if (openId === from) openId = to;
    if (kept.has(from)) kept = new Set([...kept, to]);
  }
  const marks = changes.length > 0 ? state.marks.with(changes) : state.marks;
  return { ...state, marks, openId, kept, renamesSeen: renamed };
}

/** Whether two progress reports say the same. */
export const sameProgress = (a: LoadProgress | null, b: LoadProgress | null): boolean =>
  a === b || (a !== null && b !== null && a.phase === b.phase && a.done === b.done && a.total === b.total);

/**
 * The state over a new catalog, keeping the section, the selected article and the open one.
 * While a start is still reading files (`progress` in phase `reading`), they arrive in path
 * order, not date order: a selection still at the top of the list (nothing open) stays at the
 * top, so a finished load selects the newest article, as a start with everything read at once would.
 */
export function followLibrary(previous: ReaderState, catalog: Catalog, progress: LoadProgress | null): ReaderState {
  // The first catalog may already hold renames (kept from an earlier run): they are followed once.
  if (catalog === previous.catalog && (catalog.renamed ?? NO_RENAMES) === previous.renamesSeen) {
    return sameProgress(progress, previous.progress) ? previous : { ...previous, progress };
  }
  // The same lists in a new snapshot (only what a search finds may have changed): nothing to
  // follow, and the two maps of every summary below cost tens of ms at 50,000 articles.
  if (catalog.summaries === previous.catalog.summaries && (catalog.renamed ?? NO_RENAMES) === previous.renamesSeen) {
    return { ...previous, catalog, progress };
  }
  const state = followRenames(previous, catalog);
  const oldRows = sectionRows(state);
  const oldRow = oldRows[state.section];
  const atTop = (isFilling(state.progress) || isFilling(progress)) && state.headline === 0 && state.openId === null;
  const listed = atTop ? undefined : visibleHeadlines(state)[state.headline]?.id;
  // An article edited under a new id stays selected.
  const selectedId = listed === undefined ? null : (catalog.renamed?.get(listed) ?? listed);
  const byId = new Map(catalog.summaries.map((s) => [s.id, s]));
  const oldById = new Map(state.catalog.summaries.map((s) => [s.id, s]));

  // Bodies of articles that are gone, or whose file now says something else, are read again.
  let bodies: Map<string, Article | null> | null = null;
  for (const id of state.bodies.keys()) {
    const now = byId.get(id);
    const before = oldById.get(id);
    if (now && before && sameSummary(now, before) && catalog.revision?.(id) === state.catalog.revision?.(id)) continue;
    bodies ??= new Map(state.bodies);
    bodies.delete(id);
  }

  let next: ReaderState = { ...state, catalog, progress, bodies: bodies ?? state.bodies };
  // The same section row by kind and name; a section that emptied falls back to All.
  const rows = sectionRows(next);
  const section = Math.max(0, rows.findIndex((r) => r.kind === oldRow?.kind && r.label === oldRow?.label));
  next = { ...next, section, sectionTop: state.sectionTop + (section - state.section) };

  // The selected article keeps its row on screen; if it has gone, the same index is selected.
  const index = selectedId === null ? -1 : visibleHeadlines(next).findIndex((s) => s.id === selectedId);
  if (index >= 0) {
    next = { ...next, headline: index, headlineTop: Math.max(0, state.headlineTop + (index - state.headline)) };
  }

  if (state.openId !== null && !byId.has(state.openId)) {
    const focus = state.focus === 'article' ? 'headlines' : state.focus;
    next = { ...next, ...CLOSED, focus, notice: DELETED_NOTICE };
  }
  // A library that was empty at the first frame (a cold start): go to its headlines once it fills.
  if (state.catalog.summaries.length === 0 && catalog.summaries.length > 0 && state.focus === 'sections' && state.section === 0) {
    next = { ...next, focus: 'headlines' };
  }
  return next;
}
