/**
 * Values derived from the state, never stored in it: section rows and their counts, the visible
 * headlines, search results, the layout, the article's lines and position. Each is memoized on
 * the inputs it reads, so calling them from the reducer and from render costs nothing twice.
 */
import type { MarkMap } from '../store/mark-map.js';
import type { Article } from '../library/model/article.js';
import type { Context } from '../keys/bindings.js';
import type { ArticleSummary } from '../library/model/library.js';
import { UNTOUCHED, type ArticleState } from '../store/reading-store.js';
// The one import from ui/: the article's wrapped lines are a pure, memoized function of the
// article and the width, and the reducer needs their count to clamp scrolling and to page.
import { articleLines, type ArticleLine } from '../render/article-lines.js';
import { layoutFor, type Layout } from './layout.js';
import type { Catalog, ReaderState } from './state.js';
import { positionLabel } from './window.js';

/** Remembers the last result for the last arguments (compared with `===`). */
function memoLast<A extends unknown[], R>(fn: (...args: A) => R): (...args: A) => R {
  let lastArgs: A | null = null;
  let last: R;
  return (...args: A) => {
    if (lastArgs && lastArgs.length === args.length && lastArgs.every((a, i) => a === args[i])) return last;
    last = fn(...args);
    lastArgs = args;
    return last;
  };
}

/** What a section row lists. */
export type SectionKind = 'all' | 'unread' | 'starred' | 'section';

/** One row of the section list. */
export interface SectionRow {
  kind: SectionKind;
  /** The section's name, or `All` / `Unread` / `Starred`. */
  label: string;
  unread: number;
  total: number;
}

/** The reading marks of one article. */
export function markOf(state: Pick<ReaderState, 'marks'>, id: string): ArticleState {
  return state.marks.get(id) ?? UNTOUCHED;
}

const computeSectionRows = memoLast(
  (summaries: readonly ArticleSummary[], marks: ReadonlyMap<string, ArticleState>): SectionRow[] => {
    const isRead = (id: string) => marks.get(id)?.read ?? false;
    const bySection = new Map<string, SectionRow>();
    let unread = 0;
    let starred = 0;
    let starredUnread = 0;
    for (const s of summaries) {
      const row = bySection.get(s.section) ?? { kind: 'section' as const, label: s.section, unread: 0, total: 0 };
      bySection.set(s.section, row);
      row.total++;
      const read = isRead(s.id);
      if (!read) {
        row.unread++;
        unread++;
      }
      if (marks.get(s.id)?.starred) {
        starred++;
        if (!read) starredUnread++;
      }
    }
    const sections = [...bySection.values()].sort((a, b) => a.label.localeCompare(b.label));
    return [
      { kind: 'all', label: 'All', unread, total: summaries.length },
      { kind: 'unread', label: 'Unread', unread, total: unread },
      { kind: 'starred', label: 'Starred', unread: starredUnread, total: starred },
      ...sections,
    ];
  },
);

/** Whether two sets of marks agree on every read mark and star (positions may differ). */
function sameReadAndStars(a: MarkMap, b: MarkMap): boolean {
  // Maps from the same base differ only where their layers do: O(changes), not O(history).
  const changed = b.changedSince(a);
  if (changed !== null) {
    for (const id of changed) {
      const x = a.get(id) ?? UNTOUCHED;
      const y = b.get(id) ?? UNTOUCHED;
      if (x.read !== y.read || x.starred !== y.starred) return false;
    }
    return true;
  }
  if (a.size !== b.size) return false;
  for (const [id, mark] of b) {
    const other = a.get(id);
    if (!other || other.read !== mark.read || other.starred !== mark.starred) return false;
  }
  return true;
}

let countedMarks: MarkMap | null = null;
/**
 * The marks the counts were computed from, kept while only reading positions change: every
 * scroll saves a position in new marks, and recounting 50,000 summaries on each one made paging
 * grow with the library (73 ms a page at 50,000 articles, measured). O(touched articles).
 */
function marksForCounts(marks: MarkMap): MarkMap {
  if (countedMarks === null || (countedMarks !== marks && !sameReadAndStars(countedMarks, marks))) countedMarks = marks;
  return countedMarks;
}

/** All, Unread, Starred, then each section by name, with counts. */
export function sectionRows(state: Pick<ReaderState, 'catalog' | 'marks'>): SectionRow[] {
  return computeSectionRows(state.catalog.summaries, marksForCounts(state.marks));
}

const byIdOf = memoLast((summaries: readonly ArticleSummary[]) => new Map(summaries.map((s) => [s.id, s])));

const computeResults = memoLast((catalog: Catalog, query: string): string[] => catalog.search(query));

/** The active search query, trimmed; empty when there is none. */
export function activeQuery(state: Pick<ReaderState, 'search'>): string {
  return state.search.mode === 'off' ? '' : state.search.query.trim();
}

/** Ids matching the active query (newest first), or null when no search narrows the list. */
export function searchResults(state: Pick<ReaderState, 'catalog' | 'search'>): string[] | null {
  const query = activeQuery(state);
  return query === '' ? null : computeResults(state.catalog, query);
}

const computeVisible = memoLast(
  (
    summaries: readonly ArticleSummary[],
    marks: ReadonlyMap<string, ArticleState>,
    kept: ReadonlySet<string>,
    kind: SectionKind,
    label: string,
    results: string[] | null,
  ): readonly ArticleSummary[] => {
    if (results) {
      const byId = byIdOf(summaries);
      return results.flatMap((id) => byId.get(id) ?? []);
    }
    switch (kind) {
      case 'all':
        return summaries;
      case 'unread':
        return summaries.filter((s) => !(marks.get(s.id)?.read ?? false) || kept.has(s.id));
      case 'starred':
        return summaries.filter((s) => (marks.get(s.id)?.starred ?? false) || kept.has(s.id));
      case 'section':
        return summaries.filter((s) => s.section === label);
    }
  },
);

/** The headlines the list shows: the search results, or the selected section's articles. */
export function visibleHeadlines(state: ReaderState): readonly ArticleSummary[] {
  const row = sectionRows(state)[state.section];
  // Filtered rows depend on the marks; the others must not recompute when a mark changes.
  const marks = row?.kind === 'unread' || row?.kind === 'starred' ? marksForCounts(state.marks) : null;
  return computeVisible(
    state.catalog.summaries,
    marks ?? EMPTY_MARKS,
    state.kept,
    row?.kind ?? 'all',
    row?.label ?? '',
    searchResults(state),
  );
}
const EMPTY_MARKS: ReadonlyMap<string, ArticleState> = new Map();

/** An article's summary by id (a memoized map, not a scan of the library). */
export function summaryOf(state: ReaderState, id: string): ArticleSummary | undefined {
  return byIdOf(state.catalog.summaries).get(id);
}

/** The open article's summary. */
export function openSummary(state: ReaderState): ArticleSummary | undefined {
  return state.openId === null ? undefined : byIdOf(state.catalog.summaries).get(state.openId);
}

/** The layout for the current size, focus and search line. */
export function layoutOf(state: ReaderState): Layout {
  return layoutFor(state.size, {
    focus: state.focus,
    articleOpen: state.openId !== null,
    searchBar: state.search.mode !== 'off',
    zoom: state.zoom,
  });
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
