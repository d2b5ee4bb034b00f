import { useInput } from 'ink';
import { useCallback } from 'react';
import { commandFor, type KeyMap } from '../keys/bindings.js';
import { isPrintable, keyNames } from '../keys/key-name.js';
import { inputContext } from '../state/selectors.js';
import type { ReaderHandle } from './use-reader.js';

/**
 * The ONE input handler. Each key is looked up in the key map for the current context (the
 * focused pane, the search line or help) and dispatched as a command; the first match wins.
 * While the search line has the keys, printable keys are left to ink-text-input, so typing `q`
 * types a q. Keys that arrive in one chunk are handled one by one, each against the state the
 * previous one left.
 */
export function useKeyRouter(
  keyMap: KeyMap,
  reader: Pick<ReaderHandle, 'current' | 'dispatch'>,
  /** Whether the search line's text input is subscribed to stdin (see `SearchInput.tsx`). */
  searchListening: () => boolean,
): void {
  const { current, dispatch } = reader;
  const handler = useCallback(
    (input: string, key: Parameters<Parameters<typeof useInput>[0]>[1]) => {
      // The text input gets this chunk only if it was listening before it arrived.
      const inputHadIt = inputContext(current()) === 'search' && searchListening();
      for (const name of keyNames(input, key)) {
        const state = current();
        if (state.quitting) return;
        const context = inputContext(state);
        if (context === 'search' && isPrintable(name)) {
          if (!inputHadIt && state.search.mode === 'editing') {
            // `/abc` in one chunk, or `abc` right after `/`: no text input listened, so type here.
            dispatch({ type: 'search.change', query: state.search.query + (name === 'space' ? ' ' : name) });
          }
          continue;
        }
        const command = commandFor(keyMap, context, name);
        if (command) dispatch({ type: 'command', command });
      }
    },
    [keyMap, current, dispatch, searchListening],
  );
  useInput(handler);
}
