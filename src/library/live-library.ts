import { watch, type FSWatcher } from 'node:fs';
import { resolve } from 'node:path';
import type { Article, Problem } from './article.js';
import { type CachedFile, type CachedTerms, cacheDir, readCache, writeCache } from './index-cache.js';
import type { ArticleSummary, Library } from './library.js';
import { readArticle, readFileArticles, searchWords } from './file-articles.js';
import { scanFolder, type ScannedFile } from './scan.js';
import { SearchIndex } from './search-index.js';
import { buildSnapshot } from './snapshot.js';

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
}

/** One scanned file and what it holds. */
export interface FileEntry {
  file: ScannedFile;
  summaries: ArticleSummary[];
  problem: string | null;
}

const stampOf = (f: ScannedFile) => ({ size: f.size, mtimeMs: f.mtimeMs, ino: f.ino });
const sameStamp = (a: { size: number; mtimeMs: number; ino: number }, f: ScannedFile) =>
  a.size === f.size && a.mtimeMs === f.mtimeMs && a.ino === f.ino;
/** Work in slices this long between yields, so the reader keeps answering keys during a load. */
const SLICE_MS = 12;
const PUBLISH_EVERY_MS = 200;
const yieldToEvents = () => new Promise<void>((r) => setImmediate(r));

/**
 * Opens a library folder. Cached summaries show at once; new and changed files are read in
 * slices with progress; bodies are indexed for search in the background; bodies are read again
 * only when an article is opened.
 */
export function openLibrary(root: string, options: OpenOptions = {}): LiveLibrary {
  const absRoot = resolve(root);
  const dir = options.cacheDir === undefined ? cacheDir() : options.cacheDir;
  const entries = new Map<string, FileEntry>();
  const index = new SearchIndex();
  const listeners = new Set<() => void>();
  let scanProblems: Problem[] = [];
  let progress: LoadProgress | null = { phase: 'reading', done: 0, total: 0 };
  let snapshot = buildSnapshot(absRoot, entries, scanProblems, index, readArticleById);
  let closed = false;
  let watcher: FSWatcher | undefined;
  let lastPublish = 0;

  function publish(force = false): void {
    const now = Date.now();
    if (!force && now - lastPublish < PUBLISH_EVERY_MS) return;
    lastPublish = now;
    snapshot = buildSnapshot(absRoot, entries, scanProblems, index, readArticleById);
    for (const listener of [...listeners]) listener();
  }

  async function readArticleById(id: string): Promise<Article | null> {
    const rel = snapshot.pathOf(id);
    const entry = rel === undefined ? undefined : entries.get(rel);
    return entry ? readArticle(entry.file, id) : null;
  }

  /** Reads the files the cache does not vouch for; returns whether anything changed. */
  async function readFiles(files: ScannedFile[], terms: Map<string, CachedTerms> | null): Promise<void> {
    let sliceStart = Date.now();
    for (const [i, file] of files.entries()) {
      if (closed) return;
      const old = entries.get(file.rel);
      for (const s of old?.summaries ?? []) index.remove(s.id);
      const { entry, words } = await readFileArticles(file);
      entries.set(file.rel, entry);
      entry.summaries.forEach((s, k) => index.add(s.id, words[k]!));
      terms?.set(file.rel, { ...stampOf(file), terms: words.map((w) => w.join(' ')) });
      if (progress) progress = { ...progress, done: progress.done + 1 };
      if (Date.now() - sliceStart > SLICE_MS || i === files.length - 1) {
        publish();
        await yieldToEvents();
        sliceStart = Date.now();
      }
    }
  }

  /** Indexes for search the articles whose summaries came from the cache. */
  async function indexCached(cached: FileEntry[], terms: Map<string, CachedTerms>): Promise<boolean> {
    const missing: FileEntry[] = [];
    for (const entry of cached) {
      const known = terms.get(entry.file.rel);
      if (known && sameStamp(known, entry.file) && known.terms.length === entry.summaries.length) {
        entry.summaries.forEach((s, k) => index.add(s.id, known.terms[k]!.split(' ')));
      } else missing.push(entry);
    }
    progress = { phase: 'indexing', done: cached.length - missing.length, total: cached.length };
    publish(true);
    let sliceStart = Date.now();
    for (const entry of missing) {
      if (closed) return false;
      const words = await searchWords(entry.file, entry.summaries);
      entry.summaries.forEach((s, k) => index.add(s.id, words[k] ?? []));
      terms.set(entry.file.rel, { ...stampOf(entry.file), terms: (words as string[][]).map((w) => w.join(' ')) });
      progress = { ...progress, done: progress.done + 1 };
      if (Date.now() - sliceStart > SLICE_MS) {
        publish();
        await yieldToEvents();
        sliceStart = Date.now();
      }
    }
    return missing.length > 0;
  }

  function saveIndex(): void {
    if (dir === null) return;
    const files = new Map<string, CachedFile>();
    for (const [rel, e] of entries) files.set(rel, { ...stampOf(e.file), summaries: e.summaries, problem: e.problem });
    writeCache(dir, absRoot, 'index', files);
  }

  /** Scans again and brings entries in line with the folder (used at start and by the watcher). */
  async function refresh(cache: Map<string, CachedFile>, terms: Map<string, CachedTerms> | null): Promise<FileEntry[]> {
    const scan = await scanFolder(absRoot);
    scanProblems = scan.problems;
    const seen = new Set(scan.files.map((f) => f.rel));
    let changed = false;
    for (const [rel, entry] of entries) {
      if (!seen.has(rel)) {
        entry.summaries.forEach((s) => index.remove(s.id));
        entries.delete(rel);
        changed = true;
      }
    }
    const fromCache: FileEntry[] = [];
    const toRead: ScannedFile[] = [];
    for (const file of scan.files) {
      const current = entries.get(file.rel);
      if (current && sameStamp(stampOf(current.file), file)) continue;
      const hit = cache.get(file.rel);
      if (!current && hit && sameStamp(hit, file)) {
        const entry = { file, summaries: hit.summaries, problem: hit.problem };
        entries.set(file.rel, entry);
        fromCache.push(entry);
      } else toRead.push(file);
    }
    if (progress) progress = { phase: 'reading', done: fromCache.length, total: fromCache.length + toRead.length };
    publish(true);
    await readFiles(toRead, terms);
    if (changed || toRead.length > 0) saveIndex();
    return fromCache;
  }

  async function start(): Promise<void> {
    const cache = dir === null ? new Map<string, CachedFile>() : readCache<CachedFile>(dir, absRoot, 'index');
    const newTerms = new Map<string, CachedTerms>();
    const fromCache = await refresh(cache, newTerms);
    progress = fromCache.length > 0 ? { phase: 'indexing', done: 0, total: fromCache.length } : null;
    publish(true);
    readyResolve();
    if (closed) return;
    if (fromCache.length > 0) {
      // After the first frame: the terms file is the larger of the two.
      await yieldToEvents();
      const terms = dir === null ? new Map<string, CachedTerms>() : readCache<CachedTerms>(dir, absRoot, 'terms');
      for (const [rel, t] of newTerms) terms.set(rel, t);
      const grew = await indexCached(fromCache, terms);
      progress = null;
      publish(true);
      if ((grew || newTerms.size > 0) && dir !== null) writeCache(dir, absRoot, 'terms', pruned(terms));
    } else if (newTerms.size > 0 && dir !== null) writeCache(dir, absRoot, 'terms', newTerms);
    if (options.watch && !closed) startWatching();
  }

  function pruned(terms: Map<string, CachedTerms>): Map<string, CachedTerms> {
    return new Map([...terms].filter(([rel]) => entries.has(rel)));
  }

  function startWatching(): void {
    let timer: NodeJS.Timeout | undefined;
    let running: Promise<unknown> = Promise.resolve();
    const rescan = () => {
      running = running.then(() => (closed ? undefined : refresh(new Map(), null))).then(() => publish(true));
    };
    try {
      watcher = watch(absRoot, { recursive: true, persistent: false }, () => {
        clearTimeout(timer);
        // Editors write a file in several steps; one rescan after they settle.
        timer = setTimeout(rescan, 150);
      });
      watcher.on('error', () => undefined);
    } catch {
      // No file watching here (e.g. too many watches): the library stays as loaded.
    }
  }

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
