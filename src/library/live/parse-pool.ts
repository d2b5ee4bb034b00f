import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { FileParse } from '../parse/parse-scanned-file.js';
import type { ScannedFile } from '../files/scan.js';
import type { BatchIndex } from '../index/compact-index.js';
import { type NumberedBatch, TermTable } from '../index/batch-terms.js';
import { fullSizeWorker } from './young-generation.js';
import type { FileQueue } from './file-queue.js';

/** Files per message: large enough that messaging is cheap, small enough for steady progress. */
const BATCH = 32;
/** Batches given to each worker at a time. */
const IN_FLIGHT = 2;
/** Below this many files, starting workers costs more than it saves. */
export const POOL_THRESHOLD = 200;

/**
 * Each parse worker's young generation: semi-spaces of 4 MB (V8's default 16), made at that size
 * when the worker starts (young-generation.ts), and its old space collected as it grows
 * (parse-worker.ts). At 8 MB a cold start of 10,000 articles peaked ~3 MB higher (side by side
 * under the lock, load 0.7-1.4); at 2 MB (without the collections) it promoted more and peaked
 * 5 MB higher than at 4.
 */
const SEMI_SPACE_MB = 4;
const WORKER_LIMITS = { maxYoungGenerationSizeMb: 3 * SEMI_SPACE_MB };

/** Parses files on worker threads, one per core. */
export interface ParsePool {
  /**
   * Parses the files it takes from `files` (every one that no other reader takes); `onBatch`
   * sees each batch's results as they arrive (in no set order), with the search words of their
   * articles, numbered in the results' order.
   */
  parse(
    files: FileQueue,
    onBatch: (results: FileParse[], index: BatchIndex) => void,
    isClosed: () => boolean,
    /** Files that may take seconds (a book, a big page): no batch waits behind one. */
    slow?: (file: ScannedFile) => boolean,
  ): Promise<void>;
  close(): void;
}

/** A bundled worker `name` beside this module (dist/ or dist/chunks/); none when run from source. */
export function bundledWorker(name: string): string | null {
  const here = dirname(fileURLToPath(import.meta.url));
  for (const dir of [here, dirname(here)]) {
    const candidate = join(dir, name);
    if (existsSync(candidate)) return candidate;
  }
  return null;
}

/**
 * A pool, or null where workers are unavailable (run from source, or `INKPRESS_WORKERS=0`): one
 * worker fewer than there are cores (at least one), as the reader's thread reads files too
 * (read-files.ts). Each worker is an isolate that starts node, compiles and optimises the parsers
 * for itself and holds a heap of its own: on 2 cores, 1.4-1.9 s of CPU and ~30 MB of a cold start
 * of 10,000 articles went to the second one (a CPU profile of each thread).
 */
export function createParsePool(): ParsePool | null {
  const path = bundledWorker('parse-worker.js');
  const wanted = Number(process.env.INKPRESS_WORKERS ?? Math.max(1, availableParallelism() - 1));
  if (path === null || !(wanted >= 1)) return null;
  // better-sqlite3 reads SQLITE_USE_URI once per process when it loads (files/newsboat-cache.ts):
  // set it here, on the main thread, where it reaches the real environment the workers share.
  process.env.SQLITE_USE_URI ??= '1';
  const workers = Array.from({ length: Math.min(wanted, 8) }, () =>
    numberedWorker(fullSizeWorker(SEMI_SPACE_MB, () => new Worker(path, { resourceLimits: WORKER_LIMITS }))),
  );
  return {
    async parse(files, onBatch, isClosed, slow = () => false) {
      // A few files in small batches: one slow file (a big page) then holds back only its own
      // batch, and the other workers read the rest meanwhile.
      const batch = Math.max(1, Math.min(BATCH, Math.ceil(files.left / (workers.length * 4))));
      await Promise.all(
        workers.map(
          ({ worker, receive }) =>
            new Promise<void>((resolve, reject) => {
              // Whether each batch the worker holds has a slow file, oldest first.
              const held: boolean[] = [];
              const finish = () => {
                receive(null);
                worker.off('error', reject);
                resolve();
              };
              // Two batches each: a worker starts its next batch while the reader's thread is
              // still busy with the last one (drawing, indexing) instead of waiting for it. Never
              // one behind a slow file, though: it would wait there while other workers are free.
              const fill = () => {
                if (isClosed()) return finish();
                while (files.left > 0 && held.length < IN_FLIGHT && !held.includes(true)) {
                  const sent = files.take(batch);
                  held.push(sent.some(slow));
                  worker.postMessage(sent);
                }
                if (held.length === 0) finish();
              };
              receive((results, index) => {
                held.shift();
                onBatch(results, index);
                fill();
              });
              worker.once('error', reject);
              fill();
            }),
        ),
      );
    },
    close: () => workers.forEach(({ worker }) => void worker.terminate()),
  };
}

type BatchHandler = (results: FileParse[], index: BatchIndex) => void;

/**
 * A worker whose every message passes through its word table (batch-terms.ts), also one that
 * arrives when no parse wants it any more (a closed library's last batch): a message skipped
 * would leave the table short of its new words for the next load on the same worker.
 */
function numberedWorker(worker: Worker) {
  worker.unref();
  const table = new TermTable();
  let handler: BatchHandler | null = null;
  worker.on('message', ({ results, index }: { results: FileParse[]; index: NumberedBatch }) => {
    const decoded = table.decode(index);
    handler?.(results, decoded);
  });
  return { worker, receive: (h: BatchHandler | null) => void (handler = h) };
}
