/**
 * The reader's whole UI state, and the actions that change it. Only the reducer makes a new
 * state; everything derived (lists, counts, results, layout) is a selector.
 */
import { MarkMap } from '../store/mark-map.js';
import type { Article } from '../library/model/article.js';
import type { ArticleSummary, Library } from '../library/model/library.js';
import type { LoadProgress } from '../library/live/live-library.js';
import type { ArticleState, Position } from '../store/reading-store.js';
import type { Command } from '../keys/bindings.js';
import { Derivations } from './derivations.js';
import type { Size } from './layout.js';
import type { Focus } from './panes.js';
import type { ArticleFind, PhraseCheck, Search } from './search-state.js';

export type { Focus } from './panes.js';
export type { ArticleFind, PhraseCheck, Search, SearchOrigin } from './search-state.js';

/** What the reader needs of the library: the lists and a pure search. */
export interface Catalog {
  readonly summaries: readonly ArticleSummary[];
  search(query: string): string[];
  /** `search`'s results as summaries (see `Library.searchRows`). */
  searchRows?(query: string): readonly ArticleSummary[];
  /** While the search index is read from its cache (see `Library.searchLoading`). */
  searchLoading?(): boolean;
  /** Ids changed by edits, old → new (see `Library.renamed`). */
  readonly renamed?: ReadonlyMap<string, string>;
  /** While only the first rows are known: every article, for the counts (see `Library.preview`). */
  readonly preview?: Library['preview'];
  /** Changes when an article's file is edited (see `Library.revision`). */
  revision?(id: string): string | undefined;
  /** The size of an article's file (see `Library.bytes`). */
  bytes?(id: string): number | undefined;
}

/** A web address the reader has asked the edge to open in the browser (`o`); `seq` tells two apart. */
export interface OpenRequest {
  url: string;
  seq: number;
}

/** The last mark change, for `u` (see `undo.ts`): what it did, and the marks it changed, as they were. */
export interface UndoEntry {
  readonly label: string;
  readonly before: ReadonlyArray<readonly [id: string, read: boolean, starred: boolean]>;
}

/** The UI state. */
export interface ReaderState {
  readonly catalog: Catalog;
  /** The selectors' memos for this reader (made once by initialState, carried unchanged). */
  readonly derived: Derivations;
  /** Read, starred and position by article id (from the store's snapshot, then kept in step). */
  readonly marks: MarkMap;
  /** Loaded bodies by id; null when the article could not be read. */
  readonly bodies: ReadonlyMap<string, Article | null>;
  readonly size: Size;
  readonly focus: Focus;
  /** Index into the section rows (All, Unread, Starred, then each section). */
  readonly section: number;
  readonly sectionTop: number;
  /** Index into the visible headlines. */
  readonly headline: number;
  readonly headlineTop: number;
  /**
   * Articles marked while this list is shown: they stay in a filtered list (Unread, Starred)
   * until the list changes, so reading an unread article does not pull the list from under you.
   */
  readonly kept: ReadonlySet<string>;
  /** The open article, if any. */
  readonly openId: string | null;
  /** First visible line of the open article (at the current width). */
  readonly articleTop: number;
  /**
   * Where the open article is being read, in the text (see `store/position.ts`): the saved
   * position until the body is laid out, then the first visible line's anchor. When the lines
   * change (a resize, `z`, the file edited) the window goes back to it: the same sentence stays on top.
   */
  readonly articleAnchor: Position;
  /** The body and width `articleTop` was placed for; null until the open article is laid out. */
  readonly articlePlaced: { readonly body: Article; readonly width: number } | null;
  readonly search: Search;
  /** The search inside the open article, or null. */
  readonly find: ArticleFind | null;
  /** Which of a quoted-phrase query's candidates hold the phrase, once the edge has read them. */
  readonly phrase: PhraseCheck | null;
  readonly help: boolean;
  /** The article widened to the whole screen while it has the keys (`z`); kept until `z` again. */
  readonly zoom: boolean;
  /** The last mark change, for `u`; null when there is none (or it was undone). */
  readonly undo: UndoEntry | null;
  readonly helpTop: number;
  /** A one-line message for the status bar, cleared by the next key. */
  readonly notice: string | null;
  /**
   * What the reading store reported (a damaged file moved aside, a failed write): shown in full
   * until a key dismisses it, unlike `notice`, which the next key clears.
   */
  readonly alert: string | null;
  /**
   * How far the library's load has got, null once done. Kept here, beside the catalog it
   * describes, so a frame never shows a new catalog with old progress or the other way round.
   */
  readonly progress: LoadProgress | null;
  /** The latest address to open in the browser; the edge opens each new one once. */
  readonly openRequest: OpenRequest | null;
  /** Set by quit: the app exits once it sees this. */
  readonly quitting: boolean;
  /** The catalog's renames (ids changed by edits) whose marks have been moved (`follow-library.ts`). */
  readonly renamesSeen: ReadonlyMap<string, string>;
}

/** No renames. */
export const NO_RENAMES: ReadonlyMap<string, string> = new Map();

/** Everything that can happen. */
export type Action =
  | { type: 'command'; command: Command }
  | { type: 'resize'; size: Size }
  | { type: 'articleLoaded'; id: string; article: Article | null }
  /** The search line's text replaced (the cursor goes to its end). */
  | { type: 'search.change'; query: string }
  /** Characters typed into the search line at its cursor. */
  | { type: 'search.type'; text: string }
  | { type: 'notice'; message: string }
  | { type: 'alert'; message: string }
  /** A key with no command while the store's alert shows: it dismisses the alert ("Press any key"). */
  | { type: 'alert.dismiss' }
  /** The browser could not be started for an `openRequest`. */
  | { type: 'openFailed'; program: string; reason: string }
  /** The candidates of a quoted-phrase query have been read: these hold the phrase. */
  | { type: 'phraseChecked'; query: string; ids: ReadonlySet<string> }
  /** A terminal browser opened by `o` has given the terminal back. */
  | { type: 'openReturned'; program: string }
  /**
   * The library changed (files read, added or deleted) or its load moved on: lists follow, the
   * selection stays put.
   */
  | { type: 'libraryChanged'; catalog: Catalog; progress?: LoadProgress | null };

/** The state at start: first headline of the first list with articles selected, focus on headlines. */
export function initialState(
  catalog: Catalog,
  marks: ReadonlyMap<string, ArticleState>,
  size: Size,
  progress: LoadProgress | null = null,
): ReaderState {
  return {
    catalog,
    derived: new Derivations(),
    marks: MarkMap.from(marks),
    bodies: new Map(),
    size,
    focus: catalog.summaries.length > 0 ? 'headlines' : 'sections',
    section: 0,
    sectionTop: 0,
    headline: 0,
    headlineTop: 0,
    kept: new Set(),
    openId: null,
    articleTop: 0,
    articleAnchor: 0,
    articlePlaced: null,
    search: { mode: 'off' },
    find: null,
    phrase: null,
    help: false,
    zoom: false,
    undo: null,
    helpTop: 0,
    notice: null,
    alert: null,
    progress,
    openRequest: null,
    quitting: false,
    // A first catalog's renames (kept from an earlier run) are followed once; with none, nothing
    // is to follow, and the library's first publish (the same catalog) is then taken as it is.
    renamesSeen: catalog.renamed?.size === 0 ? catalog.renamed : NO_RENAMES,
  };
}
