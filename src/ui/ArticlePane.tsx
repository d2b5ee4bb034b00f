import { Box, Text } from 'ink';
import type { ArticleLine } from '../render/article-lines.js';
import { PaneTitle } from './PaneTitle.js';
import { displayWidth, padToWidth } from '../library/text/text-width.js';
import { useTheme } from './use-theme.js';
import type { Highlight } from '../state/article-find.js';
import { HighlightedLine } from './HighlightedLine.js';

/** Props of {@link ArticlePane}. */
export interface ArticlePaneProps {
  /** The pane's title (the article's headline, or what the pane is waiting for). */
  title: string;
  /** All the article's lines, wrapped to `readingWidth`; only the window is drawn. */
  lines: readonly ArticleLine[];
  /** First visible line. */
  top: number;
  /** Text rows (title and footer take one more each). */
  height: number;
  width: number;
  readingWidth: number;
  /** `Top`, `Bot`, `All` or a percentage. */
  position: string;
  focused: boolean;
  /** Shown instead of lines when there are none (loading, unreadable, nothing open). */
  message: string | null;
  /** Matches of the article's search on the visible lines, by line index. */
  highlights?: ReadonlyMap<number, readonly Highlight[]>;
}

/** The article pane: a window of pre-wrapped lines, centred, with its position in the footer. */
export function ArticlePane(props: ArticlePaneProps) {
  const { title, lines, top, height, width, readingWidth, position, focused, message, highlights } = props;
  const theme = useTheme();
  const margin = ' '.repeat(Math.max(1, Math.floor((width - readingWidth) / 2)));
  const visible = lines.slice(top, top + height);
  const footerRight = message === null ? `${position} ` : '';
  const footerLeft = message === null && lines.length > 0 ? ` line ${top + 1}/${lines.length}` : '';
  return (
    <Box flexDirection="column" width={width} height={height + 2} overflow="hidden">
      <PaneTitle text={title} width={width} focused={focused} />
      <Box flexDirection="column" height={height} overflow="hidden">
        {message !== null ? (
          <Text {...theme['text.muted']} wrap="truncate">{padToWidth(`${margin}${message}`, width)}</Text>
        ) : (
          visible.map((line, i) => highlights?.has(top + i) ? (
            <HighlightedLine key={i} text={line.text} margin={margin} token={line.token} highlights={highlights.get(top + i)!} theme={theme} />
          ) : (
            <Text key={i} {...theme[line.token]} wrap="truncate">
              {line.text === '' ? ' ' : margin + line.text}
            </Text>
          ))
        )}
      </Box>
      <Text {...theme['text.muted']} wrap="truncate">
        {padToWidth(footerLeft, Math.max(0, width - displayWidth(footerRight)))}
        {footerRight}
      </Text>
    </Box>
  );
}
