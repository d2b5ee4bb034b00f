import { useStdin } from 'ink';
import { useEffect, useRef } from 'react';
import { commandFor, type KeyMap } from '../keys/bindings.js';
import { isPrintable, splitKeys, typedText } from '../keys/key-name.js';
import { keyCame } from '../library/model/next-turn.js';
import { scavengeSoon } from '../library/live/young-collection.js';
import { inputCame } from '../library/live/full-collection.js';
import { answersOnFirstScreen } from '../state/first-screen-keys.js';
import { inputContext } from '../state/selectors.js';
import type { ReaderHandle } from './use-reader.js';

/**
 * The ONE input handler, and the only listener on the terminal's input: every input event Ink
 * reads is split into single keys here (a held Backspace arrives as `\x7f\x7f\x7f`, fast typing
 * as `ab\x17`), and each key is looked up in the key map for the current context (the focused
 * pane, the search line or help) against the state the previous key left. In the search line
 * a printable key types; its editing keys (Backspace, Ctrl-W, Alt-B, …) are commands of the
 * table like any other. The search line's widget only draws what the state says: nothing else
 * reads the keys, so nothing can see a chunk or a stale value.
 *
 * Ink's `useInput` is not used because it hands over `\x7f` (Backspace) and `ESC [3~` (Delete)
 * as the same key; the raw event says which. The subscription is the one `useInput` makes.
 *
 * While the list is only a warm start's first screen (`Catalog.preview`), the keys that need no
 * more than its rows are handled at once: Enter on a headline, moves within its rows, marks, the
 * keys that read the article it opens, `/` and typing a query (its results wait for the whole
 * list), quitting (`state/first-screen-keys.ts`). From the first key that needs more, every key
 * is held, and handled as it came once the whole list has replaced the first screen (a moment
 * later): `G`, a section, or Enter on the search line act on the whole library, never on the
 * first rows alone. A held key does not hold the start's work back (that work is
 * what it waits for); a handled one does (`keyCame`).
 */
export function useKeyRouter(
  keyMap: KeyMap,
  reader: Pick<ReaderHandle, 'state' | 'current' | 'dispatch' | 'batch'>,
  /**
   * Called once the keys of an input event are handled, before the batch ends and React draws
   * their frame: the reader writes the marks of the whole chunk here, in one write.
   */
  chunkHandled: () => void = () => {},
): void {
  const { internal_eventEmitter: events, setRawMode } = useStdin();
  const latest = useRef({ keyMap, reader, chunkHandled });
  latest.current = { keyMap, reader, chunkHandled };
  useEffect(() => {
    setRawMode(true);
    return () => setRawMode(false);
  }, [setRawMode]);
  const held = useRef<string[]>([]);
  const handleRef = useRef<(keys: readonly string[]) => void>(() => {});
  const previewing = reader.state.catalog.preview !== undefined;
  useEffect(() => {
    const handleKeys = (keys: readonly string[]) => {
      const { keyMap: map, reader: { current, dispatch, batch }, chunkHandled: handled } = latest.current;
      // Held keys go first, in order: input that comes before they are replayed waits behind them.
      if (held.current.length > 0) {
        held.current.push(...keys);
        return;
      }
      let handledAny = false;
      batch(() => {
        try {
          for (const name of keys) {
            const state = current();
            if (state.quitting) return;
            const context = inputContext(state);
            const command = commandFor(map, context, name);
            if (held.current.length > 0 || (state.catalog.preview !== undefined && !answersOnFirstScreen(state, context, command))) {
              held.current.push(name);
              continue;
            }
            // The start's background work waits for a pause in the keys: the next key finds the thread free.
            keyCame();
            handledAny = true;
            if (command) dispatch({ type: 'command', command });
            // The alert says "Press any key": a key no table binds (x, F5) dismisses it too.
            else if (state.alert !== null) dispatch({ type: 'alert.dismiss' });
            else if (context === 'search' && isPrintable(name)) dispatch({ type: 'search.type', text: typedText(name) });
          }
        } finally {
          if (handledAny) handled();
        }
      });
    };
    const onInput = (raw: string) => handleKeys(splitKeys(raw));
    handleRef.current = handleKeys;
    events.on('input', onInput);
    return () => {
      events.off('input', onInput);
    };
  }, [events]);
  const wasPreviewing = useRef(previewing);
  useEffect(() => {
    if (previewing || !wasPreviewing.current) return;
    wasPreviewing.current = false;
    const replayed = held.current.splice(0);
    if (replayed.length > 0) handleRef.current(replayed);
    // Held keys are handled only now: the full collection waiting for a pause in the keys counts
    // from here, not from when they were read (it ran between their frame and the next key).
    if (replayed.length > 0) inputCame();
    // The whole list has come: its garbage is swept now, after the frame of the keys held for it.
    scavengeSoon();
  }, [previewing]);
}
