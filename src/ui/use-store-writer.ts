import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import type { MarkChanges } from '../store/write-changes.js';
import type { ArticleState, Position, ReadingStore } from '../store/reading-store.js';

/**
 * How long a reading position may wait before it is written (ms). Scrolling writes nothing per
 * key; the position is written with the next mark, after this long, and on every way out.
 */
export const POSITION_DELAY_MS = 1_000;
/** How often changes a failed write kept in memory are retried (a full disk being freed). */
const RETRY_MS = 2_000;
/** The fsync of a key's write if no render follows it (normally the frame's effect does it first). */
const SYNC_BACKSTOP_MS = 50;

/** Collects the store writes of the keys of one input chunk and writes them at once. */
export interface StoreWriter {
  /**
   * Queues one state change's writes. `settled`: the change left an article (its position is
   * final), so positions go with this chunk's write instead of waiting.
   */
  push(changes: MarkChanges, settled?: boolean): void;
  /**
   * Writes the queued read marks and stars (with any waiting positions) in one write. Called
   * once per input chunk, after its keys are handled and before React draws their frame, so a
   * mark on screen is written (or the frame shows the notice that it is not); the write's fsync
   * follows once that frame is drawn (an effect of its render), off the key's path.
   */
  commit(): void;
  /** Writes everything queued, positions included, now, and fsyncs it (quit, signals, unmount). */
  flush(): void;
}

/**
 * The store writer of the reader (the same object for the reader's life); notices from failed
 * writes go to `onNotices`. `unsaved`: changes the store keeps in memory because writing failed
 * (a full disk), for the status bar.
 */
export function useStoreWriter(store: ReadingStore, onNotices: (notices: string[]) => void): { writer: StoreWriter; unsaved: number } {
  const marks = useMemo(() => new Map<string, Partial<ArticleState>>(), []);
  const positions = useMemo(() => new Map<string, Position>(), []);
  const timer = useRef<NodeJS.Timeout | null>(null);
  const settledRef = useRef(false);
  // Set in the same turn as the keys' own state, so the frame that shows a mark says it is not saved.
  const [unsaved, setUnsaved] = useState(0);

  // A key's write waits for its fsync: done in an effect of the render that shows it.
  const syncPending = useRef(false);
  const backstop = useRef<NodeJS.Timeout | null>(null);

  const report = useCallback(() => {
    setUnsaved(store.unsaved());
    const notices = store.takeNotices();
    if (notices.length > 0) onNotices(notices);
  }, [store, onNotices]);

  const sync = useCallback(() => {
    if (backstop.current !== null) clearTimeout(backstop.current);
    backstop.current = null;
    if (!syncPending.current) return;
    syncPending.current = false;
    if (store.sync()) return;
    // The fsync failed: the store keeps those changes as unsaved (the status bar says so) and
    // they are written again with the retries (`write` is the callback below, stable for life).
    report();
    if (timer.current === null) {
      timer.current = setTimeout(() => write(true), RETRY_MS);
      timer.current.unref?.();
    }
  }, [store, report]);

  const write = useCallback(
    (withPositions: boolean, syncLater = false) => {
      const changes = new Map(marks);
      if (withPositions || marks.size > 0 || settledRef.current) {
        for (const [id, position] of positions) changes.set(id, { ...changes.get(id), position });
        positions.clear();
      }
      marks.clear();
      settledRef.current = false;
      if (changes.size > 0) store.update(changes, syncLater);
      else if (store.unsaved() > 0) store.retry();
      if (syncLater && changes.size > 0) {
        syncPending.current = true;
        if (backstop.current === null) {
          backstop.current = setTimeout(sync, SYNC_BACKSTOP_MS);
          backstop.current.unref?.();
        }
      } else if (!syncLater) {
        // Quitting, a signal, the position timer: fsynced now, with any key's write still waiting.
        syncPending.current = false;
        store.sync();
      }
      report();
      if (timer.current !== null) clearTimeout(timer.current);
      timer.current = null;
      if (positions.size > 0 || store.unsaved() > 0) {
        timer.current = setTimeout(() => write(true), positions.size > 0 ? POSITION_DELAY_MS : RETRY_MS);
        timer.current.unref?.();
      }
    },
    [marks, positions, store, report, sync],
  );

  const push = useCallback(
    (changes: MarkChanges, settled = false) => {
      if (settled) settledRef.current = true;
      for (const id of changes.read) marks.set(id, { ...marks.get(id), read: true });
      for (const id of changes.unread) marks.set(id, { ...marks.get(id), read: false });
      for (const [id, starred] of changes.starred) marks.set(id, { ...marks.get(id), starred });
      for (const [id, position] of changes.positions) positions.set(id, position);
      if (positions.size > 0 && timer.current === null) {
        timer.current = setTimeout(() => write(true), POSITION_DELAY_MS);
        timer.current.unref?.();
      }
    },
    [marks, positions, write],
  );
  const commit = useCallback(() => write(false, true), [write]);
  const flush = useCallback(() => write(true), [write]);

  // Changes made outside a key (the library reloading) are written once their render commits.
  useLayoutEffect(() => {
    if (marks.size > 0 || settledRef.current) commit();
  });
  // After each commit, once Ink has drawn its frame: the fsync of the write that frame shows.
  useEffect(() => sync());
  useEffect(() => flush, [flush]);
  const writer = useMemo(() => ({ push, commit, flush }), [push, commit, flush]);
  return { writer, unsaved };
}
