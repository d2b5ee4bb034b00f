import type { Article } from '../model/article.js';
import type { FileEntry } from './file-entry.js';
import { readArticleFromFile } from './lazy-parser.js';
import { bigBody } from './read-files.js';
import { bodyReader } from './body-pool.js';

/**
 * The whole article `id`, read from its file as it is now: a big file's body on a worker thread
 * (seconds of parsing), any other here (milliseconds). `fileOf` finds the article's file entry.
 */
export function articleReader(fileOf: (id: string) => FileEntry | undefined) {
  const bodies = bodyReader(readArticleFromFile);
  const read = async (id: string, { signal }: { signal?: AbortSignal } = {}): Promise<Article | null> => {
    const entry = fileOf(id);
    if (!entry) return null;
    return bigBody(entry.file) ? bodies.read(entry.file, id, signal) : readArticleFromFile(entry.file, id);
  };
  return { read, close: () => bodies.close() };
}

/** A moment others wait for (`done`), reached once by `open`. */
export function latch(): { done: Promise<void>; open: () => void } {
  let open!: () => void;
  const done = new Promise<void>((r) => (open = r));
  return { done, open };
}
