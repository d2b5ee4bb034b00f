import { useCallback, useLayoutEffect, useMemo } from 'react';
import { type MarkChanges, writeChanges } from '../store/write-changes.js';
import type { ReadingStore } from '../store/reading-store.js';

/** Queues the store writes of a key and performs them once its frame is on screen. */
export interface StoreWriter {
  /** Queues one state change's writes. */
  push(changes: MarkChanges): void;
  /** Writes everything queued, now (also used on quit and on signals). */
  flush(): void;
}

/**
 * A store write is a locked, fsynced file write (~8 ms measured, with spikes on a busy disk).
 * Done inside the key handler it delayed the key's frame by that much; done in a layout effect
 * it runs right after the frame is written to the terminal and before the next key is read, so
 * a killed process still loses at most the key it was drawing. Notices from a failed write are
 * handed to `onNotices`.
 */
export function useStoreWriter(store: ReadingStore, onNotices: (notices: string[]) => void): StoreWriter {
  const queue = useMemo<MarkChanges[]>(() => [], []);
  const flush = useCallback(() => {
    for (const changes of queue.splice(0)) writeChanges(store, changes);
    const notices = store.takeNotices();
    if (notices.length > 0) onNotices(notices);
  }, [queue, store, onNotices]);
  // Every render commits after the frame has been handed to Ink; flush then, and on unmount.
  useLayoutEffect(() => {
    if (queue.length > 0) flush();
  });
  useLayoutEffect(() => flush, [flush]);
  return useMemo(() => ({ push: (changes) => void queue.push(changes), flush }), [queue, flush]);
}
