import { Box, Text } from 'ink';
import { memo } from 'react';
import type { ArticleSummary } from '../library/model/library.js';
import type { ArticleState } from '../store/reading-store.js';
import { dateColumnWidth, dateLabel } from '../state/date-column.js';
import { PaneTitle } from './PaneTitle.js';
import { padToWidth } from '../library/text/text-width.js';
import { useTheme } from './use-theme.js';
import { painter } from './styled-text.js';
import type { Theme } from '../render/theme.js';

/** Props of {@link HeadlineList}. */
export interface HeadlineListProps {
  /** The pane's title: the section's name or the search. */
  title: string;
  /** Every visible headline; only the window is drawn. */
  items: readonly ArticleSummary[];
  /** Read and starred marks by id. */
  marks: ReadonlyMap<string, ArticleState>;
  selected: number;
  /** First row of the window. */
  top: number;
  /** Rows of items (the title takes one more). */
  height: number;
  width: number;
  focused: boolean;
  /** Shown when there are no items. */
  empty: string;
}

/** Marks shown before a headline: unread dot, then star. */
export const UNREAD_MARK = '●';
/** See {@link UNREAD_MARK}. */
export const STAR_MARK = '★';

/** How a row looks, apart from its text. */
interface RowLook {
  unread: boolean;
  starred: boolean;
  selected: boolean;
  focused: boolean;
}

/**
 * A row's date and headline fitted to `room` columns, kept per headline for each width it was
 * drawn at: Enter and Esc switch the list between two widths, and fitting every row again (its
 * graphemes measured and cut) was a part of each switch's frame.
 */
const fitted = new WeakMap<ArticleSummary, Map<string, string>>();
function fittedRow(item: ArticleSummary, dateWidth: number, thisYear: number, room: number): string {
  let byWidth = fitted.get(item);
  if (byWidth === undefined) fitted.set(item, (byWidth = new Map()));
  const key = `${room} ${dateWidth} ${thisYear}`;
  let text = byWidth.get(key);
  if (text === undefined) {
    const date = dateLabel(item.published, thisYear).padStart(dateWidth);
    text = padToWidth(dateWidth > 0 ? `${date} ${item.headline}` : item.headline, room);
    // A few widths a headline: a terminal resized many times does not keep them all.
    if (byWidth.size >= 4) byWidth.clear();
    byWidth.set(key, text);
  }
  return text;
}

/**
 * One row, styled as its `Text` with nested spans was (styled-text.ts gives Ink's bytes): the
 * selected row in `ui.selected` (`ui.selectedBlur` without focus), a read row in `text.muted`,
 * the unread mark in `status.unread`, the star in `status.starred`.
 */
function paintRow(text: string, { unread, starred, selected, focused }: RowLook, theme: Theme): string {
  const marks = `${unread ? UNREAD_MARK : ' '}${starred ? STAR_MARK : ' '} `;
  if (selected) return painter(theme[focused ? 'ui.selected' : 'ui.selectedBlur'])(marks + text);
  const star = starred ? painter(theme['status.starred'])(STAR_MARK) : ' ';
  if (!unread) return painter(theme['text.muted'])(starred ? ` ${star} ${text}` : marks + text);
  return `${painter(theme['status.unread'])(UNREAD_MARK)}${star} ${text}`;
}

/**
 * The headline list: date, unread mark, star and headline, windowed. `memo`: a key that changes
 * another pane leaves this one alone. The window is ONE `Text` of pre-styled rows (issue 10):
 * as a `Text` per row, with spans for the marks, Enter and Esc (which switch the list between
 * two widths) re-created and re-measured some 38 row nodes; one `Text` is one Yoga measure. Rows
 * are fitted once per row and width (`fittedRow`), so nothing wraps or truncates them again.
 */
export const HeadlineList = memo(function HeadlineList(props: HeadlineListProps) {
  const { title, items, marks, selected, top, height, width, focused, empty } = props;
  const theme = useTheme();
  // The year shows where it is not the current one; the column fits the list's dates.
  const thisYear = new Date().getFullYear();
  const dateWidth = dateColumnWidth(items, thisYear);
  const visible = items.slice(top, top + height);
  const room = Math.max(0, width - 3);
  const rows = visible.map((item, i) => {
    const mark = marks.get(item.id);
    const look = { unread: !(mark?.read ?? false), starred: mark?.starred ?? false, selected: top + i === selected, focused };
    return paintRow(fittedRow(item, dateWidth, thisYear, room), look, theme);
  }).join('\n');
  return (
    <Box flexDirection="column" width={width} height={height + 1} overflow="hidden">
      <PaneTitle text={title} width={width} focused={focused} />
      {items.length === 0 ? <Text {...theme['text.muted']}>{padToWidth(` ${empty}`, width)}</Text> : null}
      {visible.length > 0 ? <Text>{rows}</Text> : null}
    </Box>
  );
});
