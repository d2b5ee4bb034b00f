/**
 * `painter` (src/ui/styled-text.ts) styles a string with the bytes Ink's `Text` writes for the
 * same props: the lists draw their rows as strings styled this way (issue 10), and a wrong byte
 * would be a wrong colour or attribute on screen. Checked against Ink itself, for every token of
 * the default, a recoloured (named, hex, ansi256, rgb) and the NO_COLOR theme, at chalk's colour
 * levels (0 is FORCE_COLOR=0: no styles at all).
 */
import { afterEach, describe, expect, it } from 'vitest';
import { chalk, COLOUR_LEVEL, frame, THEMES } from '../helpers/styled-frames.js';

const { Text } = await import('ink');
const { painter } = await import('../../src/ui/styled-text.js');
const { TOKENS } = await import('../../src/render/theme.js');

afterEach(() => {
  chalk.level = COLOUR_LEVEL;
});

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

