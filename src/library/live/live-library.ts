import { resolve } from 'node:path';
import type { Problem } from '../model/article.js';
import { type FolderFollower, type FolderView, followFolder } from './follow-folder.js';
import { collectAtNextPause } from './full-collection.js';
import { KEYS_QUIET_MS, quietTurn } from '../model/next-turn.js';
import { collectOnGrowth } from './old-space-growth.js';
import { allText, preloadParser, searchWords } from './lazy-parser.js';
import type { FileParse } from '../parse/parse-scanned-file.js';
import { cacheDir, readIndexCache, readIndexCacheSteps } from '../index/index-cache.js';
import { type FirstScreen, readFirstScreen } from '../index/first-screen.js';
import { firstScreenView } from './first-screen-view.js';
import { LibrarySearch } from '../index/library-search.js';
import { forgetWords } from '../index/terms.js';
import type { BatchIndex } from '../index/compact-index.js';
import type { ScannedFile } from '../files/scan.js';
import { scanWithExtras } from '../files/scan-extras.js';
import type { FolderScan } from '../files/folder-scan.js';
import { buildSnapshot } from './snapshot.js';
import { SnapshotPublisher } from './publisher.js';
import { Renames } from './renames.js';
import { cachedEntry, type FileEntry } from './file-entry.js';
import { LibraryCaches } from './library-caches.js';
import type { LiveLibrary, LoadProgress, OpenOptions } from './live-library-types.js';
import { fileReader, POOL_IDLE_MS, POOL_THRESHOLD } from './read-files.js';
import { articleReader, latch } from './article-by-id.js';
import { applyScan, sameProblems } from './scan-changes.js';

export type { FileEntry } from './file-entry.js';
export type { LiveLibrary, LoadProgress, OpenOptions } from './live-library-types.js';

/** The pause in the keys a warm start's whole list waits for: longer than a reader's between pages. */
const WHOLE_LIST_QUIET_MS = 250;

/**
 * Opens a library folder. Cached summaries are shown before the folder is even scanned; new
 * and changed files are then read in slices with progress; bodies are indexed for search in
 * the background; a body is read again only when its article is opened.
 */
export function openLibrary(root: string, options: OpenOptions = {}): LiveLibrary {
  const absRoot = resolve(root);
  const dir = options.cacheDir === undefined ? cacheDir() : options.cacheDir;
  const entries = new Map<string, FileEntry>();
  const search = new LibrarySearch();
  // Kept between loads only while following the folder (a burst of new files comes in rounds).
  const reader = fileReader(options.watch ? POOL_IDLE_MS : 0);
  let scanProblems: Problem[] = [];
  let folderView: FolderView = { folders: [], stamps: new Map() };
  let byFolder: ReadonlyMap<string, FolderScan> | null = null;
  let progress: LoadProgress | null = { phase: 'reading', done: 0, total: 0 };
  let closed = false;
  // Closing ends the start's work where it is (the scan, a pause between steps): left running, a
  // start of 50,000 articles kept the process alive 1.5 s after the reader had quit.
  const stop = new AbortController();
  let watcher: FolderFollower | undefined;

  const bodies = articleReader((id) => entries.get(out.snapshot.pathOf(id) ?? ''));
  const renames = new Renames();
  // From a warm start's lists until its search index is read from the cache (a moment later): a
  // query typed meanwhile waits for it (`Library.searchLoading`) instead of finding nothing.
  let searchLoading = false;
  const out = new SnapshotPublisher(() => ({
    ...buildSnapshot(absRoot, entries, scanProblems, search, bodies.read, renames.all),
    searchLoading: () => searchLoading,
  }));
  // The list a warm start would draw from the index cache being written (no scan problems yet).
  const listNow = () => {
    const { summaries, problems } = out.fresh();
    return { summaries, problems: problems.filter((p) => !scanProblems.includes(p)) };
  };
  const caches = new LibraryCaches(dir, absRoot, entries, renames, search, listNow);
  const publish = (force = false) => out.publish(force);
  /** A pause between two steps of the work (see `fileReader`); a closed library's work ends at it. */
  const pause = async (force = false): Promise<boolean> => {
    const yielded = await reader.pause(force);
    stop.signal.throwIfAborted();
    return yielded;
  };
  /** Once no key the reader handled has come for `ms` (`quietTurn`); a closed library's work ends there too. */
  const whenQuiet = async (ms: number): Promise<void> => {
    await quietTurn(ms);
    stop.signal.throwIfAborted();
  };

  function accept(file: ScannedFile, parsed: FileParse): void {
    const old = entries.get(file.rel);
    if (old) search.forget(old);
    if (old) renames.record(old.summaries, parsed.summaries);
    const entry = { file, summaries: parsed.summaries, problem: parsed.problem };
    entries.set(file.rel, entry);
    out.dirty = true;
    if (parsed.words) search.add(entry, parsed.words);
    if (progress) progress = { ...progress, done: progress.done + 1 };
  }

  // A reader's load collects its heap as the old space grows 6 MB, at a pause in the keys (old-space-growth.ts).
  const loadGarbage = options.watch ? collectOnGrowth(6 * 1024 * 1024, collectAtNextPause) : () => undefined;
  const sink = {
    accept,
    indexed: (files: readonly ScannedFile[], batch: BatchIndex) => search.addBatch(files.map((f) => entries.get(f.rel)!), batch),
    progressed: () => {
      publish();
      loadGarbage();
    },
    isClosed: () => closed,
  };

  /**
   * Scans and brings the entries in line with the folder; returns the entries it found unchanged.
   * Given the folders a watch `reported`, looks again only at those and at folders whose stamp changed.
   */
  async function refresh(reported: ReadonlySet<string> | null = null): Promise<FileEntry[]> {
    // Starting the parse workers takes 300-450 ms (each compiles the parsers): begin as soon as
    // the walk has found enough new files to need them, so that happens while it walks on.
    let fresh = 0;
    const onFound = (rel: string) => void (!entries.has(rel) && ++fresh === POOL_THRESHOLD && reader.warm());
    const reuse = reported !== null && byFolder !== null ? { byFolder, stamps: folderView.stamps, dirty: reported } : undefined;
    const scan = await scanWithExtras(absRoot, options.extraFiles ?? [], { onFound, signal: stop.signal, reuse });
    if (!sameProblems(scanProblems, scan.problems)) out.dirty = true;
    scanProblems = scan.problems;
    folderView = { folders: scan.folders, stamps: scan.stamps };
    byFolder = scan.byFolder;
    const { dropped, unchanged, toRead } = await applyScan(entries, scan.files, (entry) => search.forget(entry), () => pause());
    if (dropped) out.dirty = true;
    if (progress) progress = { phase: 'reading', done: unchanged.length, total: scan.files.length };
    publish(true);
    await reader.read(toRead, sink);
    if (dropped || toRead.length > 0) caches.changed();
    return unchanged;
  }

  /** Indexes for search, from their bodies, the files the cached search index did not cover. */
  async function indexBodies(pending: FileEntry[]): Promise<void> {
    progress = { phase: 'indexing', done: 0, total: pending.length };
    for (const entry of pending) {
      if (closed) return;
      if (!search.covers(entry.file.rel)) {
        search.add(entry, await searchWords(entry.file, entry.summaries));
        out.searchChanged = true;
      }
      progress = { ...progress, done: progress.done + 1 };
      if (await pause()) publish();
    }
  }

  async function start(): Promise<void> {
    if (dir !== null) {
      // Read here, not after an await: without one the index is read before the first frame, as ever.
      const first = options.firstScreen ? readFirstScreen(dir, absRoot) : null;
      if (first) await showFirstScreen(first);
      // Draw the cached lists first; the scan below corrects them within moments. After a first
      // screen, between keys: the keys its rows can answer are answered meanwhile
      // (state/first-screen-keys.ts; an article of its rows is read from its file, first-screen-view.ts).
      const cached = first ? await readInSteps(readIndexCacheSteps(dir, absRoot)) : readIndexCache(dir, absRoot);
      // The whole list replaces the first screen in one go (its entries, snapshot and render):
      // not while the reader is turning pages of an article opened on it.
      if (first) await whenQuiet(WHOLE_LIST_QUIET_MS);
      for (const [rel, c] of cached.files) entries.set(rel, cachedEntry(absRoot, rel, c));
      // No usable first screen (none yet, damaged, older than the index): written again after the load.
      if (options.firstScreen && !first && entries.size > 0) caches.changed();
      renames.restore(cached.renamed);
      out.dirty = true;
      searchLoading = entries.size > 0;
      // A first screen is replaced at once, even by an empty list (its index gone since).
      if (entries.size > 0 || out.snapshot.preview) publish(true);
      indexRead.open();
      if (entries.size > 0) {
        // Let a reader draw these lists before the scan and the search index take the thread:
        // it subscribes once its first frame is out (a command that never subscribes waits 100 ms).
        if (options.watch) await Promise.race([firstSubscriber.done, new Promise((r) => setTimeout(r, 100))]);
        await pause(true);
        // What reading the index cache left (its JSON, the first screen's list) goes before more
        // comes; at a pause in the keys, not in front of a key held on the first screen (issue 10).
        if (options.watch) collectAtNextPause();
        try {
          await search.loadCache(dir, absRoot, entries.values(), () => pause());
        } finally {
          searchLoading = false;
        }
        out.searchChanged = true;
        publish(true);
      }
    }
    const unchanged = await refresh();
    reader.loaded();
    await caches.saveIndexInSteps(() => pause());
    const pending = unchanged.filter((e) => !search.covers(e.file.rel) && e.summaries.length > 0);
    progress = pending.length > 0 ? { phase: 'indexing', done: 0, total: pending.length } : null;
    publish(true);
    ready.open();
    if (pending.length > 0 && !closed) {
      await pause(true);
      await indexBodies(pending);
      progress = null;
      publish(true);
    }
    // Following the folder first: a change made while the cache is written in steps is seen.
    if (options.watch && !closed) startWatching();
    if (!closed) await caches.saveSearchInSteps(() => pause());
    forgetWords();
    // The start's garbage (the scan's files, the load's batches, the caches' buffers) goes now, not
    // when V8's old generation reaches its limit, if ever; the parsers are loaded first (for Enter).
    if (options.watch && !closed) await preloadParser(!allText(entries.values())).then(() => pause(true));
    // The first letter typed into the search finds its docs ready.
    if (options.watch && !closed) await out.snapshot.prepareSearch?.(() => pause());
    if (options.watch && !closed) collectAtNextPause();
  }

  /** Steps run one a turn, each once the keys the reader handles have paused (a closed library's end there). */
  async function readInSteps<T>(steps: Generator<void, T>): Promise<T> {
    for (;;) {
      const step = steps.next();
      if (step.done) return step.value;
      // Not a slice every HOLD_MAX_MS while keys come, as other start-up work: what the first
      // screen answers never needs the index, and pages of an article opened on it came slower.
      await whenQuiet(KEYS_QUIET_MS);
    }
  }

  /**
   * The first-screen file's list, drawn before the index is read; the index is read once the
   * reader has drawn it (it subscribes after its first frame; a caller that never does, 100 ms).
   */
  async function showFirstScreen(first: FirstScreen): Promise<void> {
    out.snapshot = firstScreenView(absRoot, first, indexRead.done, () => out.snapshot);
    await Promise.race([firstSubscriber.done, new Promise((r) => setTimeout(r, 100))]);
  }

  function startWatching(): void {
    // Every folder the last scan walked, empty ones too: a new folder is a change in its parent.
    watcher = followFolder(absRoot, folderView, async (reported) => {
      caches.hold();
      if (!closed) await refresh(reported);
      publish(true);
      if (!closed) caches.saveWhenQuiet();
      return folderView;
    });
  }

  const [firstSubscriber, indexRead, ready] = [latch(), latch(), latch()];
  start().catch((error: unknown) => {
    // Closed: its work ended at the next pause (or the scan was aborted); nothing went wrong, and
    // nothing waiting for the start waits on.
    if (stop.signal.aborted) return void (indexRead.open(), ready.open());
    scanProblems = [...scanProblems, { path: '.', reason: error instanceof Error ? error.message : String(error) }];
    out.dirty = true;
    progress = null;
    publish(true);
    indexRead.open();
    ready.open();
  });

  return {
    current: () => out.snapshot,
    progress: () => progress,
    subscribe: (listener) => {
      out.listeners.add(listener);
      firstSubscriber.open();
      return () => out.listeners.delete(listener);
    },
    ready: ready.done,
    close: () => {
      caches.close();
      closed = true;
      stop.abort();
      watcher?.close();
      reader.close();
      out.close();
      bodies.close();
    },
  };
}
