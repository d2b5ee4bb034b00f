import { useStdin } from 'ink';
import { useEffect } from 'react';
import { inputCame } from '../library/live/full-collection.js';
import { inputCameForScavenge, scavengeAtNextPause } from '../library/live/young-collection.js';

/**
 * Each input event puts off the garbage collection the library asked for, to the next pause in
 * the keys, and asks for a scavenge of the young generation at that pause: the garbage of the
 * keys is swept while nobody waits, not in the frame of a key after it.
 */
export function useInputPauses(): void {
  const { internal_eventEmitter: events } = useStdin();
  useEffect(() => {
    const onInput = (): void => {
      inputCame();
      inputCameForScavenge();
      scavengeAtNextPause();
    };
    events.on('input', onInput);
    return () => {
      events.off('input', onInput);
    };
  }, [events]);
}
