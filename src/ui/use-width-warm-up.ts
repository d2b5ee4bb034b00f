import { useStdin } from 'ink';
import { useEffect, useRef } from 'react';
import { PAUSE_MS, type PauseCollector, pauseCollector } from '../library/live/full-collection.js';
import { warmUpWidths } from '../library/text/text-width.js';

/** How long the reader must have been still: the pause the collections wait for, longer than the gap between two pages. */
export const WARM_UP_QUIET_MS = PAUSE_MS;

/**
 * string-width's set-up (`warmUpWidths`, 50-60 ms) made ahead of the first key that draws an
 * arrow, an emoji or CJK (help's arrows paid 100-300 ms for it), once the whole list is shown
 * (`listed`; on a cold start, once the folder's walk is over: made during the walk, it held back
 * the first headlines by its own time) and neither an input event nor a new state (`state`: a
 * key's frame, an article's body, the library) has come for {@link WARM_UP_QUIET_MS}: a
 * `pauseCollector`, as the collections use, told of each new state as of an input. Made right
 * after the first frame, Enter typed then waited behind it; timed from the input alone, it fell
 * on the first page turned after that Enter, whose body took the thread for most of the wait
 * (issue 10). It is only ever put off: it is never needed.
 */
export function useWidthWarmUp(listed: boolean, state: object): void {
  const { internal_eventEmitter: events } = useStdin();
  const warm = useRef<{ done: boolean; pauses: PauseCollector } | null>(null);
  useEffect(() => {
    const w = {
      done: false,
      pauses: pauseCollector(() => {
        if (w.done) return;
        w.done = true;
        warmUpWidths();
      }),
    };
    warm.current = w;
    const onInput = (): void => w.pauses.input();
    events.on('input', onInput);
    return () => {
      // Unmounted: a timer still pending does nothing.
      w.done = true;
      events.off('input', onInput);
    };
  }, [events]);
  useEffect(() => {
    const w = warm.current;
    if (!listed || w === null || w.done) return;
    w.pauses.input();
    w.pauses.request();
  }, [listed, state]);
}
