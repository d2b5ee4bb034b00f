/**
 * What to write to the reading store after a state change: the difference between the marks
 * before and after. Pure: the edge (`ui/use-store-writer.ts`) writes them with `store/write-changes.ts`.
 */
import type { MarkChanges } from '../store/write-changes.js';
import type { MarkMap } from '../store/mark-map.js';
import { UNTOUCHED } from '../store/reading-store.js';

/** The marks that changed between two states. */
export function marksChanges(before: MarkMap, after: MarkMap): MarkChanges {
  const changes: MarkChanges = { read: [], unread: [], starred: [], positions: [] };
  if (before === after) return changes;
  // Only the ids that changed since `before` (O(changes) with a long history), else all.
  const ids = after.changedSince(before) ?? new Set([...before.keys(), ...after.keys()]);
  for (const id of ids) {
    const prev = before.get(id) ?? UNTOUCHED;
    const next = after.get(id) ?? UNTOUCHED;
    if (prev === next) continue;
    if (prev.read !== next.read) (next.read ? changes.read : changes.unread).push(id);
    if (prev.starred !== next.starred) changes.starred.push([id, next.starred]);
    if (prev.position !== next.position) changes.positions.push([id, next.position]);
  }
  return changes;
}
