import type { Library } from '../library/model/library.js';
import { loadLibrary } from '../library/live/load-library.js';
import { openConfStore } from '../store/conf-store.js';
import type { ReadingStore } from '../store/reading-store.js';
import type { Output } from './output.js';

/** How a command opens the reading store. */
export interface StoreUse {
  /**
   * The reader shows the store's notices (a damaged file moved aside, a failed write) in its
   * status bar and waits for the lock only briefly per write; a plain command prints them to
   * stderr, one line each, and waits as long as another live inkpress holds the lock.
   */
  forReader?: boolean;
}

/** What a command may use, each made on first use (a command that needs no store opens none). */
export interface CommandContext {
  out: Output;
  root: string;
  /** Files read as part of the library besides the folder (`--newsboat-cache FILE`). */
  extraFiles: readonly string[];
  library(): Promise<Library>;
  store(use?: StoreUse): ReadingStore;
  /** Writes what waits and tidies the store, printing its last notices: on every way out. */
  close(): void;
}

/** How long a reader's write waits for another inkpress's lock before keeping the change in memory. */
const READER_WAIT_MS = 250;

/** The context for a library folder. */
export function commandContext(root: string, out: Output, extraFiles: readonly string[] = []): CommandContext {
  let library: Promise<Library> | undefined;
  let store: ReadingStore | undefined;
  let printNotices = true;
  const print = () => {
    if (store && printNotices) for (const notice of store.takeNotices()) out.error(notice);
  };
  return {
    out,
    root,
    extraFiles,
    library: () => (library ??= loadLibrary(root, { extraFiles })),
    store: (use = {}) => {
      if (store) return store;
      printNotices = !use.forReader;
      store = openConfStore({ onWait: (message) => out.error(message), ...(use.forReader && { waitMs: READER_WAIT_MS }) });
      print();
      return store;
    },
    close: () => {
      store?.close();
      // The reader has shown what came before; what closing says (changes lost to a full disk)
      // is printed by every command, the reader too, once the terminal is back.
      printNotices = true;
      print();
    },
  };
}
