import { useEffect } from 'react';
import { backgroundTurn } from '../library/model/next-turn.js';
import { warmUpWidths } from '../library/text/text-width.js';

/**
 * string-width's set-up (`warmUpWidths`, 50-60 ms) made ahead of the first key that draws an
 * arrow, an emoji or CJK (help's arrows paid 100-300 ms for it), but only once the whole list is
 * shown (`listed`) and at a pause in the keys: made right after the first frame, a key typed then
 * (Enter on the first headline) waited behind it (issue 10).
 */
export function useWidthWarmUp(listed: boolean): void {
  useEffect(() => {
    if (!listed) return;
    let live = true;
    void backgroundTurn().then(() => {
      if (live) warmUpWidths();
    });
    return () => {
      live = false;
    };
  }, [listed]);
}
