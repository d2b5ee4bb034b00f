import { useStdin } from 'ink';
import { useEffect, useRef } from 'react';
import { warmUpWidths } from '../library/text/text-width.js';

/** How long the reader must have been still: longer than the gap between two pages of a reader paging. */
export const WARM_UP_QUIET_MS = 200;

/**
 * string-width's set-up (`warmUpWidths`, 50-60 ms) made ahead of the first key that draws an
 * arrow, an emoji or CJK (help's arrows paid 100-300 ms for it), once the whole list is shown
 * (`listed`) and neither an input event nor a new state (`state`: a key's frame, an article's
 * body, the library) has come for {@link WARM_UP_QUIET_MS}. Made right after the first frame,
 * Enter typed then waited behind it; timed from the input alone, it fell on the first page
 * turned after that Enter, whose body took the thread for most of the wait (issue 10). It is
 * only ever put off: it is never needed.
 */
export function useWidthWarmUp(listed: boolean, state: object): void {
  const { internal_eventEmitter: events } = useStdin();
  const warm = useRef<{ done: boolean; timer?: NodeJS.Timeout; putOff: () => void }>({ done: false, putOff: () => {} });
  useEffect(() => {
    const w = warm.current;
    w.putOff = () => {
      clearTimeout(w.timer);
      if (w.done) return;
      w.timer = setTimeout(() => {
        w.done = true;
        warmUpWidths();
      }, WARM_UP_QUIET_MS).unref();
    };
    const onInput = (): void => {
      if (w.timer !== undefined) w.putOff();
    };
    events.on('input', onInput);
    return () => {
      clearTimeout(w.timer);
      events.off('input', onInput);
    };
  }, [events]);
  useEffect(() => {
    if (listed) warm.current.putOff();
  }, [listed, state]);
}
