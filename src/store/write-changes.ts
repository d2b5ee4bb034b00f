/**
 * Writing one state change's marks to the reading store: the I/O half of
 * `state/mark-changes.ts`, which computes them purely.
 */
import type { ReadingStore } from './reading-store.js';

/** The store writes one state change needs. */
export interface MarkChanges {
  read: string[];
  unread: string[];
  starred: Array<[id: string, starred: boolean]>;
  positions: Array<[id: string, position: number]>;
}

/** Writes the changes through the store (its setters are synchronous). */
export function writeChanges(store: ReadingStore, changes: MarkChanges): void {
  if (changes.read.length > 0) store.setRead(changes.read, true);
  if (changes.unread.length > 0) store.setRead(changes.unread, false);
  for (const [id, starred] of changes.starred) store.setStarred(id, starred);
  for (const [id, position] of changes.positions) store.setPosition(id, position);
}
