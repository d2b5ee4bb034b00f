/**
 * Ink frames in colour, for tests that compare what two ways of drawing write byte for byte
 * (styled-text.test.tsx, lists-one-text.test.tsx). Import it before Ink, chalk or the ui: it
 * turns colours on first (chalk reads FORCE_COLOR when it loads, for Ink and for
 * src/ui/styled-text.ts alike). Tests that change `chalk.level` put back {@link COLOUR_LEVEL}.
 */
import type { ReactElement } from 'react';

process.env.FORCE_COLOR = '3';
const { render } = await import('ink-testing-library');
/** The chalk Ink and styled-text.ts share. */
export const chalk = (await import('chalk')).default;
const { ThemeContext } = await import('../../src/ui/use-theme.js');
const { makeTheme } = await import('../../src/render/theme.js');
export type Theme = ReturnType<typeof makeTheme>;

/** chalk's colour level as loaded (3: truecolor). */
export const COLOUR_LEVEL = chalk.level;

/** The bytes of the frame Ink draws for `element` under `theme`. */
export function frame(element: ReactElement, theme: Theme): string {
  const view = render(<ThemeContext.Provider value={theme}>{element}</ThemeContext.Provider>);
  const out = view.lastFrame() ?? '';
  view.unmount();
  return out;
}

/** The default theme, one recoloured with every colour form Ink takes, and NO_COLOR's. */
export const THEMES: Array<[string, Theme]> = [
  ['colours', makeTheme(false)],
  ['recoloured', makeTheme(false, { 'status.unread': '#ff8800', 'status.starred': 'ansi256(202)', 'text.muted': 'rgb(90, 90, 90)', 'ui.selected': 'blueBright', 'status.bar': 'bgRed' })],
  ['NO_COLOR', makeTheme(true)],
];
