/**
 * A `LiveLibrary` the test drives by hand: it starts with a library and a progress, and
 * `publish` swaps in another and notifies subscribers, as files arriving or a watched folder would.
 */
import type { Library } from '../../src/library/model/library.js';
import type { LiveLibrary, LoadProgress } from '../../src/library/live/live-library.js';

/** A live library under the test's control. */
export interface FakeLiveLibrary extends LiveLibrary {
  /** Replaces the library and the progress, and tells every subscriber. */
  publish(library: Library, progress?: LoadProgress | null): void;
  /** Subscribers right now. */
  listeners(): number;
  closed(): boolean;
}

/** A live library that starts as `library` with `progress` (null: fully loaded). */
export function fakeLiveLibrary(library: Library, progress: LoadProgress | null = null): FakeLiveLibrary {
  let current = library;
  let now = progress;
  let isClosed = false;
  const subscribers = new Set<() => void>();
  let markReady!: () => void;
  const ready = new Promise<void>((resolve) => (markReady = resolve));
  if (progress === null) markReady();
  return {
    current: () => current,
    progress: () => now,
    subscribe: (listener) => {
      subscribers.add(listener);
      return () => subscribers.delete(listener);
    },
    ready,
    close: () => void (isClosed = true),
    publish: (next, nextProgress = null) => {
      current = next;
      now = nextProgress;
      if (nextProgress === null || nextProgress.phase === 'indexing') markReady();
      for (const listener of [...subscribers]) listener();
    },
    listeners: () => subscribers.size,
    closed: () => isClosed,
  };
}

/** The library without the given articles (as if their files were deleted); other ids stay. */
export function withoutArticles(library: Library, ids: readonly string[]): Library {
  const gone = new Set(ids);
  const summaries = library.summaries.filter((s) => !gone.has(s.id));
  return {
    ...library,
    summaries,
    article: async (id) => (gone.has(id) ? null : library.article(id)),
    search: (query) => library.search(query).filter((id) => !gone.has(id)),
  };
}
