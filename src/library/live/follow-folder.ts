import { statSync } from 'node:fs';
import { type FolderChange, folderWatcher, type FolderWatcher } from './folder-watcher.js';
import { backgroundTurn } from '../model/next-turn.js';
import { stampNow } from '../files/path-stamp.js';

/** How often the library folder itself is looked at (a stat): deleted, restored, replaced. */
const ROOT_CHECK_MS = 1_000;
/** Folders given their first watch per turn of the event loop. */
const WATCH_BATCH = 64;
/** Stamps compared per turn of the event loop. */
const STAMP_BATCH = 128;
/**
 * How often the paths the last scan stamped are looked at again (a stat of each folder, and of
 * each file named outside the library): an entry added, removed or renamed in a folder changes
 * its stamp, so a change no watch told of is found without a walk of every file.
 */
export const STAMP_CHECK_MS = 30_000;
/**
 * How often the whole folder is rescanned anyway (every file looked at), for what neither the
 * watches nor the stamps show: an article edited in place where no watch sees it (a network file
 * system). At 30 s, as every check was before, an idle reader walked the whole folder twice a
 * minute (issue 10): an idle reader of 50,000 articles used 2.98 s of CPU in 65 s (about a second
 * a walk), 0.42 s with the stamps; of 10,000, 0.90 s against 0.24 (a pty, no key pressed).
 * Syncthing, which watches too, rescans hourly.
 */
export const RECONCILE_MS = 10 * 60_000;

/** What a scan saw of the folder: the folders it walked, and the stamp of each path it looked at. */
export interface FolderView {
  folders: readonly string[];
  stamps: ReadonlyMap<string, string>;
}

/** Stops following. */
export interface FolderFollower {
  close(): void;
}

/** The timings and the watcher, for tests. */
export interface FollowOptions {
  stampCheckMs?: number;
  reconcileMs?: number;
  watch?: (root: string, onChange: (change: FolderChange) => void) => FolderWatcher;
}

function identity(folder: string): string {
  try {
    const st = statSync(folder);
    return `${st.dev}:${st.ino}`;
  } catch {
    return 'gone';
  }
}

/** Whether any path's stamp differs from `stamps` now, looked at a batch per turn (false once `stopped`). */
async function anyStampChanged(stamps: ReadonlyMap<string, string>, stopped: () => boolean): Promise<boolean> {
  let n = 0;
  for (const [path, stamp] of stamps) {
    if (stopped()) return false;
    if (stampNow(path) !== stamp) return true;
    if (++n % STAMP_BATCH === 0) await backgroundTurn();
  }
  return false;
}

/**
 * Keeps a library in step with its folder through anything: watch events on every folder; one
 * more rescan whenever new folders got a watch (files written into a new sub-folder before its
 * watch existed raise no event: 51 of 5,000 were missed so); the folder itself looked at every
 * second (deleted and restored, or replaced, it is a new folder no old watch sees); the stamps
 * compared every {@link STAMP_CHECK_MS}; and a full rescan every {@link RECONCILE_MS}, or at each
 * stamp check while a folder has no watch (a change in it is seen by rescans alone). `rescan`
 * brings the library in line and returns what it saw: given the folders a watch reported, it
 * looks again at those and at each folder whose stamp changed, taking the rest from the scan
 * before (`files/folder-scan.ts`); given null, at every file. Rescans run one at a time; a failed
 * one does not stop the next.
 */
export function followFolder(
  root: string,
  first: FolderView,
  rescan: (reported: ReadonlySet<string> | null) => Promise<FolderView>,
  options: FollowOptions = {},
): FolderFollower {
  const { stampCheckMs = STAMP_CHECK_MS, reconcileMs = RECONCILE_MS, watch = folderWatcher } = options;
  let closed = false;
  let running: Promise<void> = Promise.resolve();
  let queued = false;
  let rescanning = false;
  let view = first;
  let rescannedAt = Date.now();
  // What the next rescan looks at again: the folders reported, or every file (null).
  let reported: Set<string> | null = new Set();
  /** A rescan, of every file (`whole`) or of `folders` and the folders whose stamp changed. */
  const run = (whole: boolean, folders: Iterable<string> = []): void => {
    if (whole) reported = null;
    else if (reported !== null) for (const folder of folders) reported.add(folder);
    if (queued || closed) return;
    queued = true;
    running = running.then(async () => {
      queued = false;
      rescanning = true;
      const asked = reported;
      reported = new Set();
      if (asked === null) rescannedAt = Date.now();
      // New watches mean files may have come before them: look again (bounded, for a folder storm).
      for (let round = 0; round < 8 && !closed; round += 1) {
        view = await rescan(round === 0 ? asked : new Set());
        if (watcher.watchOnly(view.folders) === 0) break;
      }
    }).catch(() => {
      // What it was asked to look at may not have been looked at: the next rescan looks at everything.
      reported = null;
    }).finally(() => {
      rescanning = false;
    });
  };
  const watcher = watch(root, (change) => run(change.whole, change.folders));
  // The first watches a batch per turn of the event loop: 460 folders at once held the reader's
  // thread for 13-20 ms (profiled while paging during a start). Rescans queue behind this.
  running = (async () => {
    for (let from = 0; from < first.folders.length && !closed; from += WATCH_BATCH) {
      watcher.add(first.folders.slice(from, from + WATCH_BATCH));
      await backgroundTurn();
    }
  })();
  let seen = identity(root);
  const check = setInterval(() => {
    const now = identity(root);
    if (now !== seen) {
      seen = now;
      run(true);
    }
  }, ROOT_CHECK_MS);
  const stampCheck = setInterval(() => {
    if (queued || rescanning) return;
    if (Date.now() - rescannedAt >= reconcileMs || watcher.unwatched() > 0 || reported === null) return run(true);
    void anyStampChanged(view.stamps, () => closed || queued || rescanning).then((changed) => changed && run(false));
  }, stampCheckMs);
  check.unref();
  stampCheck.unref();
  return {
    close() {
      closed = true;
      clearInterval(check);
      clearInterval(stampCheck);
      watcher.close();
    },
  };
}
