import { Box, Text } from 'ink';
import type { SectionRow } from '../state/selectors.js';
import { PaneTitle } from './PaneTitle.js';
import { displayWidth, padToWidth, truncateToWidth } from '../library/text/text-width.js';
import { useTheme } from './use-theme.js';
import { painter } from './styled-text.js';
import type { Theme } from '../render/theme.js';

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

/**
 * One row, styled as its `Text` with a span for the count was: the selected row in
 * `ui.selected` (`ui.selectedBlur` without focus), else the count in `status.unread` (some
 * unread) or `text.muted`. Exactly `width` columns, so the one `Text` never wraps a row.
 */
function paintSectionRow(row: SectionRow, width: number, selected: boolean, focused: boolean, theme: Theme): string {
  const count = sectionCount(row, width);
  const label = padToWidth(` ${row.label}`, Math.max(0, width - displayWidth(count) - 1));
  const paintSelected = painter(theme[focused ? 'ui.selected' : 'ui.selectedBlur']);
  // A count wider than the pane (12 columns at least, panes.ts) is cut, in the row's own look.
  if (displayWidth(label) + displayWidth(count) + 1 > width) {
    const cut = truncateToWidth(`${label}${count} `, width);
    return selected ? paintSelected(cut) : cut;
  }
  if (selected) return paintSelected(`${label}${count} `);
  return `${label}${painter(theme[row.unread > 0 ? 'status.unread' : 'text.muted'])(count)} `;
}

/**
 * The section list with unread/total counts, windowed: ONE `Text` of pre-styled rows, as in
 * HeadlineList (issue 10), not a `Text` and a span per row.
 */
export function SectionList({ rows, selected, top, height, width, focused }: SectionListProps) {
  const theme = useTheme();
  const text = rows.slice(top, top + height)
    .map((row, i) => paintSectionRow(row, width, top + i === selected, focused, theme))
    .join('\n');
  return (
    <Box flexDirection="column" width={width} height={height + 1} overflow="hidden">
      <PaneTitle text="Sections" width={width} focused={focused} />
      {text !== '' ? <Text>{text}</Text> : null}
    </Box>
  );
}
