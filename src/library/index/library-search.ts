import { readSearchCache, writeSearchCache } from './index-cache.js';
import type { ArticleSummary } from '../model/library.js';
import { SearchIndex } from './search-index.js';
import { nextTurn } from '../model/next-turn.js';

/** What the search bookkeeping needs of a file: where it is and the articles it holds. */
export interface IndexedFile {
  file: { rel: string };
  summaries: readonly ArticleSummary[];
}

/** Files looked at between two yields while a cached index is taken (a few ms of work). */
const FILES_PER_YIELD = 500;
const yieldToEvents = nextTurn;

/**
 * A library's search index and which files it covers: files are added as they are read,
 * forgotten when they change or go, and the whole index is loaded from and saved to the cache.
 */
export class LibrarySearch {
  #index = new SearchIndex();
  readonly #covered = new Set<string>();
  #changed = false;

  /** Indexes a file's articles (`words[k]` are the words of `summaries[k]`). */
  add(entry: IndexedFile, words: readonly (readonly string[])[]): void {
    entry.summaries.forEach((s, k) => this.#index.add(s.id, words[k] ?? []));
    this.#covered.add(entry.file.rel);
    this.#changed = true;
  }

  /** Forgets a file's articles. */
  forget(entry: IndexedFile): void {
    entry.summaries.forEach((s) => this.#index.remove(s.id));
    this.#covered.delete(entry.file.rel);
    this.#changed = true;
  }

  /** Whether the file's articles are in the index. */
  covers(rel: string): boolean {
    return this.#covered.has(rel);
  }

  /** Ids matching the query (see {@link SearchIndex.search}). */
  search(query: string): Set<string> | null {
    return this.#index.search(query);
  }

  /**
   * Takes the cached index, keeping only the articles of `entries` (the files as cached). The
   * file (tens of MB at 50,000 articles) is read off the main thread, so a reader keeps
   * answering keys meanwhile.
   */
  async loadCache(dir: string, root: string, entries: Iterable<IndexedFile>): Promise<void> {
    const cached = await readSearchCache(dir, root);
    if (cached === null) return;
    const files = [...entries];
    const ids = new Set<string>();
    for (let k = 0; k < files.length; k++) {
      for (const s of files[k]!.summaries) ids.add(s.id);
      if (k % FILES_PER_YIELD === FILES_PER_YIELD - 1) await yieldToEvents();
    }
    await yieldToEvents();
    this.#index = SearchIndex.fromCompact(cached, (id) => ids.has(id));
    for (let k = 0; k < files.length; k++) {
      const entry = files[k]!;
      if (entry.summaries.every((s) => this.#index.has(s.id))) this.#covered.add(entry.file.rel);
      if (k % FILES_PER_YIELD === FILES_PER_YIELD - 1) await yieldToEvents();
    }
  }

  /** Saves the index when it changed since it was loaded or last saved. */
  saveCache(dir: string, root: string): void {
    if (this.#changed) writeSearchCache(dir, root, this.#index.exportCompact());
    this.#changed = false;
  }
}
