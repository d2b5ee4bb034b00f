import type { Library } from '../library/model/library.js';
import { loadLibrary } from '../library/live/load-library.js';
import { openConfStore } from '../store/conf-store.js';
import type { ReadingStore } from '../store/reading-store.js';
import type { Output } from './output.js';

/** What a command may use, each made on first use (a command that needs no store opens none). */
export interface CommandContext {
  out: Output;
  root: string;
  library(): Promise<Library>;
  store(): ReadingStore;
}

/** The context for a library folder. */
export function commandContext(root: string, out: Output): CommandContext {
  let library: Promise<Library> | undefined;
  let store: ReadingStore | undefined;
  return {
    out,
    root,
    library: () => (library ??= loadLibrary(root)),
    store: () => (store ??= openConfStore()),
  };
}
