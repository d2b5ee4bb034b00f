/** What `openLibrary` (`live-library.ts`) gives its readers, and its options. */
import type { Library } from '../model/library.js';

/** How far a long load has got: reading files for the lists, or indexing bodies for search. */
export interface LoadProgress {
  phase: 'reading' | 'indexing';
  done: number;
  total: number;
}

/** A library that loads in the background and follows its folder; readers subscribe to changes. */
export interface LiveLibrary {
  /** The library as it is now: the same object until something changes. */
  current(): Library;
  /** Null once everything is read and indexed. */
  progress(): LoadProgress | null;
  subscribe(listener: () => void): () => void;
  /** Settles when every file has been read once (the lists are complete). */
  readonly ready: Promise<void>;
  close(): void;
}

/** Options for `openLibrary`. */
export interface OpenOptions {
  /** Follow the folder: new, changed and deleted files show up without a restart. */
  watch?: boolean;
  /** Where the index cache lives; null for none. Default: the user's cache folder (`cacheDir`). */
  cacheDir?: string | null;
  /**
   * Draw the first screen saved beside the index cache (`index/first-screen.ts`) before reading
   * the index, which follows once the first subscriber has drawn it: for the reader.
   */
  firstScreen?: boolean;
  /** Files outside the folder read as part of the library (`--newsboat-cache FILE`), by absolute path. */
  extraFiles?: readonly string[];
}
