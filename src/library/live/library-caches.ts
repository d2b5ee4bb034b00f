import { type CachedFile, indexCacheSteps } from '../index/index-cache.js';
import { drain } from '../index/compact-index.js';
import { writeFirstScreen } from '../index/first-screen.js';
import type { Problem } from '../model/article.js';
import type { ArticleSummary } from '../model/library.js';
import type { LibrarySearch } from '../index/library-search.js';
import { stampOf, type FileEntry } from './file-entry.js';
import type { Renames } from './renames.js';

/** While following the folder, how long it stays quiet before the caches are written. */
const CACHES_QUIET_MS = 1_000;

/**
 * The index cache (each file's summaries) and the search cache of one open library, kept in
 * `dir` (null: none). Written after a load; while following the folder, once it has been quiet
 * for a moment and on close, not after every rescan: during a burst of new files that writing
 * held up each next round (20-120 ms each).
 */
export class LibraryCaches {
  private indexStale = false;
  private due: NodeJS.Timeout | undefined;
  /** A quiet-time write was asked for and has not happened (its timer may be held by a new change). */
  private pending = false;
  #closed = false;
  /** A write of the index or search cache in steps is under way. */
  #savingIndex = false;
  #savingSearch = false;

  constructor(
    private readonly dir: string | null,
    private readonly root: string,
    private readonly entries: ReadonlyMap<string, FileEntry>,
    private readonly renames: Renames,
    private readonly search: LibrarySearch,
    /** The list as a warm start from the index cache would draw it, for the first-screen file (none: not written). */
    private readonly list: (() => { summaries: readonly ArticleSummary[]; problems: readonly Problem[] }) | null = null,
  ) {}

  /** Files were read again or dropped: the index cache no longer matches them. */
  changed(): void {
    this.indexStale = true;
  }

  /** Writes the index cache if files changed since it was last written. */
  saveIndex(): void {
    drain(this.#indexSteps());
  }

  *#indexSteps(): Generator<void, void> {
    if (this.indexStale && this.dir !== null) {
      const files = [...this.entries].map(([rel, e]): [string, CachedFile] => [rel, { ...stampOf(e.file), summaries: e.summaries, problem: e.problem }]);
      const written = yield* indexCacheSteps(this.dir, this.root, files, this.renames.all);
      // Made from the index just written, and naming it: never used with another.
      if (written && this.list) {
        const { summaries, problems } = this.list();
        writeFirstScreen(this.dir, this.root, summaries, problems);
      }
    }
    this.indexStale = false;
  }

  saveSearch(): void {
    if (this.dir !== null) this.search.saveCache(this.dir, this.root);
  }

  /**
   * {@link saveIndex} and {@link saveSearch} after a load, in steps with `pause` between: written
   * at once they held the reader's thread for 0.3-0.8 s at 10,000 articles (profiled).
   */
  async saveIndexInSteps(pause: () => Promise<unknown>): Promise<void> {
    this.#savingIndex = true;
    const steps = this.#indexSteps();
    while (!this.#closed && !steps.next().done) await pause();
    this.#savingIndex = false;
  }

  async saveSearchInSteps(pause: () => Promise<unknown>): Promise<void> {
    this.#savingSearch = true;
    if (this.dir !== null) await this.search.saveCacheInSteps(this.dir, this.root, pause, () => this.#closed);
    this.#savingSearch = false;
  }

  /** Writes both now (a pending quiet-time write is no longer needed). */
  saveAll(): void {
    this.hold();
    this.pending = false;
    this.saveIndex();
    this.saveSearch();
  }

  /** Writes both once the folder has been quiet for {@link CACHES_QUIET_MS}. */
  saveWhenQuiet(): void {
    this.hold();
    this.pending = true;
    this.due = setTimeout(() => this.saveAll(), CACHES_QUIET_MS);
    this.due.unref();
  }

  /** The folder changed again: a pending quiet-time write waits for the next quiet (close still writes it). */
  hold(): void {
    clearTimeout(this.due);
    this.due = undefined;
  }

  /**
   * On close: writes now what a pending quiet-time write would have (even one held by a rescan
   * in flight), or what a write in steps after a load had not finished.
   */
  close(): void {
    this.#closed = true;
    if (this.pending || this.#savingIndex || this.#savingSearch) this.saveAll();
  }
}
