/**
 * Issue 10: the article pane draws its window as one text of runs (lines with the same look
 * joined) instead of one `Text` per line. It must show exactly what one `Text` per line showed:
 * both are drawn with Ink into a headless xterm, in colour, and compared cell by cell
 * (characters, colours, attributes), for body text, mixed looks, blank lines, matches of `/`, a
 * short window, a recoloured theme and `NO_COLOR`.
 */
import { describe, expect, it } from 'vitest';
import type { ArticleLine } from '../../src/render/article-lines.js';
import type { Highlight } from '../../src/state/article-find.js';
import { XtermStdout } from '../helpers/xterm-stdout.js';

// Colours on (chalk reads this when Ink loads), and Ink drawing every frame (CI=true draws only the last).
process.env.FORCE_COLOR = '3';
for (const key of Object.keys(process.env)) if (key === 'CI' || key === 'CONTINUOUS_INTEGRATION' || key.startsWith('CI_')) delete process.env[key];
const { Box, render, Text } = await import('ink');
const { ArticlePane } = await import('../../src/ui/ArticlePane.js');
const { HighlightedLine } = await import('../../src/ui/HighlightedLine.js');
const { PaneTitle } = await import('../../src/ui/PaneTitle.js');
const { ThemeContext } = await import('../../src/ui/use-theme.js');
const { makeTheme } = await import('../../src/render/theme.js');
type Theme = ReturnType<typeof makeTheme>;

/** The window as it was drawn before: one `Text` per line. */
function LinePerText({ visible, top, margin, theme, highlights }: { visible: ArticleLine[]; top: number; margin: string; theme: Theme; highlights?: ReadonlyMap<number, readonly Highlight[]> }) {
  return (
    <>
      {visible.map((line, i) => highlights?.has(top + i) ? (
        <HighlightedLine key={i} text={line.text} margin={margin} token={line.token} highlights={highlights.get(top + i)!} theme={theme} />
      ) : (
        <Text key={i} {...theme[line.token]} wrap="truncate">{line.text === '' ? ' ' : margin + line.text}</Text>
      ))}
    </>
  );
}

interface Case {
  lines: ArticleLine[];
  top: number;
  height: number;
  highlights?: ReadonlyMap<number, readonly Highlight[]>;
  theme: Theme;
}

const WIDTH = 60;
const READING = 50;
const MARGIN = ' '.repeat((WIDTH - READING) / 2);

async function draw(element: React.ReactElement, theme: Theme, rows: number): Promise<string[]> {
  const stdout = new XtermStdout(WIDTH, rows + 3);
  const app = render(<ThemeContext.Provider value={theme}>{element}</ThemeContext.Provider>, {
    stdout: stdout as unknown as NodeJS.WriteStream,
    patchConsole: false,
  });
  await new Promise((r) => setTimeout(r, 20));
  const cells = await stdout.cells();
  app.unmount();
  return cells;
}

async function compare({ lines, top, height, highlights, theme }: Case): Promise<void> {
  const pane = (
    <ArticlePane title="Title" lines={lines} top={top} height={height} width={WIDTH} readingWidth={READING}
      position="Top" focused message={null} highlights={highlights} />
  );
  // The same frame with the window drawn one Text per line: the pane's title and footer are its own.
  const reference = (
    <Box flexDirection="column" width={WIDTH} height={height + 2} overflow="hidden">
      <PaneTitle text="Title" width={WIDTH} focused />
      <Box flexDirection="column" height={height} overflow="hidden">
        <LinePerText visible={lines.slice(top, top + height)} top={top} margin={MARGIN} theme={theme} highlights={highlights} />
      </Box>
      <Text {...theme['text.muted']} wrap="truncate">{`${` line ${top + 1}/${lines.length}`.padEnd(WIDTH - 4)}Top `}</Text>
    </Box>
  );
  const got = await draw(pane, theme, height + 2);
  const want = await draw(reference, theme, height + 2);
  expect(got.filter((c, i) => c !== want[i])).toEqual([]);
  // And the comparison can see a difference: the window's text is there.
  expect(got.join('')).toContain(JSON.stringify(lines[top]!.text.slice(0, 1) || ' '));
}

const line = (text: string, token: ArticleLine['token'] = 'text.primary'): ArticleLine => ({ text, token, part: 0, at: 0 });
const body = Array.from({ length: 30 }, (_, i) => line(i % 6 === 5 ? '' : `Body line ${i} with Ünïcödé, “quotes” — and €5.`));
const mixed = [
  line('A Heading Over The Story', 'text.heading'),
  line(''),
  line('The standfirst, bold, says what happened.', 'text.standfirst'),
  line('and goes on a second line.', 'text.standfirst'),
  line(''),
  line('Body text of the first paragraph.'),
  line('Its second line.'),
  line(''),
  line('A caption in italics | Photo: Someone', 'text.caption'),
  line(''),
  line('│ A quoted line', 'text.quote'),
  line('│ and another', 'text.quote'),
  line('  code()', 'text.code'),
  line('  more()', 'text.code'),
  line(''),
  line('Related: Another Headline', 'text.related'),
];

describe('the article window drawn as one text of runs', () => {
  it('shows what one Text per line showed: body text, scrolled', async () => {
    for (const top of [0, 3, 5]) await compare({ lines: body, top, height: 20, theme: makeTheme(false) });
  });

  it('shows what one Text per line showed: headings, standfirst, captions, quotes, code, blank lines', async () => {
    for (const top of [0, 1, 4, 9]) await compare({ lines: mixed, top, height: 10, theme: makeTheme(false) });
  });

  it('shows what one Text per line showed: a window shorter than the pane', async () => {
    await compare({ lines: mixed, top: 12, height: 10, theme: makeTheme(false) });
  });

  it('shows what one Text per line showed: matches of / on some lines', async () => {
    const highlights = new Map<number, Highlight[]>([
      [5, [{ start: 0, end: 4, current: false }, { start: 10, end: 15, current: true }]],
      [6, [{ start: 4, end: 10, current: false }]],
      [12, [{ start: 2, end: 6, current: false }]],
    ]);
    await compare({ lines: mixed, top: 2, height: 12, highlights, theme: makeTheme(false) });
  });

  it('shows what one Text per line showed: a recoloured theme (blank lines keep their style) and NO_COLOR', async () => {
    await compare({ lines: mixed, top: 0, height: 14, theme: makeTheme(false, { 'text.primary': 'red', 'text.code': 'blue' }) });
    await compare({ lines: mixed, top: 0, height: 14, theme: makeTheme(true) });
  });
});
