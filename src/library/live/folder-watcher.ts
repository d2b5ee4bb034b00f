import { watch, type FSWatcher } from 'node:fs';

/** Watches a set of folders (each on its own, not recursively) and reports any change in them. */
export interface FolderWatcher {
  /** Watches exactly these folders from now on (new ones added, gone ones dropped). */
  watchOnly(folders: Iterable<string>): void;
  close(): void;
}

/**
 * One inotify watch per folder the library has. Node 20's `recursive: true` on Linux walks the
 * tree in JavaScript and keeps a stat of every file (profiled: ~300 ms and thousands of objects
 * at 10,000 articles); the scan already knows the folders, so we watch just those. A new
 * sub-folder changes its parent, whose rescan then adds a watch for it. Changes are debounced:
 * editors write a file in several steps.
 */
export function folderWatcher(onChange: () => void, debounceMs = 150): FolderWatcher {
  const watchers = new Map<string, FSWatcher>();
  let timer: NodeJS.Timeout | undefined;
  const changed = () => {
    clearTimeout(timer);
    timer = setTimeout(onChange, debounceMs);
  };
  return {
    watchOnly(folders) {
      const wanted = new Set(folders);
      for (const [folder, w] of watchers) {
        if (!wanted.has(folder)) {
          w.close();
          watchers.delete(folder);
        }
      }
      for (const folder of wanted) {
        if (watchers.has(folder)) continue;
        try {
          const w = watch(folder, { persistent: false }, changed);
          w.on('error', () => undefined);
          watchers.set(folder, w);
        } catch {
          // Out of inotify watches, or the folder went: that folder is simply not followed.
        }
      }
    },
    close() {
      clearTimeout(timer);
      for (const w of watchers.values()) w.close();
      watchers.clear();
    },
  };
}
