/**
 * Values derived from the state, never stored in it: section rows and their counts, the visible
 * headlines, search results, the layout, the article's lines and position. Each is memoized on
 * the inputs it reads, in the state's own memos (`derived`, see derivations.ts), so calling them
 * from the reducer and from render costs nothing twice.
 */
import type { Article } from '../library/model/article.js';
import type { Context } from '../keys/bindings.js';
import type { ArticleSummary } from '../library/model/library.js';
import { UNTOUCHED, type ArticleState } from '../store/reading-store.js';
// The article's wrapped lines are a pure, memoized function of the
// article and the width, and the reducer needs their count to clamp scrolling and to page.
import { articleLines, type ArticleLine } from '../render/article-lines.js';
import type { Layout } from './layout.js';
import type { ReaderState } from './state.js';
import { positionLabel } from './window.js';
import { NO_MARKS, type SectionRow } from './derivations.js';
import { queryPhrases } from '../library/index/phrases.js';

export type { SectionKind, SectionRow } from './derivations.js';

/** The reading marks of one article. */
export function markOf(state: Pick<ReaderState, 'marks'>, id: string): ArticleState {
  return state.marks.get(id) ?? UNTOUCHED;
}

/** All, Unread, Starred, then each section by name, with counts. */
export function sectionRows(state: Pick<ReaderState, 'catalog' | 'marks' | 'derived'>): SectionRow[] {
  const d = state.derived;
  const preview = state.catalog.preview;
  return d.sectionRows(preview?.articles ?? state.catalog.summaries, d.marksForCounts(state.marks), preview?.sectionOrder);
}

/**
 * How many headlines the list holds: its length, or while only its first rows are known (a
 * warm start's first frame), the section's count.
 */
export function headlineCount(state: ReaderState): number {
  const rows = sectionRows(state);
  return state.catalog.preview && searchResults(state) === null ? (rows[state.section]?.total ?? 0) : visibleHeadlines(state).length;
}

/** The active search query, trimmed; empty when there is none. */
export function activeQuery(state: Pick<ReaderState, 'search'>): string {
  return state.search.mode === 'off' ? '' : state.search.query.trim();
}

/**
 * Whether the active query waits for the library: a warm start's first screen holds only the
 * list's first rows (`Catalog.preview`), and its search index is read from the cache a moment
 * after the whole list; a query typed before finds nothing yet, and its results come then
 * (`state/first-screen-keys.ts` lets the line echo meanwhile).
 */
export function searchWaits(state: Pick<ReaderState, 'catalog' | 'search'>): boolean {
  return activeQuery(state) !== '' && (state.catalog.preview !== undefined || state.catalog.searchLoading?.() === true);
}

/** Articles having every word of the active query (newest first), or null when no search narrows the list. */
export function searchCandidates(state: Pick<ReaderState, 'catalog' | 'search' | 'derived'>): readonly ArticleSummary[] | null {
  const query = activeQuery(state);
  if (query === '') return null;
  return searchWaits(state) ? NOTHING_YET : state.derived.results(state.catalog, query);
}
/** The candidates of a query that waits: one array, so what is memoised on them stays. */
const NOTHING_YET: readonly ArticleSummary[] = [];

/**
 * Articles matching the active query (newest first), or null when no search narrows the list:
 * the candidates, less those found not to hold a quoted phrase (see `ui/use-phrase-check.ts`).
 */
export function searchResults(state: Pick<ReaderState, 'catalog' | 'search' | 'derived' | 'phrase'>): readonly ArticleSummary[] | null {
  const candidates = searchCandidates(state);
  return candidates === null ? null : state.derived.withPhrases(candidates, activeQuery(state), state.phrase);
}

/** Whether the active query's phrases are still being looked for in the candidates' text. */
export function phrasePending(state: Pick<ReaderState, 'search' | 'phrase'>): boolean {
  const query = activeQuery(state);
  return query.includes('"') && state.phrase?.query !== query && queryPhrases(query).length > 0;
}

/** The headlines the list shows: the search results, or the selected section's articles. */
export function visibleHeadlines(state: ReaderState): readonly ArticleSummary[] {
  const row = sectionRows(state)[state.section];
  // Filtered rows depend on the marks; the others must not recompute when a mark changes.
  const marks = row?.kind === 'unread' || row?.kind === 'starred' ? state.derived.marksForCounts(state.marks) : null;
  return state.derived.visible(
    state.catalog.summaries,
    marks ?? NO_MARKS,
    state.kept,
    row?.kind ?? 'all',
    row?.label ?? '',
    searchResults(state),
  );
}

/** An article's summary by id (a memoized map, not a scan of the library). */
export function summaryOf(state: ReaderState, id: string): ArticleSummary | undefined {
  return state.derived.byId(state.catalog.summaries).get(id);
}

/** The open article's summary. */
export function openSummary(state: ReaderState): ArticleSummary | undefined {
  return state.openId === null ? undefined : state.derived.byId(state.catalog.summaries).get(state.openId);
}

/** The layout for the current size, focus and search line. */
export function layoutOf(state: ReaderState): Layout {
  return state.derived.layout(
    state.size,
    // While the article's own search line has the keys, the article keeps its place on screen.
    state.find?.mode === 'editing' ? 'article' : state.focus,
    state.openId !== null,
    state.search.mode !== 'off' || state.find !== null,
    state.zoom,
  );
}

/** The open article's body: an Article, null when it could not be read, undefined while loading. */
export function openBody(state: ReaderState): Article | null | undefined {
  return state.openId === null ? undefined : state.bodies.get(state.openId);
}

const NO_LINES: readonly ArticleLine[] = [];

/** The open article's lines at the current reading width (empty while loading). */
export function openLines(state: ReaderState): readonly ArticleLine[] {
  const body = openBody(state);
  return body ? articleLines(body, layoutOf(state).readingWidth) : NO_LINES;
}

/** Where the article window is: `Top`, `Bot`, `All` or a percentage. */
export function articlePosition(state: ReaderState): string {
  return positionLabel(state.articleTop, layoutOf(state).articleRows, openLines(state).length);
}

/** Unread and total counts for the whole library. */
export function libraryCounts(state: ReaderState): { unread: number; total: number } {
  const all = sectionRows(state)[0];
  return { unread: all?.unread ?? 0, total: all?.total ?? 0 };
}

/** Where keys go now: the help overlay when it is open, else the focus. */
export function inputContext(state: Pick<ReaderState, 'help' | 'focus'>): Context {
  return state.help ? 'help' : state.focus;
}
