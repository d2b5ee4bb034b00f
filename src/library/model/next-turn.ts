/**
 * Where background work (the folder walk, the load's slices, the cached index) waits between two
 * slices: until the event loop has turned TWICE. A key read while a slice ran schedules its frame
 * with `setImmediate` (React's scheduler does so in Node); a slice that yielded with one
 * `setImmediate` was queued before that frame and ran first, so every key during a load waited
 * for one more slice (issue 10, paging right after the first frame). The second hop queues the
 * slice behind whatever the first turn scheduled.
 */
export function nextTurn(): Promise<void> {
  return new Promise<void>((resolve) => setImmediate(() => setImmediate(resolve)));
}
