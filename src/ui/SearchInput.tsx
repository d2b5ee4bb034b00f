import { EventEmitter } from 'node:events';
import TextInput from 'ink-text-input';
import { useLayoutEffect, useMemo, useState } from 'react';
// Ink exports the context's type but not the context; this is the same module Ink's own
// `useStdin` reads (one file, one module instance), so the provider below reaches TextInput.
import StdinContext from '../../node_modules/ink/build/components/StdinContext.js';

/** Props of {@link SearchInput}. */
export interface SearchInputProps {
  /** The whole query. */
  value: string;
  /** Where the cursor is in `value` (a UTF-16 index, as in the state). */
  cursor: number;
  /** True while the line has the keys (search `editing`); set from state, never left to default. */
  focus: boolean;
  /** Shown while the line is empty. */
  placeholder?: string;
}

/**
 * The search line's text and cursor, drawn by ink-text-input from the state. The key router
 * edits the line (see `use-key-router.ts`): ink-text-input's own key handling reads its value
 * and cursor from its last render, so two keys in one chunk would both edit the same old text
 * (the bug of issue 12). Here it listens to a private input stream that never speaks, and only
 * draws. It has no cursor prop; its cursor starts at the end of the text it is mounted with and
 * stays put when the text grows. So for each new (text, cursor) it is mounted with the text up
 * to the cursor, and given the whole text in the layout effect right after: its block cursor
 * then sits on the character under the cursor, as in readline.
 */
export function SearchInput({ value, cursor, focus, placeholder = 'search headlines and text' }: SearchInputProps) {
  const silent = useMemo(
    () => ({
      stdin: process.stdin,
      internal_eventEmitter: new EventEmitter(),
      setRawMode: () => {},
      isRawModeSupported: false,
      internal_exitOnCtrlC: false,
    }),
    [],
  );
  const target = `${cursor}:${value}`;
  const [placed, setPlaced] = useState<string | null>(null);
  useLayoutEffect(() => {
    if (placed !== target) setPlaced(target);
  }, [placed, target]);
  const shown = placed === target ? value : value.slice(0, cursor);
  return (
    <StdinContext.Provider value={silent}>
      <TextInput key={target} value={shown} onChange={ignore} focus={focus} placeholder={placeholder} />
    </StdinContext.Provider>
  );
}

const ignore = () => {};
