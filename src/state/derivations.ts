/**
 * The memos behind the selectors. One `Derivations` belongs to one reader: `initialState` makes
 * it and every reducer step carries it on unchanged, so the selectors stay functions of the state
 * alone and two readers (or two tests) never share a cache.
 */
import type { MarkMap } from '../store/mark-map.js';
import type { ArticleSummary, CountedArticle } from '../library/model/library.js';
import { UNTOUCHED, type ArticleState } from '../store/reading-store.js';
import { adjustCounts, countSections, type SectionKind, type SectionRow } from './section-counts.js';
import { findMatches, foldLines } from '../render/text-matches.js';
import { queryPhrases } from '../library/index/phrases.js';
import { layoutFor, type Size } from './layout.js';
import type { Focus } from './panes.js';

/** What {@link Derivations.results} needs of the reader's catalog (`Catalog` in state.ts). */
interface SearchedCatalog {
  readonly summaries: readonly ArticleSummary[];
  search(query: string): string[];
  searchRows?(query: string): readonly ArticleSummary[];
}

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

function listHeadlines(
  summaries: readonly ArticleSummary[],
  marks: ReadonlyMap<string, ArticleState>,
  kept: ReadonlySet<string>,
  kind: SectionKind,
  label: string,
): readonly ArticleSummary[] {
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
}

export type { SectionKind, SectionRow };

/** Marks standing for none, for lists that do not depend on the marks. */
export const NO_MARKS: ReadonlyMap<string, ArticleState> = new Map();

/** The memos of one reader's selectors. */
export class Derivations {
  private counts: { summaries: readonly CountedArticle[]; marks: MarkMap; rows: SectionRow[] } | null = null;
  /** The section rows for these marks: counted once per library, then adjusted by the marks that changed. */
  sectionRows(summaries: readonly CountedArticle[], marks: MarkMap, order?: readonly string[]): SectionRow[] {
    const last = this.counts;
    if (last?.summaries === summaries && last.marks === marks) return last.rows;
    const changed = last?.summaries === summaries ? marks.changedSince(last.marks) : null;
    const rows =
      last && changed !== null && changed.size < summaries.length / 8
        ? // The same map as the lists' (summaries are counted articles too); a first screen's articles make their own.
          adjustCounts(last.rows, changed, this.byId(summaries as readonly ArticleSummary[]), last.marks, marks)
        : countSections(summaries, marks, order);
    this.counts = { summaries, marks, rows };
    return rows;
  }
  /** The layout: most selectors read it, in the reducer and in render, many times a key. */
  readonly layout = memoLast((size: Size, focus: Focus, articleOpen: boolean, searchBar: boolean, zoom: boolean) =>
    layoutFor(size, { focus, articleOpen, searchBar, zoom }));
  readonly byId = memoLast((summaries: readonly ArticleSummary[]) => new Map(summaries.map((s) => [s.id, s])));
  /** The search's results, or the articles of a section row. */
  readonly visible = memoLast(
    (
      summaries: readonly ArticleSummary[],
      marks: ReadonlyMap<string, ArticleState>,
      kept: ReadonlySet<string>,
      kind: SectionKind,
      label: string,
      results: readonly ArticleSummary[] | null,
    ): readonly ArticleSummary[] => results ?? listHeadlines(summaries, marks, kept, kind, label),
  );
  /** The open article's lines folded for `/`, and the matches of its query. */
  readonly foldedLines = memoLast(foldLines);
  readonly matches = memoLast(findMatches);
  /**
   * The articles of the catalog's search, in its order (newest first): as the library found
   * them when it can say (`searchRows`), else its ids through the map. Matching each id to its
   * summary walked all 50,000 summaries a letter typed (7 ms of about 20 in a profile).
   */
  readonly results = memoLast((catalog: SearchedCatalog, query: string): readonly ArticleSummary[] => {
    if (catalog.searchRows) return catalog.searchRows(query);
    const byId = this.byId(catalog.summaries);
    return catalog.search(query).flatMap((id) => byId.get(id) ?? []);
  });
  /** The candidates that hold the query's quoted phrases, once checked (all of them until then). */
  readonly withPhrases = memoLast(
    (candidates: readonly ArticleSummary[], query: string, checked: { query: string; ids: ReadonlySet<string> } | null): readonly ArticleSummary[] =>
      checked?.query === query && queryPhrases(query).length > 0 ? candidates.filter((s) => checked.ids.has(s.id)) : candidates,
  );
  private counted: MarkMap | null = null;
  /** The latest marks known to agree with `counted` on every read mark and star. */
  private agreeing: MarkMap | null = null;

  /**
   * The marks the counts were computed from, kept while only reading positions change: every
   * scroll saves a position in new marks, and recounting 50,000 summaries on each one made paging
   * grow with the library (73 ms a page at 50,000 articles, measured). Each new map is compared
   * with the last one that agreed, not with `counted`: O(the changes of one key), where comparing
   * with `counted` was O(every article changed since, 50,000 after `A`) on every frame.
   */
  marksForCounts(marks: MarkMap): MarkMap {
    if (this.counted === null || this.agreeing === null) {
      this.counted = this.agreeing = marks;
    } else if (this.agreeing !== marks) {
      if (!sameReadAndStars(this.agreeing, marks)) this.counted = marks;
      this.agreeing = marks;
    }
    return this.counted;
  }
}
