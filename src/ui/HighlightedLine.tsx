import { Text } from 'ink';
import type { Highlight } from '../state/article-find.js';
import type { Theme, Token } from '../render/theme.js';

/** Props of {@link HighlightedLine}. */
export interface HighlightedLineProps {
  text: string;
  /** Put before the text (the pane's margin). */
  margin: string;
  token: Token;
  /** Parts of `text` to mark, in order, not overlapping. */
  highlights: readonly Highlight[];
  theme: Theme;
}

/** One article line with the matches of `/` marked (`text.match`, the current one `text.matchCurrent`). */
export function HighlightedLine({ text, margin, token, highlights, theme }: HighlightedLineProps) {
  const pieces = [];
  let at = 0;
  for (const [i, h] of highlights.entries()) {
    if (h.start > at) pieces.push(<Text key={`t${i}`}>{text.slice(at, h.start)}</Text>);
    pieces.push(<Text key={`m${i}`} {...theme[h.current ? 'text.matchCurrent' : 'text.match']}>{text.slice(h.start, h.end)}</Text>);
    at = h.end;
  }
  return (
    <Text {...theme[token]} wrap="truncate">
      {margin}
      {pieces}
      {text.slice(at)}
    </Text>
  );
}
