import { useCallback, useRef, useState } from 'react';
import { reducer } from '../state/reducer.js';
import type { Action, ReaderState } from '../state/state.js';

/** The reader's state, its dispatch, and a getter for the newest state (for the key router). */
export interface ReaderHandle {
  state: ReaderState;
  dispatch: (action: Action) => void;
  /** The state after every action dispatched so far, even within one stdin chunk. */
  current: () => ReaderState;
  /** Runs `fn` (which may dispatch many times) and renders once at its end: one frame per chunk. */
  batch: (fn: () => void) => void;
}

/**
 * `useReducer` with an effect at the edge: `onChange(before, after)` runs synchronously inside
 * dispatch, so a key's store writes have happened when the key has been handled. The newest
 * state lives in a ref, so several keys in one chunk each see the state the previous one left
 * (no stale closure, no `index + 1` on an old value).
 */
export function useReader(
  init: () => ReaderState,
  onChange: (before: ReaderState, after: ReaderState, dispatch: (action: Action) => void) => void,
): ReaderHandle {
  const ref = useRef<ReaderState | null>(null);
  ref.current ??= init();
  const [state, setState] = useState<ReaderState>(ref.current);
  const changed = useRef(onChange);
  changed.current = onChange;
  const current = useCallback(() => ref.current as ReaderState, []);
  const batching = useRef(0);
  const dispatch = useCallback((action: Action) => {
    const before = ref.current as ReaderState;
    const after = reducer(before, action);
    if (after === before) return;
    ref.current = after;
    changed.current(before, after, dispatch);
    // onChange may have dispatched again: show the newest state, not `after`.
    if (batching.current === 0) setState(ref.current);
  }, []);
  const batch = useCallback((fn: () => void) => {
    batching.current++;
    try {
      fn();
    } finally {
      batching.current--;
      if (batching.current === 0) setState(ref.current as ReaderState);
    }
  }, []);
  return { state, dispatch, current, batch };
}
