import { useContext } from 'react';
import { ThemeContext, type Theme } from './theme.js';

/** The theme provided by the nearest `ThemeContext` (colours off under `NO_COLOR`). */
export function useTheme(): Theme {
  return useContext(ThemeContext);
}
