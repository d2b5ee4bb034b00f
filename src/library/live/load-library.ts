import type { Library } from '../model/library.js';
import { openLibrary, type OpenOptions } from './live-library.js';

/** Reads a whole library once (for the plain commands): unreadable files become problems. */
export async function loadLibrary(root: string, options: Pick<OpenOptions, 'cacheDir' | 'extraFiles'> = {}): Promise<Library> {
  const live = openLibrary(root, options);
  await live.ready;
  live.close();
  return live.current();
}
