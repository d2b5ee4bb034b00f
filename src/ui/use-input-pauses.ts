import { useStdin } from 'ink';
import { useEffect } from 'react';
import { inputCame } from '../library/live/full-collection.js';

/** Each input event puts off the garbage collection the library asked for, to the next pause in the keys. */
export function useInputPauses(): void {
  const { internal_eventEmitter: events } = useStdin();
  useEffect(() => {
    events.on('input', inputCame);
    return () => {
      events.off('input', inputCame);
    };
  }, [events]);
}
