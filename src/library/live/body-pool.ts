import { Worker } from 'node:worker_threads';
import type { Article } from '../model/article.js';
import type { ScannedFile } from '../files/scan.js';
import type { BodyMessage, BodyRequest } from './body-message.js';
import { nextTurn } from '../model/next-turn.js';
import { bundledWorker } from './parse-pool.js';
import { POOL_IDLE_MS } from './read-files.js';
import { workerStarted } from './young-generation.js';

/** One body worker as the reader uses it (a thread; a fake in tests). */
export interface BodyWorker {
  /** Asks for article `id` of `file`; every message for it goes to `onMessage`, a crash to `onError`. */
  run(file: ScannedFile, id: string, onMessage: (message: BodyMessage) => void, onError: (error: Error) => void): void;
  /** Asks for the next piece of the article read. */
  more(): void;
  terminate(): void;
}

/** The bundled dist/body-worker.js on a thread, or null where there is none (run from source). */
export function spawnBodyWorker(): BodyWorker | null {
  const path = bundledWorker('body-worker.js');
  if (path === null) return null;
  const worker = new Worker(path);
  worker.unref();
  workerStarted(worker);
  let listeners: { message: (m: BodyMessage) => void; error: (e: Error) => void } | null = null;
  worker.on('message', (m: BodyMessage) => listeners?.message(m));
  worker.on('error', (e: Error) => listeners?.error(e));
  return {
    run(file, id, message, error) {
      listeners = { message, error };
      worker.postMessage({ kind: 'read', file, id } satisfies BodyRequest);
    },
    more: () => worker.postMessage({ kind: 'more' } satisfies BodyRequest),
    terminate: () => void worker.terminate(),
  };
}

interface Request {
  resolve(article: Article | null): void;
  reject(error: unknown): void;
}
interface Job {
  file: ScannedFile;
  id: string;
  requests: Set<Request>;
}

const abortError = () => new DOMException('No longer wanted', 'AbortError');

/**
 * Reads the bodies of big files on one worker thread, one article at a time, in the order asked.
 * Asking again for an article being read joins that read. A request whose signal aborts is
 * settled at once (AbortError) and its result never delivered; once no request wants a read
 * (checked a turn later, so a reader that asks again as it re-renders keeps it), a read not yet
 * started is dropped and one under way stops: its worker is terminated, since a parse cannot be
 * interrupted, and the next read starts on a new one (unless the next read is of the same file). The worker is kept `idleMs` after its last read.
 */
export function bodyReader(
  fallback: (file: ScannedFile, id: string) => Promise<Article | null>,
  spawn: () => BodyWorker | null = spawnBodyWorker,
  idleMs = POOL_IDLE_MS,
) {
  const jobs = new Map<string, Job>();
  let worker: BodyWorker | null = null;
  let running: Job | null = null;
  let idle: NodeJS.Timeout | undefined;
  const keyOf = (file: ScannedFile, id: string) => `${file.abs}\0${id}`;

  const stopWorker = () => {
    clearTimeout(idle);
    worker?.terminate();
    worker = null;
  };
  const settle = (job: Job, outcome: { article: Article | null } | { error: unknown }) => {
    jobs.delete(keyOf(job.file, job.id));
    for (const r of job.requests) 'article' in outcome ? r.resolve(outcome.article) : r.reject(outcome.error);
    if (running === job) running = null;
    next();
  };
  function next(): void {
    if (running !== null) return;
    const job = jobs.values().next().value;
    if (job === undefined) {
      clearTimeout(idle);
      idle = setTimeout(stopWorker, idleMs);
      idle.unref();
      return;
    }
    clearTimeout(idle);
    running = job;
    worker ??= spawn();
    if (worker === null) {
      fallback(job.file, job.id).then((article) => running === job && settle(job, { article }), (error) => running === job && settle(job, { error }));
      return;
    }
    let article: Article | null = null;
    const from = worker;
    // The next piece is asked for once the reader's keys and frames have had their turn.
    const more = () => void nextTurn().then(() => running === job && from.more());
    from.run(job.file, job.id, (m) => {
      if (running !== job) return;
      if (m.kind === 'head') {
        article = m.article;
        if (article === null) settle(job, { article });
        else more();
      } else if (m.kind === 'blocks') {
        for (const b of m.blocks) article!.blocks.push(b);
        more();
      } else if (m.kind === 'done') settle(job, { article });
      else settle(job, { error: new Error(m.reason) });
    }, (error) => {
      if (running !== job) return;
      worker = null;
      settle(job, { error });
    });
  }
  const forget = (job: Job) => {
    if (job.requests.size > 0 || jobs.get(keyOf(job.file, job.id)) !== job) return;
    jobs.delete(keyOf(job.file, job.id));
    // A read of the same file is next (J through a big mailbox): the parse under way is what
    // the worker keeps for it (parse/container-articles.ts), so it runs on, its result unused.
    if (running !== job || [...jobs.values()].some((j) => j.file.abs === job.file.abs)) return;
    running = null;
    stopWorker();
    next();
  };

  return {
    /** Article `id` of `file`, read on the worker; rejects with AbortError once `signal` aborts. */
    read(file: ScannedFile, id: string, signal?: AbortSignal): Promise<Article | null> {
      if (signal?.aborted) return Promise.reject(abortError());
      const key = keyOf(file, id);
      let job = jobs.get(key);
      if (job === undefined) jobs.set(key, (job = { file, id, requests: new Set() }));
      const owner = job;
      return new Promise((resolve, reject) => {
        const request: Request = {
          resolve: (a) => (signal?.removeEventListener('abort', onAbort), resolve(a)),
          reject: (e) => (signal?.removeEventListener('abort', onAbort), reject(e)),
        };
        const onAbort = () => {
          owner.requests.delete(request);
          reject(abortError());
          setImmediate(() => forget(owner));
        };
        signal?.addEventListener('abort', onAbort, { once: true });
        owner.requests.add(request);
        next();
      });
    },
    close(): void {
      jobs.clear();
      running = null;
      stopWorker();
    },
  };
}
