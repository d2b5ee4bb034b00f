import type { Position } from './position.js';

export type { Position } from './position.js';

/**
 * What the reader remembers per article: read, starred, and where you stopped reading.
 * Keyed by article id, so the state follows an article when its file moves.
 */
export interface ArticleState {
  read: boolean;
  starred: boolean;
  /** Where reading stopped: an anchor in the text (see `position.ts`), 0 for the top. */
  position: Position;
}

/**
 * The persistent reading state. Every setter has written to disk (fsynced) when it returns, or
 * (a full disk, a paused inkpress holding the lock) has kept the change in memory and said so in
 * a notice; `update(…, true)` leaves the fsync to {@link ReadingStore.sync}.
 */
export interface ReadingStore {
  /** Where the state lives (shown in messages); `memory` for the in-memory store. */
  readonly path: string;
  /** Everything known, by id. Read once at start; setters keep the caller's copy in step. */
  snapshot(): ReadonlyMap<string, ArticleState>;
  setRead(ids: readonly string[], read: boolean): void;
  setStarred(id: string, starred: boolean): void;
  setPosition(id: string, position: Position): void;
  /**
   * Several changes in one write (importing a backup, marking a section read). `syncLater`: the
   * write is made now (a killed inkpress loses nothing) but its fsync waits for {@link sync}:
   * the reader writes a key's marks before the frame that shows them and fsyncs right after it.
   */
  update(changes: ReadonlyMap<string, Partial<ArticleState>>, syncLater?: boolean): void;
  /**
   * fsyncs what `update(…, true)` wrote. If the fsync fails, those changes wait in memory as a
   * failed write's do (a notice says so) and are written again. True when nothing waits.
   */
  sync(): boolean;
  /**
   * Messages for the user about the state itself (a corrupt file moved aside, a failed write).
   * Drained by the caller: each message is returned once.
   */
  takeNotices(): string[];
  /** Writes the changes a failed write kept in memory; true when nothing waits any more. */
  retry(): boolean;
  /** How many articles' changes wait in memory for a write that failed. */
  unsaved(): number;
  /** Writes what waits and tidies the files (folds the journal); on every way out. */
  close(): void;
}

/** How the notice that saving works again begins (the reader shows it as a passing notice). */
export const SAVED_AGAIN = 'Reading state saved again';

/** The state of an article nobody has touched. */
export const UNTOUCHED: ArticleState = Object.freeze({ read: false, starred: false, position: 0 });
