import TextInput from 'ink-text-input';
import { useEffect, useLayoutEffect, useRef } from 'react';

/** Props of {@link SearchInput}. */
export interface SearchInputProps {
  value: string;
  onChange: (value: string) => void;
  /** True while the line has the keys (search `editing`); set from state, never left to default. */
  focus: boolean;
  /**
   * Told `true` once the text input is subscribed to stdin, `false` as soon as it goes. Its
   * subscription is a passive effect, so keys that arrive between the render that shows the
   * line and that effect would reach no one; the router types those itself until it hears `true`.
   */
  onListening?: (listening: boolean) => void;
}

/** ink-text-input, reporting when it actually listens. */
export function SearchInput({ value, onChange, focus, onListening }: SearchInputProps) {
  const alive = useRef(true);
  // Layout cleanups run synchronously in the commit that removes this input, while its stdin
  // subscription lingers until the passive cleanup: from here on it must neither count as
  // listening nor change the query with its stale value.
  useLayoutEffect(() => {
    alive.current = true;
    return () => {
      alive.current = false;
      onListening?.(false);
    };
  }, [onListening]);
  // Child effects run first: by the time this runs, TextInput's useInput has subscribed.
  useEffect(() => {
    onListening?.(focus);
  }, [focus, onListening]);
  const change = (next: string) => {
    if (alive.current) onChange(next);
  };
  return <TextInput value={value} onChange={change} focus={focus} placeholder="search headlines and text" />;
}
