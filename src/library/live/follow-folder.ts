import { statSync } from 'node:fs';
import { folderWatcher } from './folder-watcher.js';
import { backgroundTurn } from '../model/next-turn.js';

/** How often the library folder itself is looked at (a stat): deleted, restored, replaced. */
const ROOT_CHECK_MS = 1_000;
/** Folders given their first watch per turn of the event loop. */
const WATCH_BATCH = 64;
/** How often the whole folder is rescanned anyway, for whatever the watch events missed. */
export const RECONCILE_MS = 30_000;

/** Stops following. */
export interface FolderFollower {
  close(): void;
}

function identity(folder: string): string {
  try {
    const st = statSync(folder);
    return `${st.dev}:${st.ino}`;
  } catch {
    return 'gone';
  }
}

/**
 * Keeps a library in step with its folder through anything: watch events on every folder; one
 * more rescan whenever new folders got a watch (files written into a new sub-folder before its
 * watch existed raise no event: 51 of 5,000 were missed so); the folder itself looked at every
 * second (deleted and restored, or replaced, it is a new folder no old watch sees); and a full
 * rescan every {@link RECONCILE_MS}. `rescan` brings the library in line and returns the folders
 * it found. Rescans run one at a time; a failed one does not stop the next.
 */
export function followFolder(root: string, folders: readonly string[], rescan: () => Promise<readonly string[]>): FolderFollower {
  let closed = false;
  let running: Promise<void> = Promise.resolve();
  let queued = false;
  const run = (): void => {
    if (queued || closed) return;
    queued = true;
    running = running.then(async () => {
      queued = false;
      // New watches mean files may have come before them: look again (bounded, for a folder storm).
      for (let round = 0; round < 8 && !closed; round += 1) {
        if (watcher.watchOnly(await rescan()) === 0) break;
      }
    }).catch(() => undefined);
  };
  const watcher = folderWatcher(root, run);
  // The first watches a batch per turn of the event loop: 460 folders at once held the reader's
  // thread for 13-20 ms (profiled while paging during a start). Rescans queue behind this.
  running = (async () => {
    for (let from = 0; from < folders.length && !closed; from += WATCH_BATCH) {
      watcher.add(folders.slice(from, from + WATCH_BATCH));
      await backgroundTurn();
    }
  })();
  let seen = identity(root);
  const check = setInterval(() => {
    const now = identity(root);
    if (now !== seen) {
      seen = now;
      run();
    }
  }, ROOT_CHECK_MS);
  const reconcile = setInterval(run, RECONCILE_MS);
  check.unref();
  reconcile.unref();
  return {
    close() {
      closed = true;
      clearInterval(check);
      clearInterval(reconcile);
      watcher.close();
    },
  };
}
