/**
 * What a scan found in each folder it walked, kept so that the next scan can take it again for a
 * folder that has not changed instead of looking at each of its files (`scan.ts`). A folder has
 * not changed when no watch reported a change in it and its stamp (`path-stamp.ts`) is what it
 * was: an entry added, removed or renamed in it would have changed the stamp; a file written in
 * place is what a watch reports. At 50,000 articles a change rescanned every file: 50,000 `lstat`
 * calls, half of the 860 ms that passed before an added file was listed (issue 10).
 */
import { lstatSync, type Stats } from 'node:fs';
import type { Problem } from '../model/article.js';
import type { ScannedFile } from './scanned-file.js';

/** What a scan found directly in one folder, not in its sub-folders. */
export interface FolderScan {
  readonly files: readonly ScannedFile[];
  /** Those of `files` reached through a link. */
  readonly linked: readonly ScannedFile[];
  readonly problems: readonly Problem[];
  /** The sub-folders it walked into, in order. */
  readonly subfolders: readonly { readonly abs: string; readonly rel: string }[];
}

/** What a scan may take again from the one before it. */
export interface ScanReuse {
  /** What the scan before found in each folder... */
  readonly byFolder: ReadonlyMap<string, FolderScan>;
  /** ...and each folder's stamp then. */
  readonly stamps: ReadonlyMap<string, string>;
  /** Folders walked again whatever their stamp: a watch reported a change in them. */
  readonly dirty: ReadonlySet<string>;
}

/**
 * What the scan before found in folder `abs`, now stamped `stamp`, with its sub-folders looked at
 * again; null when the folder is to be walked (changed, reported, new, or a sub-folder no longer
 * one).
 */
export function keptFolder(reuse: ScanReuse | undefined, abs: string, stamp: string): { scan: FolderScan; subfolders: Stats[] } | null {
  if (reuse === undefined || reuse.dirty.has(abs) || reuse.stamps.get(abs) !== stamp) return null;
  const scan = reuse.byFolder.get(abs);
  if (scan === undefined) return null;
  const subfolders: Stats[] = [];
  for (const sub of scan.subfolders) {
    try {
      const st = lstatSync(sub.abs);
      if (!st.isDirectory()) return null;
      subfolders.push(st);
    } catch {
      return null;
    }
  }
  return { scan, subfolders };
}
