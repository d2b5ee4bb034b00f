import { Box, Text } from 'ink';
import type { ReactNode } from 'react';
import type { Theme, Token } from '../render/theme.js';
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

/**
 * The window's lines as ONE text (issue 10): paging gives every visible line new text, and as
 * one `Text` per line each was a React update, a Yoga measure and a write of its own. Here the
 * window is one text of runs, consecutive lines with the same look joined by line breaks (a
 * page of body text is one string), and a line with matches of `/` a run of its own. Lines are
 * fitted to the pane already (`article-lines.ts`), so nothing is wrapped or truncated again; a
 * blank line is one space in its own style, as it was when drawn alone.
 */
function windowText(visible: readonly ArticleLine[], top: number, margin: string, theme: Theme, highlights?: ReadonlyMap<number, readonly Highlight[]>): ReactNode[] {
  const runs: ReactNode[] = [];
  let run: string[] = [];
  let token: Token | null = null;
  const close = () => {
    if (token === null) return;
    const text = run.join('\n');
    const style = theme[token];
    runs.push(Object.keys(style).length === 0 ? text : <Text key={runs.length} {...style}>{text}</Text>, '\n');
    run = [];
    token = null;
  };
  visible.forEach((line, i) => {
    const marks = highlights?.get(top + i);
    if (marks !== undefined) {
      close();
      runs.push(<HighlightedLine key={runs.length} text={line.text} margin={margin} token={line.token} highlights={marks} theme={theme} />, '\n');
      return;
    }
    if (token !== line.token) close();
    token = line.token;
    run.push(line.text === '' ? ' ' : margin + line.text);
  });
  close();
  runs.pop();
  return runs;
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
        ) : visible.length > 0 ? (
          <Text>{windowText(visible, top, margin, theme, highlights)}</Text>
        ) : null}
      </Box>
      <Text {...theme['text.muted']} wrap="truncate">
        {padToWidth(footerLeft, Math.max(0, width - displayWidth(footerRight)))}
        {footerRight}
      </Text>
    </Box>
  );
}
