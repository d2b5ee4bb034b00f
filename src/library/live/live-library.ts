import { resolve } from 'node:path';
import type { Article, Problem } from '../model/article.js';
import { type FolderFollower, followFolder } from './follow-folder.js';
import { preloadParser, readArticleFromFile, readFileArticles, searchWords } from './lazy-parser.js';
import type { FileParse } from '../parse/parse-scanned-file.js';
import { createParsePool, POOL_THRESHOLD } from './parse-pool.js';
import {
  type CachedFile,
  cacheDir,
  readIndexCache,
  writeIndexCache,
} from '../index/index-cache.js';
import { LibrarySearch } from '../index/library-search.js';
import type { ArticleSummary, Library } from '../model/library.js';
import { scanWithExtras, type ScannedFile } from '../files/scan.js';
import { buildSnapshot, type LibrarySnapshot } from './snapshot.js';
import { Renames } from './renames.js';
import { Slicer } from './slicer.js';
import { cachedEntry, sameStamp, stampOf, type FileEntry } from './file-entry.js';

export type { FileEntry } from './file-entry.js';

/** How far a long load has got: reading files for the lists, or indexing bodies for search. */
export interface LoadProgress {
  phase: 'reading' | 'indexing';
  done: number;
  total: number;
}

/** A library that loads in the background and follows its folder; readers subscribe to changes. */
export interface LiveLibrary {
  /** The library as it is now: the same object until something changes. */
  current(): Library;
  /** Null once everything is read and indexed. */
  progress(): LoadProgress | null;
  subscribe(listener: () => void): () => void;
  /** Settles when every file has been read once (the lists are complete). */
  readonly ready: Promise<void>;
  close(): void;
}

/** Options for {@link openLibrary}. */
export interface OpenOptions {
  /** Follow the folder: new, changed and deleted files show up without a restart. */
  watch?: boolean;
  /** Where the index cache lives; null for none. Default: {@link cacheDir}. */
  cacheDir?: string | null;
  /** Files outside the folder read as part of the library (`--newsboat-cache FILE`), by absolute path. */
  extraFiles?: readonly string[];
}

/** Books, mailboxes and newsboat caches (as files/containers.ts names them): seconds to parse. */
const CONTAINER = /\.(?:db|sqlite3?|epub|mbox|mbx)$|(?:^|\/)mbox$/i;

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
  const listeners = new Set<() => void>();
  const slicer = new Slicer();
  let scanProblems: Problem[] = [];
  let scanFolders: string[] = [];
  let progress: LoadProgress | null = { phase: 'reading', done: 0, total: 0 };
  let snapshot: LibrarySnapshot;
  let closed = false;
  let watcher: FolderFollower | undefined;
  let lastPublish = 0;
  let buildMs = 0;

  const readArticleById = async (id: string): Promise<Article | null> => {
    const rel = snapshot.pathOf(id);
    const entry = rel === undefined ? undefined : entries.get(rel);
    return entry ? readArticleFromFile(entry.file, id) : null;
  };
  const renames = new Renames();
  const rebuild = () => buildSnapshot(absRoot, entries, scanProblems, search, readArticleById, renames.all);
  snapshot = rebuild();

  /** New lists for the subscribers; during a long load at most every few build-times. */
  function publish(force = false): void {
    const now = Date.now();
    if (!force && now - lastPublish < Math.max(200, 8 * buildMs)) return;
    snapshot = rebuild();
    buildMs = Date.now() - now;
    lastPublish = Date.now();
    for (const listener of [...listeners]) listener();
  }

  function accept(file: ScannedFile, parsed: FileParse): void {
    const old = entries.get(file.rel);
    if (old) search.forget(old);
    if (old) renames.record(old.summaries, parsed.summaries);
    const entry = { file, summaries: parsed.summaries, problem: parsed.problem };
    entries.set(file.rel, entry);
    search.add(entry, parsed.words);
    if (progress) progress = { ...progress, done: progress.done + 1 };
  }

  async function readFiles(files: ScannedFile[]): Promise<void> {
    // A book, mailbox or newsboat cache can take seconds to parse: never on the reader's thread.
    const pool = files.length >= POOL_THRESHOLD || files.some((f) => CONTAINER.test(f.rel)) ? createParsePool() : null;
    if (pool) {
      const byRel = new Map(files.map((f) => [f.rel, f]));
      try {
        await pool.parse(files, (parsed) => {
          accept(byRel.get(parsed.rel)!, parsed);
          publish();
        }, () => closed);
        return;
      } catch {
        // A worker failed (out of memory, killed): read what is left here instead.
        files = files.filter((f) => entries.get(f.rel)?.file !== f);
      } finally {
        pool.close();
      }
    }
    for (const file of files) {
      if (closed) return;
      accept(file, await readFileArticles(file));
      if (await slicer.pause()) publish();
    }
  }

  function saveIndex(): void {
    if (dir === null) return;
    const files = [...entries].map(([rel, e]): [string, CachedFile] => [rel, { ...stampOf(e.file), summaries: e.summaries, problem: e.problem }]);
    writeIndexCache(dir, absRoot, files, renames.all);
  }

  /** Scans and brings the entries in line with the folder; returns the entries it found unchanged. */
  async function refresh(): Promise<FileEntry[]> {
    const scan = await scanWithExtras(absRoot, options.extraFiles ?? []);
    scanProblems = scan.problems;
    scanFolders = scan.folders;
    const seen = new Set(scan.files.map((f) => f.rel));
    let changed = false;
    for (const [rel, entry] of entries) {
      if (seen.has(rel)) continue;
      search.forget(entry);
      entries.delete(rel);
      changed = true;
    }
    const unchanged: FileEntry[] = [];
    const toRead: ScannedFile[] = [];
    for (const file of scan.files) {
      const entry = entries.get(file.rel);
      if (entry && sameStamp(stampOf(entry.file), file)) {
        entry.file = file;
        unchanged.push(entry);
      } else toRead.push(file);
    }
    if (progress) progress = { phase: 'reading', done: unchanged.length, total: scan.files.length };
    publish(true);
    await readFiles(toRead);
    if (changed || toRead.length > 0) saveIndex();
    return unchanged;
  }

  function saveSearch(): void {
    if (dir !== null && !closed) search.saveCache(dir, absRoot);
  }

  /** Indexes for search, from their bodies, the files the cached search index did not cover. */
  async function indexBodies(pending: FileEntry[]): Promise<void> {
    progress = { phase: 'indexing', done: 0, total: pending.length };
    for (const entry of pending) {
      if (closed) return;
      if (!search.covers(entry.file.rel)) search.add(entry, await searchWords(entry.file, entry.summaries));
      progress = { ...progress, done: progress.done + 1 };
      if (await slicer.pause()) publish();
    }
  }

  async function start(): Promise<void> {
    if (dir !== null) {
      // Draw the cached lists first; the scan below corrects them within moments.
      const cached = readIndexCache(dir, absRoot);
      for (const [rel, c] of cached.files) entries.set(rel, cachedEntry(absRoot, rel, c));
      renames.restore(cached.renamed);
      if (entries.size > 0) {
        publish(true);
        // Let a reader draw these lists before the scan and the search index take the thread:
        // it subscribes once its first frame is out (a command that never subscribes waits 100 ms).
        if (options.watch) await Promise.race([firstSubscriber, new Promise((r) => setTimeout(r, 100))]);
        await slicer.pause(true);
        search.loadCache(dir, absRoot, entries.values());
      }
    }
    const unchanged = await refresh();
    const pending = unchanged.filter((e) => !search.covers(e.file.rel) && e.summaries.length > 0);
    progress = pending.length > 0 ? { phase: 'indexing', done: 0, total: pending.length } : null;
    publish(true);
    readyResolve();
    if (pending.length > 0 && !closed) {
      await slicer.pause(true);
      await indexBodies(pending);
      progress = null;
      publish(true);
    }
    saveSearch();
    if (options.watch && !closed) {
      startWatching();
      preloadParser();
    }
  }

  function startWatching(): void {
    // Every folder the last scan walked, empty ones too: a new folder is a change in its parent.
    watcher = followFolder(absRoot, scanFolders, async () => {
      if (!closed) await refresh();
      publish(true);
      saveSearch();
      return scanFolders;
    });
  }

  let subscribed!: () => void;
  const firstSubscriber = new Promise<void>((r) => (subscribed = r));
  let readyResolve!: () => void;
  const ready = new Promise<void>((r) => (readyResolve = r));
  start().catch((error: unknown) => {
    scanProblems = [...scanProblems, { path: '.', reason: error instanceof Error ? error.message : String(error) }];
    progress = null;
    publish(true);
    readyResolve();
  });

  return {
    current: () => snapshot,
    progress: () => progress,
    subscribe: (listener) => {
      listeners.add(listener);
      subscribed();
      return () => listeners.delete(listener);
    },
    ready,
    close: () => {
      closed = true;
      watcher?.close();
      listeners.clear();
    },
  };
}
