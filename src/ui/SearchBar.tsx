import { Box, Text } from 'ink';
import TextInput from 'ink-text-input';
import { truncate } from './text-fit.js';
import { useTheme } from './use-theme.js';

/** Props of {@link SearchBar}. */
export interface SearchBarProps {
  query: string;
  /** True while the query line has the keys (search `editing`); false once results are kept. */
  editing: boolean;
  /** Matches for the query; null when the query is empty. */
  results: number | null;
  onChange: (query: string) => void;
  width: number;
}

/** The search line: a text input while editing, a summary once the results are kept. */
export function SearchBar({ query, editing, results, onChange, width }: SearchBarProps) {
  const theme = useTheme();
  const count = results === null ? '' : results === 1 ? '1 match' : `${results} matches`;
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
        <TextInput value={query} onChange={onChange} focus={editing} placeholder="search headlines and text" />
      </Box>
      <Text {...theme['text.muted']}> {count} </Text>
    </Box>
  );
}
