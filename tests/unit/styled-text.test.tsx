/**
 * `painter` (src/ui/styled-text.ts) styles a string with the bytes Ink's `Text` writes for the
 * same props: the lists draw their rows as strings styled this way (issue 10), and a wrong byte
 * would be a wrong colour or attribute on screen. Checked against Ink itself, for every token of
 * the default, a recoloured (named, hex, ansi256, rgb) and the NO_COLOR theme, at chalk's colour
 * levels (0 is FORCE_COLOR=0: no styles at all).
 */
import { afterEach, describe, expect, it } from 'vitest';

// Colours on (chalk reads this when it loads, for Ink and for styled-text.ts alike).
process.env.FORCE_COLOR = '3';
const { Text } = await import('ink');
const { render } = await import('ink-testing-library');
const chalk = (await import('chalk')).default;
const { painter } = await import('../../src/ui/styled-text.js');
const { ThemeContext } = await import('../../src/ui/use-theme.js');
const { makeTheme, TOKENS } = await import('../../src/render/theme.js');
type Theme = ReturnType<typeof makeTheme>;

const LEVEL = chalk.level;
afterEach(() => {
  chalk.level = LEVEL;
});

/** The bytes of the frame Ink draws for `element`. */
function frame(element: React.ReactElement, theme: Theme): string {
  const view = render(<ThemeContext.Provider value={theme}>{element}</ThemeContext.Provider>);
  const out = view.lastFrame() ?? '';
  view.unmount();
  return out;
}

const THEMES: Array<[string, Theme]> = [
  ['colours', makeTheme(false)],
  ['recoloured', makeTheme(false, { 'status.unread': '#ff8800', 'status.starred': 'ansi256(202)', 'text.muted': 'rgb(90, 90, 90)', 'ui.selected': 'blueBright', 'status.bar': 'bgRed' })],
  ['NO_COLOR', makeTheme(true)],
];

describe('painter', () => {
  it('styles a string as Ink’s Text does, for every token of every theme and colour level', () => {
    for (const level of [3, 2, 1, 0] as const) {
      chalk.level = level;
      for (const [, theme] of THEMES) {
        for (const token of TOKENS) {
          const style = theme[token];
          expect(frame(<Text>{painter(style)('Tëxt ●')}</Text>, theme)).toBe(frame(<Text {...style}>Tëxt ●</Text>, theme));
        }
      }
    }
  });

  it('writes the bytes Ink writes: dim, then colour, then bold, ..., then inverse', () => {
    chalk.level = 3;
    expect(painter({ color: 'green', bold: true })('●')).toBe('\u001B[1m\u001B[32m●\u001B[39m\u001B[22m');
    expect(painter({ inverse: true, color: 'cyan' })('x')).toBe('\u001B[7m\u001B[36mx\u001B[39m\u001B[27m');
    expect(painter({ dimColor: true, color: '#ff0000' })('x')).toBe('\u001B[38;2;255;0;0m\u001B[2mx\u001B[22m\u001B[39m');
    expect(painter({})('x')).toBe('x');
    chalk.level = 0;
    expect(painter({ color: 'green', bold: true })('●')).toBe('●');
  });
});

