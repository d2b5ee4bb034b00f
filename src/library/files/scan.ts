/**
 * Finds the article files in a library folder and reads them, for folders we do not control.
 * Nothing here may hang or crash: symlink loops, links out of the folder, FIFOs (opening one
 * blocks until a writer appears), devices, unreadable entries, absurdly deep trees and files that
 * change under us all become a {@link Problem} with a reason, and the scan goes on.
 */
import { lstatSync, readdirSync, realpathSync, statSync, type Stats } from 'node:fs';
import path from 'node:path';
import type { Problem } from '../model/article.js';
import { hasSqliteHeader, isDatabaseName, maxBytesFor, savedPageOf } from './containers.js';
import { nonArticleKind } from './non-article.js';
import { readable, specialKind } from './file-checks.js';
import { onePathPerFile } from './one-path-per-file.js';
import { stampOf } from './path-stamp.js';
import { type FolderScan, keptFolder, type ScanReuse } from './folder-scan.js';
import { errorReason, MAX_ARTICLE_BYTES, tooLargeReason } from './read-scanned-file.js';
import type { ScannedFile } from './scanned-file.js';
import { backgroundTurn } from '../model/next-turn.js';

export type { ScannedFile } from './scanned-file.js';

/** Folders nested deeper than this are reported and not entered. */
export const MAX_SCAN_DEPTH = 32;
// Synchronous lstat/readdir with a yield every few milliseconds, not fs.promises: scanning is
// thousands of tiny system calls, and handing each to libuv's thread pool cost more than the
// call itself (10,000 files on 2 cores under load: ~250 ms this way, 400–1000 ms with promises
// and bounded concurrency). None of these calls opens a file, so a FIFO cannot block them.
/**
 * How long the walk runs between two yields to the event loop, so the reader keeps drawing
 * and an abort lands. By time, not by count: 256 calls took 30–150 ms on a loaded machine
 * (a CPU profile of paging while a 50,000-article library was scanned), so a key waited that long.
 */
const SLICE_MS = 4;
/** Calls between two looks at the clock. */
const CALLS_PER_CHECK = 16;
/** One turn of the event loop: keys read meanwhile are handled, and their frames drawn. */
const breathe = backgroundTurn;

/** Every candidate article file, sorted by `rel`, and every entry skipped with a reason. */
export interface ScanResult {
  files: ScannedFile[];
  problems: Problem[];
  /** Every folder walked, absolute (real paths), the library folder first: what to watch. */
  folders: string[];
  /** The stamp of each folder walked, and of each file named outside it, taken before it was read (path-stamp.ts). */
  stamps: Map<string, string>;
  /** What it found in each folder walked, for the next scan to take again (folder-scan.ts). */
  byFolder: Map<string, FolderScan>;
}

const unscanned = (reason: string): ScanResult => ({ files: [], problems: [{ path: '.', reason }], folders: [], stamps: new Map(), byFolder: new Map() });

/** Limits of one scan; `signal` aborts it (the promise then rejects with the signal's reason). */
export interface ScanOptions {
  maxBytes?: number;
  maxDepth?: number;
  signal?: AbortSignal;
  /** Told of each article file as the walk finds it (before links are resolved and files sorted). */
  onFound?: (rel: string) => void;
  /** What the scan before found, taken again for each folder that has not changed since. */
  reuse?: ScanReuse;
}

const isInside = (dir: string, p: string): boolean =>
  p === dir || p.startsWith(dir.endsWith(path.sep) ? dir : dir + path.sep);

/**
 * Walks `root` for article files. Hidden entries and `README`/`README.md` at the root are ignored
 * silently. Real folders are walked once each; a link to a folder inside the library adds nothing
 * (its files are listed where they really are) and a link to a folder containing it is a loop;
 * links to files inside are listed under the link's path unless the file is listed already (one
 * entry per dev+ino, preferring the path without links). Links out of the library, broken links,
 * FIFOs, sockets, devices (never opened), unreadable, empty and over-large files, folders deeper
 * than `maxDepth` and known non-article extensions are problems. Only an abort rejects.
 */
export async function scanFolder(root: string, options: ScanOptions = {}): Promise<ScanResult> {
  const { maxBytes = MAX_ARTICLE_BYTES, maxDepth = MAX_SCAN_DEPTH, signal, onFound, reuse } = options;
  signal?.throwIfAborted();
  const found: ScannedFile[] = [];
  // The files reached through a link (few): another path to the same file is preferred.
  const viaLinks = new Set<ScannedFile>();
  const problems: Problem[] = [];
  const folders: string[] = [];
  const stamps = new Map<string, string>();
  const byFolder = new Map<string, FolderScan>();
  // What the folder being walked holds directly (its entries' files and problems, its sub-folders).
  type Found = { files: ScannedFile[]; linked: ScannedFile[]; problems: Problem[]; subfolders: { abs: string; rel: string }[] };
  const nothingFound = (): Found => ({ files: [], linked: [], problems: [], subfolders: [] });
  let here = nothingFound();
  const problem = (rel: string, reason: string): void => {
    problems.push({ path: rel, reason });
    here.problems.push({ path: rel, reason });
  };

  let rootReal: string;
  let rootStat: Stats;
  try {
    rootReal = realpathSync.native(root);
    rootStat = statSync(rootReal);
  } catch (error) {
    return unscanned(errorReason(error));
  }
  if (!rootStat.isDirectory()) return unscanned('not a folder');

  function addFile(abs: string, rel: string, st: Stats, viaLink: boolean): void {
    const special = specialKind(st);
    if (special !== null) return problem(rel, `not a regular file (${special})`);
    // A SQLite file named as a database may be newsboat's cache (its format is checked when read).
    const sqlite = isDatabaseName(rel) && st.size > 0 && hasSqliteHeader(abs);
    const kind = sqlite ? null : nonArticleKind(path.posix.basename(rel));
    if (kind !== null) return problem(rel, `not an article (${kind})`);
    if (st.size === 0) return problem(rel, 'empty file');
    const limit = maxBytesFor(rel, maxBytes);
    if (st.size > limit) return problem(rel, tooLargeReason(st.size, limit));
    if (!readable(abs, st)) return problem(rel, 'permission denied');
    const file = { abs, rel, size: st.size, mtimeMs: st.mtimeMs, ino: st.ino, dev: st.dev };
    found.push(file);
    here.files.push(file);
    if (viaLink) {
      viaLinks.add(file);
      here.linked.push(file);
    }
    onFound?.(rel);
  }

  function visitLink(abs: string, rel: string, parentAbs: string): void {
    let target: string;
    let st: Stats;
    try {
      target = realpathSync.native(abs);
      if (!isInside(rootReal, target)) return problem(rel, 'link points outside the library folder');
      st = statSync(target); // stat, not open: a FIFO behind the link is only looked at
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      return problem(rel, code === 'ENOENT' ? 'broken link (its target does not exist)' : errorReason(error));
    }
    if (!st.isDirectory()) return addFile(target, rel, st, true);
    // Folders are walked by their real paths only (parentAbs is real: we never walk through a
    // link), so following this one could only list files twice, or forever if it is a loop.
    if (isInside(target, parentAbs)) problem(rel, 'symlink loop (links to a folder that contains it)');
  }

  let calls = 0;
  let sliceStart = performance.now();
  /** A turn of the event loop once the walk has run a slice long (checked every few calls). */
  async function slice(): Promise<void> {
    if (++calls % CALLS_PER_CHECK === 0 && performance.now() - sliceStart >= SLICE_MS) {
      await breathe();
      sliceStart = performance.now();
    }
  }
  async function walk(abs: string, rel: string, depth: number, ancestors: ReadonlySet<string>, own: Stats): Promise<void> {
    folders.push(abs);
    const stamp = stampOf(own);
    stamps.set(abs, stamp);
    const kept = keptFolder(reuse, abs, stamp);
    if (kept !== null) return walkKept(abs, depth, ancestors, kept.scan, kept.subfolders);
    const mine = (here = nothingFound());
    byFolder.set(abs, mine);
    let names: string[];
    try {
      names = readdirSync(abs);
    } catch (error) {
      return problem(rel === '' ? '.' : rel, errorReason(error));
    }
    const siblings = new Set(names);
    for (const name of names) {
      await slice();
      signal?.throwIfAborted();
      if (name.startsWith('.')) continue; // .git, .DS_Store: not articles, not worth a problem
      if (depth === 0 && (name === 'README.md' || name === 'README')) continue; // the folder's own notes
      const childAbs = path.join(abs, name);
      const childRel = rel === '' ? name : `${rel}/${name}`;
      let st: Stats;
      try {
        st = lstatSync(childAbs);
      } catch (error) {
        problem(childRel, errorReason(error));
        continue;
      }
      // `Story_files/` beside `Story.html` holds the saved page's pictures and styles: not articles.
      if (st.isDirectory() && savedPageOf(name, siblings) !== null) continue;
      if (st.isSymbolicLink()) visitLink(childAbs, childRel, abs);
      else if (!st.isDirectory()) addFile(childAbs, childRel, st, false);
      else if (ancestors.has(`${st.dev}:${st.ino}`)) problem(childRel, 'folder loop (a folder mounted inside itself)');
      else if (depth + 1 > maxDepth) problem(childRel, `folders nested too deeply (more than ${maxDepth} levels)`);
      else {
        mine.subfolders.push({ abs: childAbs, rel: childRel });
        await walk(childAbs, childRel, depth + 1, new Set(ancestors).add(`${st.dev}:${st.ino}`), st);
        here = mine;
      }
    }
  }

  /** A folder unchanged since the scan before: what it found there, then each sub-folder in turn. */
  async function walkKept(abs: string, depth: number, ancestors: ReadonlySet<string>, scan: FolderScan, subfolders: Stats[]): Promise<void> {
    byFolder.set(abs, scan);
    for (const file of scan.files) {
      found.push(file);
      onFound?.(file.rel);
    }
    for (const file of scan.linked) viaLinks.add(file);
    problems.push(...scan.problems);
    for (const [i, sub] of scan.subfolders.entries()) {
      await slice();
      signal?.throwIfAborted();
      const st = subfolders[i]!;
      // As the walk checks a sub-folder (a mount may have made one a loop since); not kept.
      here = nothingFound();
      if (ancestors.has(`${st.dev}:${st.ino}`)) problem(sub.rel, 'folder loop (a folder mounted inside itself)');
      else await walk(sub.abs, sub.rel, depth + 1, new Set(ancestors).add(`${st.dev}:${st.ino}`), st);
    }
  }

  await walk(rootReal, '', 0, new Set([`${rootStat.dev}:${rootStat.ino}`]), rootStat);

  // Sorting and choosing among 10,000 files took 18-24 ms at once (profiled while paging during a
  // start): each step gets a turn of its own, so a key waits for one step at most.
  const byRel = (a: { rel: string }, b: { rel: string }): number => (a.rel < b.rel ? -1 : a.rel > b.rel ? 1 : 0);
  await breathe();
  found.sort(byRel);
  await breathe();
  const files = onePathPerFile(found, viaLinks);
  problems.sort((a, b) => byRel({ rel: a.path }, { rel: b.path }) || (a.reason < b.reason ? -1 : 1));
  return { files, problems, folders, stamps, byFolder };
}
