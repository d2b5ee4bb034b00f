import { statSync, watch, type FSWatcher } from 'node:fs';
import { basename, dirname } from 'node:path';

/** What the watches reported since the last report: the folders changed, or the library folder itself (`whole`). */
export interface FolderChange {
  folders: ReadonlySet<string>;
  whole: boolean;
}

/** Watches a set of folders (each on its own, not recursively) and reports any change in them. */
export interface FolderWatcher {
  /**
   * Watches exactly these folders from now on (new ones added, gone ones dropped, and a folder
   * replaced by another of the same name watched again). Returns how many watches are new: the
   * caller rescans once more then, since files written before a watch existed raise no event.
   */
  watchOnly(folders: Iterable<string>): number;
  /** Watches these folders too (those not watched yet), dropping none; returns how many are new. */
  add(folders: Iterable<string>): number;
  /** How many of the folders it was given it could not watch (out of inotify watches, no permission, gone). */
  unwatched(): number;
  close(): void;
}

/** The identity of a folder: a folder deleted and made again has the same path, another inode. */
function inodeOf(folder: string): number | null {
  try {
    return statSync(folder).ino;
  } catch {
    return null;
  }
}

/**
 * One inotify watch per folder the library has. Node 20's `recursive: true` on Linux walks the
 * tree in JavaScript and keeps a stat of every file (profiled: ~300 ms and thousands of objects
 * at 10,000 articles); the scan already knows the folders, so we watch just those. A new
 * sub-folder changes its parent, whose rescan then adds a watch for it. The library folder's
 * own entry in its parent is watched too, so deleting, restoring or replacing the whole folder
 * is seen. Changes are gathered for `gatherMs` after the first (editors write a file in several
 * steps), and a new change never pushes that back: while 5,000 files were being written it did
 * so until the last write, which then left all of them to read at once (1.6-1.8 s after it);
 * now each rescan takes what was written since the one before.
 */
export function folderWatcher(root: string, onChange: (change: FolderChange) => void, gatherMs = 150): FolderWatcher {
  const watchers = new Map<string, { w: FSWatcher; ino: number | null }>();
  // Every folder asked for, watched or not.
  let wanted = new Set<string>();
  let timer: NodeJS.Timeout | undefined;
  let change: { folders: Set<string>; whole: boolean } = { folders: new Set(), whole: false };
  const changed = (folder: string | null) => {
    if (folder === null) change.whole = true;
    else change.folders.add(folder);
    timer ??= setTimeout(() => {
      timer = undefined;
      const reported = change;
      change = { folders: new Set(), whole: false };
      onChange(reported);
    }, gatherMs);
  };
  let parent: FSWatcher | undefined;
  try {
    const name = basename(root);
    parent = watch(dirname(root), { persistent: false }, (_event, file) => {
      if (file === null || file === name) changed(null);
    });
    parent.on('error', () => undefined);
  } catch {
    // The parent cannot be watched (gone, or no permission): the periodic check still sees it.
  }
  const add = (folders: Iterable<string>): number => {
    let added = 0;
    for (const folder of folders) {
      wanted.add(folder);
      if (watchers.has(folder)) continue;
      try {
        const w = watch(folder, { persistent: false }, () => changed(folder));
        w.on('error', () => undefined);
        watchers.set(folder, { w, ino: inodeOf(folder) });
        added += 1;
      } catch {
        // Out of inotify watches, or the folder went: the periodic rescan still covers it.
      }
    }
    return added;
  };
  return {
    watchOnly(folders) {
      wanted = new Set(folders);
      for (const [folder, { w, ino }] of watchers) {
        if (!wanted.has(folder) || inodeOf(folder) !== ino) {
          w.close();
          watchers.delete(folder);
        }
      }
      return add(wanted);
    },
    add,
    unwatched: () => wanted.size - watchers.size,
    close() {
      clearTimeout(timer);
      timer = undefined;
      parent?.close();
      for (const { w } of watchers.values()) w.close();
      watchers.clear();
    },
  };
}
