/**
 * A fixed {@link Library} seen as a {@link LiveLibrary} that never changes: for tests and for
 * callers that already hold a loaded library.
 */
import type { Library } from '../model/library.js';
import type { LiveLibrary } from './live-library.js';

/** Wraps a loaded library: `current()` is always it, nothing loads, nothing is watched. */
export function staticSource(library: Library): LiveLibrary {
  return {
    current: () => library,
    progress: () => null,
    subscribe: () => () => undefined,
    ready: Promise.resolve(),
    close: () => undefined,
  };
}
