import { readSearchCache, writeSearchCache } from './index-cache.js';
import type { ArticleSummary } from '../model/library.js';
import { type BatchIndex, SearchIndex } from './search-index.js';

/** What the search bookkeeping needs of a file: where it is and the articles it holds. */
export interface IndexedFile {
  file: { rel: string };
  summaries: readonly ArticleSummary[];
}

/** Files looked at between two calls of `pause` while a cached index is taken. */
const FILES_PER_PAUSE = 64;

/**
 * A library's search index and which files it covers: files are added as they are read,
 * forgotten when they change or go, and the whole index is loaded from and saved to the cache.
 */
export class LibrarySearch {
  #index = new SearchIndex();
  readonly #covered = new Set<string>();
  /** Changes since the index was loaded or last saved (0: none). */
  #changes = 0;

  /** Indexes a file's articles (`words[k]` are the words of `summaries[k]`). */
  add(entry: IndexedFile, words: readonly (readonly string[])[]): void {
    entry.summaries.forEach((s, k) => this.#index.add(s.id, words[k] ?? []));
    this.#covered.add(entry.file.rel);
    this.#changes++;
  }

  /**
   * Indexes files a parse worker read together: `batch` numbers their articles in order (the
   * first file's summaries, then the next file's), as `parse-worker.ts` built it.
   */
  addBatch(entries: readonly IndexedFile[], batch: BatchIndex): void {
    this.#index.addBatch(entries.flatMap((e) => e.summaries.map((s) => s.id)), batch);
    for (const entry of entries) this.#covered.add(entry.file.rel);
    this.#changes++;
  }

  /** Forgets a file's articles. */
  forget(entry: IndexedFile): void {
    entry.summaries.forEach((s) => this.#index.remove(s.id));
    this.#covered.delete(entry.file.rel);
    this.#changes++;
  }

  /** Whether the file's articles are in the index. */
  covers(rel: string): boolean {
    return this.#covered.has(rel);
  }

  /** Words held in per-word lists rather than in the compact form (0 once a save has compacted them). */
  get listedWords(): number {
    return this.#index.listedWords;
  }

  /** Ids matching the query (see {@link SearchIndex.search}). */
  search(query: string): Set<string> | null {
    return this.#index.search(query);
  }

  /** Which articles match the query, by doc (see {@link SearchIndex.hits}). */
  hits(query: string): Uint8Array | null {
    return this.#index.hits(query);
  }

  /** An article's doc in {@link hits}, -1 if not indexed; valid while {@link version} stays the same. */
  docOf(id: string): number {
    return this.#index.docOf(id);
  }

  /** Changes whenever the docs do (an article added, removed, renumbered, or the index replaced). */
  get version(): number {
    return this.#index.version;
  }

  /**
   * Takes the cached index, keeping only the articles of `entries` (the files as cached). The
   * file (tens of MB at 50,000 articles) is read off the main thread, and the rest is done in
   * steps with `pause` between them (it yields once a slice has run a few ms), so a reader
   * keeps answering keys meanwhile.
   */
  async loadCache(dir: string, root: string, entries: Iterable<IndexedFile>, pause: () => Promise<unknown> = async () => undefined): Promise<void> {
    const cached = await readSearchCache(dir, root, pause);
    if (cached === null) return;
    const files = [...entries];
    const ids = new Set<string>();
    for (let k = 0; k < files.length; k++) {
      for (const s of files[k]!.summaries) ids.add(s.id);
      if (k % FILES_PER_PAUSE === FILES_PER_PAUSE - 1) await pause();
    }
    this.#index = await SearchIndex.fromCompact(cached, (id) => ids.has(id), pause);
    for (let k = 0; k < files.length; k++) {
      const entry = files[k]!;
      if (entry.summaries.every((s) => this.#index.has(s.id))) this.#covered.add(entry.file.rel);
      if (k % FILES_PER_PAUSE === FILES_PER_PAUSE - 1) await pause();
    }
  }

  /** Saves the index when it changed since it was loaded or last saved. */
  saveCache(dir: string, root: string): void {
    if (this.#changes > 0) writeSearchCache(dir, root, this.#index.exportCompact());
    this.#changes = 0;
  }

  /**
   * {@link saveCache} with `pause` between steps of a few ms (at the end of a load: the export
   * of 10,000 articles' words took 200-300 ms of the reader's thread at once). Stops when `stopped`
   * (the cache is then still due: a later `saveCache` writes it).
   */
  async saveCacheInSteps(dir: string, root: string, pause: () => Promise<unknown>, stopped: () => boolean): Promise<void> {
    const changes = this.#changes;
    if (changes === 0) return;
    const steps = this.#index.exportSteps();
    for (let step = steps.next(); !stopped(); step = steps.next()) {
      if (!step.done) {
        await pause();
        continue;
      }
      // What changed meanwhile (a file the folder watcher read) is left for the next save.
      const unchanged = this.#changes === changes;
      this.#changes = Math.max(0, this.#changes - changes);
      writeSearchCache(dir, root, step.value);
      // The export is the whole index in the warm start's form: searched from now on.
      if (unchanged) this.#index.adoptExport(step.value);
      return;
    }
  }
}
