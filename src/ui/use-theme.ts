import { createContext, useContext } from 'react';
import { makeTheme, noColorRequested, type Theme } from '../render/theme.js';

/** The theme components read; App provides it, tests may provide another. */
export const ThemeContext = createContext<Theme>(makeTheme(noColorRequested()));

/** The theme provided by the nearest `ThemeContext` (colours off under `NO_COLOR`). */
export function useTheme(): Theme {
  return useContext(ThemeContext);
}
