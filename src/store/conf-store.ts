import envPaths from 'env-paths';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { withFileLock, LockBusyError, type LockWait } from './file-lock.js';
import { appendJournal, type Changes } from './journal.js';
import { fsyncFolder, syncRecords, type WriteIo } from './durable-file.js';
import { applyChange } from './mark-map.js';
import { type ArticleState, type ReadingStore, SAVED_AGAIN } from './reading-store.js';
import { StateFiles } from './mark-files.js';
import { compact, type LoadedState, loadState } from './state-folder.js';
import { statePaths } from './state-paths.js';

/** Where the state lives, and how long a write may wait for another inkpress. */
export interface ConfStoreOptions {
  dir?: string;
  /**
   * How long a write waits for another inkpress holding the lock (ms). The reader waits briefly
   * and retries later, keeping the change in memory; a command waits as long as the holder lives.
   */
  waitMs?: number;
  /** Told once when another inkpress makes us wait (a paused one): e.g. print it. */
  onWait?: (message: string) => void;
  /** For tests: the write(2) the journal uses (to inject a short write). */
  io?: WriteIo;
}

/** Errors that say the disk takes no more (so nothing can be written, not even the lock). */
const NO_ROOM = new Set(['ENOSPC', 'EDQUOT', 'EROFS']);

/** How long the reader waits at start for another inkpress holding the lock (then it reads without it). */
const OPEN_WAIT_MS = 1_000;

/** The journal is folded into the mark files once it is this large (at start or on the way out). */
const COMPACT_AT_BYTES = 64 * 1024;

/** The folder of the state: the option, else `INKPRESS_STATE_DIR`, else conf's default. */
export function stateDir(options: ConfStoreOptions = {}): string {
  return options.dir ?? (process.env.INKPRESS_STATE_DIR || envPaths('inkpress', { suffix: '' }).config);
}

/** Why a write failed, in a few words. */
function whyWriteFailed(error: unknown): string {
  const err = error as NodeJS.ErrnoException;
  return error instanceof LockBusyError ? `another inkpress${error.holder ? ` (pid ${error.holder})` : ''} is writing it (paused?)`
    : err.code === 'ENOSPC' ? 'the disk is full'
    : err.code === 'EROFS' ? 'the disk is read-only'
    : err.code === 'EDQUOT' ? 'the disk quota is used up'
    : err.code === 'EACCES' || err.code === 'EPERM' ? 'permission denied'
    : (err.message ?? String(error));
}

function describeWriteError(error: unknown, path: string, pending: number): string {
  return `Could not save reading state to ${path}: ${whyWriteFailed(error)}. The state on disk is kept as it was; ${pending} change(s) wait in memory and are retried with the next change and on quit.`;
}

/**
 * The reading state in conf files (see `state-format.ts`): every write appends one fsynced
 * line to the journal under the lock, so its cost does not grow with the history, and two
 * readers open at once keep each other's marks. A write that fails (full or read-only disk,
 * a paused inkpress holding the lock) keeps its changes in memory and retries them. The reader's
 * key writes are fsynced by `sync()` after their frame (`update(…, true)`); an fsync that fails
 * is a failed write.
 */
export function openConfStore(options: ConfStoreOptions = {}): ReadingStore {
  const paths = statePaths(stateDir(options));
  const files = new StateFiles(paths);
  const wait = (waitMs: number): LockWait => ({
    waitMs,
    onWait: (holder) => options.onWait?.(`Waiting for inkpress${holder ? ` (pid ${holder})` : ''}, which holds ${paths.lock} (is it paused?)…`),
  });
  mkdirSync(paths.dir, { recursive: true, mode: 0o700 });
  let failing: string | null = null;
  let loaded: LoadedState;
  try {
    // A command waits for another inkpress as long as it lives; the reader a moment only.
    loaded = withFileLock(paths.lock, () => loadState(files, COMPACT_AT_BYTES), wait(options.waitMs === undefined ? Infinity : OPEN_WAIT_MS));
  } catch (error) {
    if (!(error instanceof LockBusyError) && !NO_ROOM.has((error as NodeJS.ErrnoException).code ?? '')) throw error;
    // Not even the lock could be written (a full or read-only disk), or another inkpress holds it
    // (paused mid-write): read without it and change nothing, so the reader still opens; marks
    // wait in memory and are saved once the disk takes them or the lock is free.
    loaded = loadState(files, COMPACT_AT_BYTES, false);
    failing = describeWriteError(error, paths.dir, 0);
    loaded.notices.push(failing);
  }
  const { notices } = loaded;
  let marks = loaded.marks;
  let wrote = false;
  const unsaved = new Map<string, Partial<ArticleState>>();
  // Written to the journal but not yet fsynced (update(…, true)), and whether the journal was new.
  let unsynced = new Map<string, Partial<ArticleState>>();
  let syncFolder = false;
  let lastFailure = '';

  const failed = (error: unknown) => {
    const message = describeWriteError(error, paths.journal, unsaved.size);
    if (failing === null) notices.push(message);
    failing = message;
    lastFailure = whyWriteFailed(error);
    return false;
  };

  const save = (waitMs: number, syncLater = false): boolean => {
    if (unsaved.size === 0) return true;
    try {
      const fresh = withFileLock(paths.lock, () => appendJournal(paths.journal, unsaved, options.io, !syncLater), wait(waitMs));
      wrote = true;
      if (syncLater) {
        for (const [id, change] of unsaved) unsynced.set(id, { ...unsynced.get(id), ...change });
        syncFolder ||= fresh;
      } else {
        // This fsync took every record before it to the disk too; a new journal's folder waits.
        if (syncFolder) fsyncFolder(dirname(paths.journal));
        unsynced = new Map();
        syncFolder = false;
      }
      unsaved.clear();
      if (failing !== null) notices.push(`${SAVED_AGAIN} to ${paths.journal}.`);
      failing = null;
      return true;
    } catch (error) {
      return failed(error);
    }
  };

  const sync = (): boolean => {
    if (unsynced.size === 0) return unsaved.size === 0;
    const written = unsynced;
    unsynced = new Map();
    try {
      syncRecords(paths.journal, syncFolder, options.io);
      syncFolder = false;
      return unsaved.size === 0;
    } catch (error) {
      // The records may not be on the disk (an fsync that failed once may not fail again, and
      // say nothing): they are written again, under any change made since.
      for (const [id, change] of written) unsaved.set(id, { ...change, ...unsaved.get(id) });
      return failed(error);
    }
  };

  const write = (changes: Changes, syncLater = false) => {
    if (changes.size === 0) return;
    marks = marks.with([...changes].map(([id, change]) => [id, applyChange(marks.get(id), change)]));
    for (const [id, change] of changes) unsaved.set(id, { ...unsaved.get(id), ...change });
    // While writes fail (a paused inkpress holding the lock), a key does not wait for the lock
    // again: the retries do (every 2 s in the reader, and on quit).
    save(failing !== null ? 0 : (options.waitMs ?? Infinity), syncLater);
  };

  return {
    path: paths.manifest,
    snapshot: () => marks,
    setRead: (ids, read) => write(new Map(ids.map((id) => [id, { read }]))),
    setStarred: (id, starred) => write(new Map([[id, { starred }]])),
    setPosition: (id, position) => write(new Map([[id, { position: typeof position === 'number' ? Math.max(0, Math.floor(position)) : position }]])),
    update: write,
    sync,
    retry: () => save(options.waitMs ?? Infinity),
    unsaved: () => unsaved.size,
    close: () => {
      sync();
      if (!save(options.waitMs ?? Infinity)) {
        notices.push(`${unsaved.size} change(s) to the reading state could not be saved to ${paths.journal} before quitting (${lastFailure}) and are lost.`);
        return;
      }
      // Fold the journal into the mark files when this run wrote, or a killed run left a long one.
      if (!wrote && loaded.journalBytes < COMPACT_AT_BYTES) return;
      try {
        withFileLock(paths.lock, () => compact(files, notices), wait(options.waitMs ?? Infinity));
      } catch {
        // Folding is tidying: the journal keeps everything until it succeeds.
      }
    },
    takeNotices: () => notices.splice(0),
  };
}
