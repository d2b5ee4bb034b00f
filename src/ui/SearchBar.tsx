import { Box, Text } from 'ink';
import { SearchInput } from './SearchInput.js';
import { truncateToWidth } from '../library/text/text-width.js';
import { useTheme } from './use-theme.js';

/** Props of {@link SearchBar}. */
export interface SearchBarProps {
  query: string;
  /** The cursor's place in `query`. */
  cursor: number;
  /** True while the query line has the keys (search `editing`); false once results are kept. */
  editing: boolean;
  /** Matches for the query; null when the query is empty. */
  results: number | null;
  /** Why the results may be incomplete (the library is still loading), or null. */
  caveat?: string | null;
  /** Shown while the line is empty. */
  placeholder?: string;
  width: number;
}

/** The search line: a text input while editing, a summary once the results are kept. */
export function SearchBar({ query, cursor, editing, results, caveat = null, placeholder, width }: SearchBarProps) {
  const theme = useTheme();
  const matches = results === null ? '' : results === 1 ? '1 match' : `${results} matches`;
  const count = caveat ? (matches ? `${matches} · ${caveat}` : caveat) : matches;
  if (!editing) {
    return (
      <Box width={width} height={1} overflow="hidden">
        <Text wrap="truncate">
          <Text {...theme['ui.key']}>/</Text>
          {truncateToWidth(`${query} — ${count} · Esc clears, / edits`, Math.max(0, width - 2))}
        </Text>
      </Box>
    );
  }
  return (
    <Box width={width} height={1} overflow="hidden">
      <Text {...theme['ui.key']}>/</Text>
      <Box flexGrow={1} overflow="hidden">
        {/* `focus` comes from state: only the search line may type while it has the keys. */}
        <SearchInput value={query} cursor={cursor} focus={editing} placeholder={placeholder} />
      </Box>
      <Text {...theme['text.muted']}> {count} </Text>
    </Box>
  );
}
