/**
 * The store writes one state change needs: computed purely by `state/mark-changes.ts`, written
 * by `ui/use-store-writer.ts` (all marks of one input chunk in one `ReadingStore.update`).
 */
import type { Position } from './position.js';

/** The store writes one state change needs. */
export interface MarkChanges {
  read: string[];
  unread: string[];
  starred: Array<[id: string, starred: boolean]>;
  positions: Array<[id: string, position: Position]>;
}
