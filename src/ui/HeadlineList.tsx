import { Box, Text } from 'ink';
import { memo } from 'react';
import type { ArticleSummary } from '../library/model/library.js';
import type { ArticleState } from '../store/reading-store.js';
import { dateColumnWidth, dateLabel } from '../state/date-column.js';
import { PaneTitle } from './PaneTitle.js';
import { padToWidth } from '../library/text/text-width.js';
import { useTheme } from './use-theme.js';

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


/** Props of one headline row: plain values only, so a row whose look did not change is skipped. */
interface RowProps {
  item: ArticleSummary;
  /** Columns of the date column (0: no dates in this list). */
  dateWidth: number;
  thisYear: number;
  /** Columns for the date and headline, after the two marks and a space. */
  room: number;
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
 * One headline row. `memo`: moving the selection draws the row it leaves and the row it
 * reaches again, not the window. The date and headline are fitted once per row and width
 * (`fittedRow`), and no `wrap="truncate"` measures them a second time. As few styled spans as
 * its look needs: one for a selected row or a read one without a star, up to three otherwise.
 */
const HeadlineRow = memo(function HeadlineRow({ item, dateWidth, thisYear, room, unread, starred, selected, focused }: RowProps) {
  const theme = useTheme();
  const text = fittedRow(item, dateWidth, thisYear, room);
  const marks = `${unread ? UNREAD_MARK : ' '}${starred ? STAR_MARK : ' '} `;
  if (selected) return <Text {...theme[focused ? 'ui.selected' : 'ui.selectedBlur']}>{marks + text}</Text>;
  const star = starred ? <Text {...theme['status.starred']}>{STAR_MARK}</Text> : ' ';
  if (!unread) {
    return starred ? <Text {...theme['text.muted']}>{' '}{star}{` ${text}`}</Text> : <Text {...theme['text.muted']}>{marks + text}</Text>;
  }
  return (
    <Text>
      <Text {...theme['status.unread']}>{UNREAD_MARK}</Text>
      {star}
      {` ${text}`}
    </Text>
  );
});

/**
 * The headline list: date, unread mark, star and headline, windowed. `memo`: a key that changes
 * another pane leaves this one alone.
 */
export const HeadlineList = memo(function HeadlineList(props: HeadlineListProps) {
  const { title, items, marks, selected, top, height, width, focused, empty } = props;
  const theme = useTheme();
  // The year shows where it is not the current one; the column fits the list's dates.
  const thisYear = new Date().getFullYear();
  const dateWidth = dateColumnWidth(items, thisYear);
  const visible = items.slice(top, top + height);
  const room = Math.max(0, width - 3);
  return (
    <Box flexDirection="column" width={width} height={height + 1} overflow="hidden">
      <PaneTitle text={title} width={width} focused={focused} />
      {items.length === 0 ? <Text {...theme['text.muted']}>{padToWidth(` ${empty}`, width)}</Text> : null}
      {visible.map((item, i) => {
        const mark = marks.get(item.id);
        return (
          <HeadlineRow key={item.id} item={item} dateWidth={dateWidth} thisYear={thisYear} room={room}
            unread={!(mark?.read ?? false)} starred={mark?.starred ?? false} selected={top + i === selected} focused={focused} />
        );
      })}
    </Box>
  );
});
