/** Words for a library that is still loading, for the status bar and the search line. */
import type { LoadProgress } from '../library/live/live-library.js';
import { groupDigits as count } from '../library/text/group-digits.js';
import { isScanning } from '../state/follow-library.js';

/** `Reading 1,200 of 10,000 files…` or `Indexing for search 3,000 of 10,000…`; null when loaded. */
export function progressLabel(progress: LoadProgress | null): string | null {
  if (progress === null) return null;
  if (progress.phase === 'indexing') return `Indexing for search ${count(progress.done)} of ${count(progress.total)}…`;
  // Before the folder has been scanned there is nothing to count yet.
  if (isScanning(progress)) return 'Reading the library…';
  return `Reading ${count(progress.done)} of ${count(progress.total)} files…`;
}

/** What the search line adds while the index is not complete; null when it is. */
export function searchCaveat(progress: LoadProgress | null): string | null {
  if (progress === null) return null;
  return progress.phase === 'indexing' ? 'still indexing: results may be incomplete' : 'still reading files: results may be incomplete';
}
