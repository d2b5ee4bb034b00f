import { useEffect, useState } from 'react';
import type { Library } from '../library/model/library.js';
import type { LiveLibrary, LoadProgress } from '../library/live/live-library.js';
import { sameProgress } from '../state/follow-library.js';

/** The library as the app draws it now, and how far its load has got (null when done). */
export interface LiveView {
  library: Library;
  progress: LoadProgress | null;
}

/**
 * Follows a live library: the first value comes from `current()` / `progress()` at once (so the
 * first frame never waits for the load), later ones from `subscribe`. Kept in state, so render
 * never calls into the library; an unchanged library and progress keep the same object.
 */
export function useLiveLibrary(source: LiveLibrary): LiveView {
  const [view, setView] = useState<LiveView>(() => ({ library: source.current(), progress: source.progress() }));
  useEffect(() => {
    const update = () =>
      setView((prev) => {
        const library = source.current();
        const progress = source.progress();
        return prev.library === library && sameProgress(prev.progress, progress) ? prev : { library, progress };
      });
    const unsubscribe = source.subscribe(update);
    // Whatever changed between the first render and subscribing.
    update();
    return unsubscribe;
  }, [source]);
  return view;
}
