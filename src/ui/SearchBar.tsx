import { Box, Text } from 'ink';
import { useRef } from 'react';
import { SearchInput } from './SearchInput.js';
import { truncate } from '../library/text/text-fit.js';
import { useTheme } from './use-theme.js';

/** Props of {@link SearchBar}. */
export interface SearchBarProps {
  query: string;
  /** True while the query line has the keys (search `editing`); false once results are kept. */
  editing: boolean;
  /** Matches for the query; null when the query is empty. */
  results: number | null;
  /** Why the results may be incomplete (the library is still loading), or null. */
  caveat?: string | null;
  onChange: (query: string) => void;
  /** See {@link SearchInput}: whether the text input is subscribed to stdin yet. */
  onListening?: (listening: boolean) => void;
  width: number;
}

/** The search line: a text input while editing, a summary once the results are kept. */
export function SearchBar({ query, editing, results, caveat = null, onChange, onListening, width }: SearchBarProps) {
  const theme = useTheme();
  // When the query changes from outside the input (keys typed before it listened), remount it,
  // so its cursor goes to the end of the new text instead of staying where it was.
  const reported = useRef(query);
  const generation = useRef(0);
  if (query !== reported.current) {
    generation.current += 1;
    reported.current = query;
  }
  const change = (value: string) => {
    reported.current = value;
    onChange(value);
  };
  const matches = results === null ? '' : results === 1 ? '1 match' : `${results} matches`;
  const count = caveat ? (matches ? `${matches} · ${caveat}` : caveat) : matches;
  if (!editing) {
    return (
      <Box width={width} height={1} overflow="hidden">
        <Text wrap="truncate">
          <Text {...theme['ui.key']}>/</Text>
          {truncate(`${query} — ${count} · Esc clears, / edits`, Math.max(0, width - 2))}
        </Text>
      </Box>
    );
  }
  return (
    <Box width={width} height={1} overflow="hidden">
      <Text {...theme['ui.key']}>/</Text>
      <Box flexGrow={1} overflow="hidden">
        {/* `focus` comes from state: only the search line may type while it has the keys. */}
        <SearchInput key={generation.current} value={query} onChange={change} focus={editing} onListening={onListening} />
      </Box>
      <Text {...theme['text.muted']}> {count} </Text>
    </Box>
  );
}
