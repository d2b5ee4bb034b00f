import type { Article, ArticleFormat, Problem } from './article.js';

/** What lists need of an article: everything but the body, so lists never wait on bodies. */
export interface ArticleSummary {
  id: string;
  /** Relative to the library folder. */
  path: string;
  format: ArticleFormat;
  /** Never empty: the breadcrumb's section, else the folder's name, else {@link DEFAULT_SECTION}. */
  section: string;
  headline: string;
  /** `YYYY-MM-DD`, or null when the article carries no readable date. */
  published: string | null;
  byline: string | null;
  url: string | null;
}

/** What the section counts need of an article. */
export type CountedArticle = Pick<ArticleSummary, 'id' | 'section'>;

/** A loaded library: summaries for the lists, bodies on demand, and what could not be read. */
export interface Library {
  /** The library folder, absolute. */
  readonly root: string;
  /** Newest first; undated articles last, then by headline. */
  readonly summaries: readonly ArticleSummary[];
  /** Files skipped, each with its reason. */
  readonly problems: readonly Problem[];
  /**
   * The whole article, read from disk on demand; null when it has gone or no longer parses.
   * Once `signal` aborts, the promise rejects (AbortError) and a read of a big file under way stops.
   */
  article(id: string, options?: { signal?: AbortSignal }): Promise<Article | null>;
  /** The size in bytes of the file holding article `id`, as last read; undefined for an unknown id. */
  bytes?(id: string): number | undefined;
  /**
   * Ids of articles whose headline, standfirst or body contain every word of the query,
   * ignoring case and accents (`bogota` finds `Bogotá`). Newest first, like `summaries`.
   */
  search(query: string): string[];
  /** What `search` finds, as the articles' summaries (the lists show them without a lookup per id). */
  searchRows?(query: string): readonly ArticleSummary[];
  /**
   * True while the search index is still being read from its cache (a warm start, for a moment
   * after its lists show): `search` finds only part of the library until then.
   */
  searchLoading?(): boolean;
  /**
   * Articles whose id changed when their file was edited in place (old id → new id), since the
   * library was opened (a live library only; see `live/renames.ts`).
   */
  readonly renamed?: ReadonlyMap<string, string>;
  /**
   * Present while `summaries` are only the list's first rows (a warm start's first frame, drawn
   * from the first-screen file): every article's id and section, so the counts are whole, and
   * the sections' labels in `localeCompare` order when that order is known without sorting.
   */
  readonly preview?: { readonly articles: readonly CountedArticle[]; readonly sectionOrder?: readonly string[] };
  /** Changes whenever the file holding article `id` changes (an edit); undefined for an unknown id. */
  revision?(id: string): string | undefined;
}

/** The section of an article that names none and sits at the top of the library folder. */
export const DEFAULT_SECTION = 'Unsorted';
