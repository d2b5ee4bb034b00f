import { Box, Text } from 'ink';
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


/** The headline list: date, unread mark, star and headline, windowed. */
export function HeadlineList(props: HeadlineListProps) {
  const { title, items, marks, selected, top, height, width, focused, empty } = props;
  const theme = useTheme();
  // The year shows where it is not the current one; the column fits the list's dates.
  const thisYear = new Date().getFullYear();
  const dateWidth = dateColumnWidth(items, thisYear);
  const visible = items.slice(top, top + height);
  return (
    <Box flexDirection="column" width={width} height={height + 1} overflow="hidden">
      <PaneTitle text={title} width={width} focused={focused} />
      {items.length === 0 ? (
        <Text {...theme['text.muted']} wrap="truncate">{padToWidth(` ${empty}`, width)}</Text>
      ) : null}
      {visible.map((item, i) => {
        const mark = marks.get(item.id);
        const unread = !(mark?.read ?? false);
        const isSelected = top + i === selected;
        const style = isSelected ? theme[focused ? 'ui.selected' : 'ui.selectedBlur'] : {};
        const date = dateLabel(item.published, thisYear).padStart(dateWidth);
        const prefix = `${unread ? UNREAD_MARK : ' '}${mark?.starred ? STAR_MARK : ' '} `;
        const rest = padToWidth(dateWidth > 0 ? `${date} ${item.headline}` : item.headline, Math.max(0, width - 3));
        return (
          <Text key={item.id} {...style} wrap="truncate">
            <Text {...(isSelected ? {} : theme[unread ? 'status.unread' : 'text.muted'])}>{prefix.slice(0, 1)}</Text>
            <Text {...(isSelected ? {} : theme['status.starred'])}>{prefix.slice(1, 2)}</Text>
            {' '}
            <Text {...(isSelected || unread ? {} : theme['text.muted'])}>{rest}</Text>
          </Text>
        );
      })}
    </Box>
  );
}
