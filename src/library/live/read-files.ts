import type { ScannedFile } from '../files/scan.js';
import type { BatchIndex } from '../index/compact-index.js';
import { isDatabaseName } from '../files/containers.js';
import type { FileParse } from '../parse/parse-scanned-file.js';
import { readFileArticles } from './lazy-parser.js';
import { createParsePool, type ParsePool, POOL_THRESHOLD } from './parse-pool.js';

export { POOL_THRESHOLD };
import { Slicer } from './slicer.js';
import { FileQueue } from './file-queue.js';
import { readInSlices } from './read-in-slices.js';

/** Books, mailboxes and newsboat caches (as files/containers.ts names them): seconds to parse. */
const CONTAINER = /\.(?:db|sqlite3?|epub|mbox|mbx)$|(?:^|\/)mbox$/i;
/**
 * A file this big can take seconds too: a saved page of 400,000 never-closed <div>s (4 MB)
 * parses in about 10 s of CPU, and on the reader's thread it froze the keys and held back the
 * list of every other file for as long.
 */
export const BIG_FILE = 1024 * 1024;

/** Whether a file is read on a worker thread even when there are few. */
const heavy = (file: ScannedFile): boolean => CONTAINER.test(file.rel) || file.size >= BIG_FILE;

/**
 * Whether an article's body is read on a worker thread when opened: a file of {@link BIG_FILE}
 * or more, as for the lists (its parse took 7-18 s of the reader's thread), but not newsboat's
 * cache, which finds one item in milliseconds through SQLite.
 */
export const bigBody = (file: ScannedFile): boolean => file.size >= BIG_FILE && !isDatabaseName(file.rel);

/**
 * How long worker threads are kept after a load. A burst of thousands of new files is read in
 * several rounds, one per rescan, and starting the workers took 300-450 ms of every round
 * (profiled: compiling the parsers' code in each worker); kept, only the first round pays.
 */
export const POOL_IDLE_MS = 10_000;

/** How long a pool made ahead of a read waits for it. */
const WARM_MS = 5_000;

/** A pool made when first needed and closed once unused for `idleMs` (or on `close`). */
export function keptPool(create: () => ParsePool | null = createParsePool, idleMs = POOL_IDLE_MS) {
  let pool: ParsePool | null = null;
  let timer: NodeJS.Timeout | undefined;
  const close = () => {
    clearTimeout(timer);
    pool?.close();
    pool = null;
  };
  return {
    /** The pool (made now if there is none), or null where workers are unavailable. */
    take(): ParsePool | null {
      clearTimeout(timer);
      return (pool ??= create());
    },
    /** Done with it for now: closed unless taken again within `idleMs` (or `ms`). */
    release(ms = idleMs): void {
      clearTimeout(timer);
      timer = setTimeout(close, ms);
      timer.unref();
    },
    /** Made now for a `take` expected within a few seconds (a scan still under way). */
    warm(): void {
      if (pool === null && (pool = create()) !== null) this.release(Math.max(idleMs, WARM_MS));
    },
    close,
  };
}

/** Where a file reader's results go. */
export interface ReadSink {
  /** A file's summaries, and its search words when read here (`parsed.words`). */
  accept(file: ScannedFile, parsed: FileParse): void;
  /** The search words of files a worker read, accepted just before (see `ParsePool.parse`). */
  indexed(files: readonly ScannedFile[], batch: BatchIndex): void;
  /** After some files: new lists may be published. */
  progressed(): void;
  isClosed(): boolean;
}

/**
 * Reads files into a library: many files, or any book, mailbox or big page, on worker threads (kept
 * `poolIdleMs` between loads); a few on the reader's thread in slices, so keys keep being answered.
 */
export function fileReader(poolIdleMs = POOL_IDLE_MS, create: () => ParsePool | null = createParsePool) {
  const pool = keptPool(create, poolIdleMs);
  const slicer = new Slicer();
  return {
    async read(files: ScannedFile[], sink: ReadSink): Promise<void> {
      const done = new Set<string>();
      // A book, mailbox, newsboat cache or big page can take seconds to parse: never on the reader's thread.
      const workers = files.length >= POOL_THRESHOLD || files.some(heavy) ? pool.take() : null;
      if (workers) {
        const byRel = new Map(files.map((f) => [f.rel, f]));
        const queue = new FileQueue(files, heavy);
        const onBatch = (results: FileParse[], index: BatchIndex) => {
          const batch = results.map((parsed) => byRel.get(parsed.rel)!);
          results.forEach((parsed, k) => sink.accept(batch[k]!, parsed));
          sink.indexed(batch, index);
          for (const parsed of results) done.add(parsed.rel);
          sink.progressed();
        };
        // The reader's thread reads too, from the other end, a slice at a time between keys: a
        // core the workers leave it (parse-pool.ts), and parsers it loads anyway to open an article.
        const here = readInSlices(() => queue.takeLast(), onBatch, sink.isClosed, slicer);
        try {
          await workers.parse(queue, onBatch, sink.isClosed, heavy);
          await here;
          pool.release();
          return;
        } catch {
          // A worker failed (out of memory, killed): read what is left here instead.
          pool.close();
          await here;
          files = files.filter((f) => !done.has(f.rel));
        }
      }
      for (const file of files) {
        if (sink.isClosed()) return;
        sink.accept(file, await readFileArticles(file));
        if (await slicer.pause()) sink.progressed();
      }
    },
    /**
     * The library's first load is over: its worker threads are closed now rather than kept for
     * {@link POOL_IDLE_MS} (a later rescan makes new ones). Kept, each held its parse heap (40-60 MB
     * for two at 10,000 articles) while the caches were written, the peak of a cold start.
     */
    loaded: () => pool.close(),
    /** Starts the worker threads ahead of a read that will need them (closed again if none comes soon). */
    warm: () => pool.warm(),
    /** Yields to the event loop if the current slice has run long (or always, `force`). */
    pause: (force = false) => slicer.pause(force),
    close: () => pool.close(),
  };
}
