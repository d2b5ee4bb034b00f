import { useStdin } from 'ink';
import { useEffect } from 'react';
import { warmUpWidths } from '../library/text/text-width.js';

/** How long the keys must have paused: longer than the gap between two pages of a reader paging. */
export const WARM_UP_QUIET_MS = 200;

/**
 * string-width's set-up (`warmUpWidths`, 50-60 ms) made ahead of the first key that draws an
 * arrow, an emoji or CJK (help's arrows paid 100-300 ms for it), once the whole list is shown
 * (`listed`) and the keys have paused for {@link WARM_UP_QUIET_MS}: made right after the first
 * frame, Enter typed then waited behind it; made at a turn that let it through a held key, a
 * page turned right after the start did (issue 10). It is only ever put off: it is never needed.
 */
export function useWidthWarmUp(listed: boolean): void {
  const { internal_eventEmitter: events } = useStdin();
  useEffect(() => {
    if (!listed) return;
    const warm = (): void => {
      events.off('input', later);
      warmUpWidths();
    };
    let timer = setTimeout(warm, WARM_UP_QUIET_MS).unref();
    const later = (): void => {
      clearTimeout(timer);
      timer = setTimeout(warm, WARM_UP_QUIET_MS).unref();
    };
    events.on('input', later);
    return () => {
      clearTimeout(timer);
      events.off('input', later);
    };
  }, [listed, events]);
}
