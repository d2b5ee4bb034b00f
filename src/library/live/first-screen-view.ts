import { lstat } from 'node:fs/promises';
import type { FirstScreen } from '../index/first-screen.js';
import type { Article } from '../model/article.js';
import { fileAt } from './file-entry.js';
import { readArticleFromFile } from './lazy-parser.js';
import { BIG_FILE } from './read-files.js';
import type { LibrarySnapshot } from './snapshot.js';

/**
 * The library a warm start draws first, from the first-screen file (`index/first-screen.ts`):
 * the list's first rows, counted from every article's id (`Library.preview`). The reader answers
 * on it the keys its rows can answer (`state/first-screen-keys.ts`), Enter among them, and holds
 * the others until the whole list has replaced it; so a body asked for now is read from the
 * row's file while the index is still being read. Any other body, or one that file no longer
 * holds, is read once the index has been (`indexRead`), from the library then (`current`).
 */
export function firstScreenView(root: string, first: FirstScreen, indexRead: Promise<unknown>, current: () => LibrarySnapshot): LibrarySnapshot {
  const ids = first.rows.map((s) => s.id);
  const pathOf = new Map(first.rows.map((s) => [s.id, s.path]));
  return {
    root,
    summaries: first.rows,
    problems: first.problems,
    preview: { articles: first.articles, sectionOrder: first.sectionOrder ?? undefined },
    article: async (id, options) => {
      const path = pathOf.get(id);
      const early = path === undefined ? null : await readRow(root, path, id);
      if (early !== null) return early;
      await indexRead;
      return current().article(id, options);
    },
    // Nothing is narrowed before the index is read: a query typed meanwhile waits (`searchWaits`).
    search: () => ids,
    pathOf: () => undefined,
    bytes: () => undefined,
    revision: () => undefined,
  };
}

/**
 * Article `id` from the file at `path`, as the library would read it; null when that file no
 * longer holds it, or is big: a big file's body is parsed on a worker thread (`body-pool.ts`),
 * which the library's reader starts once the index is read.
 */
async function readRow(root: string, path: string, id: string): Promise<Article | null> {
  const file = fileAt(root, path);
  try {
    if ((await lstat(file.abs)).size >= BIG_FILE) return null;
  } catch {
    return null;
  }
  return readArticleFromFile(file, id);
}
