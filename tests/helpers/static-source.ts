/**
 * A fixed {@link Library} seen as a {@link LiveLibrary} that never changes, for component tests.
 */
import type { Library } from '../../src/library/model/library.js';
import type { LiveLibrary } from '../../src/library/live/live-library.js';

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
