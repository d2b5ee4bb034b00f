import { Box, Text } from 'ink';
import type { SectionRow } from '../state/selectors.js';
import { PaneTitle } from './PaneTitle.js';
import { displayWidth, padToWidth } from '../library/text/text-width.js';
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

/** Columns a section's name keeps before its count is shortened to the unread number alone. */
const MIN_LABEL = 9;

/**
 * A row's count: `unread/total` where the pane has room (issue 12), else the unread number;
 * blank for an empty row. Every row, Starred included, counts unread articles first.
 */
export function sectionCount(row: SectionRow, width: number): string {
  if (row.total === 0) return '';
  const both = ` ${row.unread}/${row.total}`;
  if (width - displayWidth(both) - 1 >= MIN_LABEL) return both;
  return row.unread > 0 ? ` ${row.unread}` : '';
}

/** The section list with unread/total counts, windowed. */
export function SectionList({ rows, selected, top, height, width, focused }: SectionListProps) {
  const theme = useTheme();
  const visible = rows.slice(top, top + height);
  return (
    <Box flexDirection="column" width={width} height={height + 1} overflow="hidden">
      <PaneTitle text="Sections" width={width} focused={focused} />
      {visible.map((row, i) => {
        const index = top + i;
        const count = sectionCount(row, width);
        const label = padToWidth(` ${row.label}`, Math.max(0, width - displayWidth(count) - 1));
        const isSelected = index === selected;
        const style = isSelected ? theme[focused ? 'ui.selected' : 'ui.selectedBlur'] : {};
        return (
          <Text key={`${row.kind}:${row.label}`} {...style} wrap="truncate">
            {label}
            <Text {...(isSelected ? {} : theme[row.unread > 0 ? 'status.unread' : 'text.muted'])}>{count}</Text>
            {' '}
          </Text>
        );
      })}
    </Box>
  );
}
