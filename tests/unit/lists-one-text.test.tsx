/**
 * Issue 10: the headline list, the section list and the status bar draw their rows as ONE
 * `Text` of rows styled beforehand (src/ui/styled-text.ts) instead of a `Text` per row with
 * nested spans. A user must see exactly what they saw before: each is drawn by Ink next to the
 * old way of drawing it, and the frames Ink writes are compared byte for byte (characters,
 * colours, attributes), at chalk's three colour levels, with a recoloured theme (named, hex,
 * ansi256 and rgb colours), under NO_COLOR, and with FORCE_COLOR=0 (no styles). The strings'
 * own bytes are checked against Ink's `Text` in styled-text.test.tsx.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { chalk, COLOUR_LEVEL, frame, THEMES, type Theme } from '../helpers/styled-frames.js';
import type { ArticleSummary } from '../../src/library/model/library.js';
import type { ArticleState } from '../../src/store/reading-store.js';
import type { SectionRow } from '../../src/state/selectors.js';

const { Box, Text } = await import('ink');
const { HeadlineList, STAR_MARK, UNREAD_MARK } = await import('../../src/ui/HeadlineList.js');
const { SectionList, sectionCount } = await import('../../src/ui/SectionList.js');
const { StatusBar, statusPieces } = await import('../../src/ui/StatusBar.js');
type StatusBarProps = Parameters<typeof statusPieces>[0];
const { PaneTitle } = await import('../../src/ui/PaneTitle.js');
const { makeTheme } = await import('../../src/render/theme.js');
const { dateColumnWidth, dateLabel } = await import('../../src/state/date-column.js');
const { displayWidth, padToWidth } = await import('../../src/library/text/text-width.js');

afterEach(() => {
  chalk.level = COLOUR_LEVEL;
});

/** Each case at chalk's colour levels 3 (truecolor), 2 (256), 1 (16) and 0 (FORCE_COLOR=0). */
function expectSame(draw: (theme: Theme) => [React.ReactElement, React.ReactElement]): void {
  for (const level of [3, 2, 1, 0] as const) {
    chalk.level = level;
    for (const [name, theme] of THEMES) {
      const [got, want] = draw(theme).map((e) => frame(e, theme)) as [string, string];
      expect({ name, level, frame: got }).toEqual({ name, level, frame: want });
      // The comparison sees styles: at a colour level, the frame has them.
      expect(got.includes('\u001B[')).toBe(level > 0);
    }
  }
}

// ---- The headline list, against its old rows: a `Text` per row with spans for the marks. ----

function OldRow({ text, unread, starred, selected, focused, theme }: { text: string; unread: boolean; starred: boolean; selected: boolean; focused: boolean; theme: Theme }) {
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
}

const YEAR = new Date().getFullYear();
const item = (i: number): ArticleSummary =>
  ({ id: `a${i}`, headline: `Headline ${i}: Ünïcödé “quotes” — 東京 and €5, a longer one to cut`, published: i % 3 === 0 ? '' : `${YEAR - (i % 2)}-0${1 + (i % 9)}-1${i % 10}`, section: 'World', path: `a${i}.txt`, format: 'plain-text' }) as ArticleSummary;
const items = Array.from({ length: 12 }, (_, i) => item(i));
// Every look: read or not, starred or not.
const marks = new Map<string, ArticleState>(items.map((it, i) => [it.id, { read: i % 2 === 1, starred: i % 4 >= 2 } as ArticleState]));

function oldHeadlines(theme: Theme, width: number, top: number, height: number, selected: number, focused: boolean) {
  const dateWidth = dateColumnWidth(items, YEAR);
  return (
    <Box flexDirection="column" width={width} height={height + 1} overflow="hidden">
      <PaneTitle text="World" width={width} focused={focused} />
      {items.slice(top, top + height).map((it, i) => {
        const date = dateLabel(it.published, YEAR).padStart(dateWidth);
        const text = padToWidth(`${date} ${it.headline}`, Math.max(0, width - 3));
        return <OldRow key={it.id} text={text} unread={!marks.get(it.id)!.read} starred={marks.get(it.id)!.starred} selected={top + i === selected} focused={focused} theme={theme} />;
      })}
    </Box>
  );
}

describe('HeadlineList drawn as one Text', () => {
  it('shows what a Text per row showed: every mark, selected with and without focus, two widths', () => {
    for (const [width, top, selected, focused] of [[70, 0, 2, true], [40, 3, 7, false], [100, 1, 1, true]] as const) {
      expectSame((theme) => [
        <HeadlineList title="World" items={items} marks={marks} selected={selected} top={top} height={8} width={width} focused={focused} empty="None." />,
        oldHeadlines(theme, width, top, 8, selected, focused),
      ]);
    }
  });

  it('a window shorter than the pane, and an empty list', () => {
    expectSame((theme) => [
      <HeadlineList title="World" items={items} marks={marks} selected={11} top={9} height={8} width={60} focused empty="None." />,
      oldHeadlines(theme, 60, 9, 8, 11, true),
    ]);
    const empty = frame(<HeadlineList title="Empty" items={[]} marks={marks} selected={0} top={0} height={4} width={30} focused={false} empty="None." />, makeTheme(false));
    expect(empty.split('\n')[1]).toContain(' None.');
  });
});

// ---- The section list, against its old rows: a `Text` per row with a span for the count. ----

const sectionRows: SectionRow[] = [
  { kind: 'all', label: 'All', unread: 120, total: 400 },
  { kind: 'unread', label: 'Unread', unread: 120, total: 120 },
  { kind: 'starred', label: 'Starred', unread: 0, total: 3 },
  { kind: 'section', label: 'World and a very long section name', unread: 7, total: 90 },
  { kind: 'section', label: 'Empty', unread: 0, total: 0 },
  { kind: 'section', label: 'Ünïcödé 東京', unread: 0, total: 12 },
] as SectionRow[];

function oldSections(theme: Theme, width: number, top: number, height: number, selected: number, focused: boolean) {
  return (
    <Box flexDirection="column" width={width} height={height + 1} overflow="hidden">
      <PaneTitle text="Sections" width={width} focused={focused} />
      {sectionRows.slice(top, top + height).map((row, i) => {
        const count = sectionCount(row, width);
        const label = padToWidth(` ${row.label}`, Math.max(0, width - displayWidth(count) - 1));
        const isSelected = top + i === selected;
        const style = isSelected ? theme[focused ? 'ui.selected' : 'ui.selectedBlur'] : {};
        return (
          <Text key={row.label} {...style} wrap="truncate">
            {label}
            <Text {...(isSelected ? {} : theme[row.unread > 0 ? 'status.unread' : 'text.muted'])}>{count}</Text>
            {' '}
          </Text>
        );
      })}
    </Box>
  );
}

describe('SectionList drawn as one Text', () => {
  it('shows what a Text per row showed: counts in both forms, selected with and without focus', () => {
    for (const [width, top, height, selected, focused] of [[26, 0, 6, 3, true], [16, 1, 4, 2, false], [12, 0, 8, 0, true]] as const) {
      expectSame((theme) => [
        <SectionList rows={sectionRows} selected={selected} top={top} height={height} width={width} focused={focused} />,
        oldSections(theme, width, top, height, selected, focused),
      ]);
    }
  });
});

// ---- The status bar, against its old form: one `Text` with a span for each piece. ----

const hints = [{ key: 'j/k', label: 'move' }, { key: 'Enter', label: 'open' }, { key: '?', label: 'help' }];

function OldStatus({ props, theme }: { props: StatusBarProps; theme: Theme }) {
  const { left, pending, notice, gap, right } = statusPieces(props);
  return (
    <Box width={props.width} height={1} overflow="hidden">
      <Text wrap="truncate">
        <Text {...theme['status.bar']}>{left}</Text>
        <Text {...theme['text.warning']}>{pending}</Text>
        <Text {...theme['status.notice']}>{notice}</Text>
        {' '.repeat(gap)}
        <Text {...theme['text.muted']}>{right}</Text>
        {right ? ' ' : ''}
      </Text>
    </Box>
  );
}

describe('StatusBar drawn as one Text', () => {
  it('shows what a Text with a span per piece showed: counts, a notice, unsaved changes, hints, cut short', () => {
    const cases: StatusBarProps[] = [
      { label: '~/news', unread: 5, total: 9, position: '3/9', hints, notice: 'Marked 12 read', problems: 2, unsaved: 2, width: 100 },
      { label: '~/news', unread: 5, total: 9, position: '42%', hints, notice: null, problems: 0, width: 60 },
      { label: '~/a/long/library/path', unread: 5, total: 9, position: 'Top', hints, notice: 'A notice too long for the line it is on', problems: 0, unsaved: 1, width: 40 },
    ];
    for (const props of cases) expectSame((theme) => [<StatusBar {...props} />, <OldStatus props={props} theme={theme} />]);
  });
});
