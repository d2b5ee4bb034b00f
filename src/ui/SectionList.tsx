import { Box, Text } from 'ink';
import type { SectionRow } from '../state/selectors.js';
import { PaneTitle } from './PaneTitle.js';
import { displayWidth, fit } from '../library/text/text-fit.js';
import { useTheme } from './use-theme.js';

/** Props of {@link SectionList}. */
export interface SectionListProps {
  /** Every row (All, Unread, Starred, sections); only the window is drawn. */
  rows: readonly SectionRow[];
  selected: number;
  /** First row of the window. */
  top: number;
  /** Rows of items (the title takes one more). */
  height: number;
  width: number;
  focused: boolean;
}

/** The section list with unread counts, windowed. */
export function SectionList({ rows, selected, top, height, width, focused }: SectionListProps) {
  const theme = useTheme();
  const visible = rows.slice(top, top + height);
  return (
    <Box flexDirection="column" width={width} height={height + 1} overflow="hidden">
      <PaneTitle text="Sections" width={width} focused={focused} />
      {visible.map((row, i) => {
        const index = top + i;
        // Starred shows how many are starred; every other row, how many are unread.
        const shown = row.kind === 'starred' ? row.total : row.unread;
        const count = shown > 0 ? ` ${shown}` : '';
        const label = fit(` ${row.label}`, Math.max(0, width - displayWidth(count) - 1));
        const isSelected = index === selected;
        const style = isSelected ? theme[focused ? 'ui.selected' : 'ui.selectedBlur'] : {};
        return (
          <Text key={`${row.kind}:${row.label}`} {...style} wrap="truncate">
            {label}
            <Text {...(isSelected ? {} : theme[row.kind === 'starred' ? 'status.starred' : 'status.unread'])}>{count}</Text>
            {' '}
          </Text>
        );
      })}
    </Box>
  );
}
