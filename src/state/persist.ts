/**
 * What to write to the reading store after a state change: the difference between the marks
 * before and after. Pure, so the effect at the edge (`use-reader.ts`) is one loop of setters.
 */
import { UNTOUCHED, type ArticleState, type ReadingStore } from '../store/reading-store.js';

/** The store writes one state change needs. */
export interface MarkChanges {
  read: string[];
  unread: string[];
  starred: Array<[id: string, starred: boolean]>;
  positions: Array<[id: string, position: number]>;
}

/** The marks that changed between two states. */
export function marksChanges(
  before: ReadonlyMap<string, ArticleState>,
  after: ReadonlyMap<string, ArticleState>,
): MarkChanges {
  const changes: MarkChanges = { read: [], unread: [], starred: [], positions: [] };
  if (before === after) return changes;
  for (const [id, next] of after) {
    const prev = before.get(id) ?? UNTOUCHED;
    if (prev === next) continue;
    if (prev.read !== next.read) (next.read ? changes.read : changes.unread).push(id);
    if (prev.starred !== next.starred) changes.starred.push([id, next.starred]);
    if (prev.position !== next.position) changes.positions.push([id, next.position]);
  }
  return changes;
}

/** Writes the changes through the store (its setters are synchronous). */
export function writeChanges(store: ReadingStore, changes: MarkChanges): void {
  if (changes.read.length > 0) store.setRead(changes.read, true);
  if (changes.unread.length > 0) store.setRead(changes.unread, false);
  for (const [id, starred] of changes.starred) store.setStarred(id, starred);
  for (const [id, position] of changes.positions) store.setPosition(id, position);
}
