/**
 * Text styled as Ink's `Text` would style it, as a string: a list drawn as ONE `Text` of
 * pre-styled rows (issue 10) is one node for React and one measure for Yoga, where a `Text` per
 * row (with nested spans for its marks) was dozens of each on every switch of the list's width.
 *
 * The bytes must be Ink's own: the same chalk instance Ink uses (so the same colour level, and
 * `FORCE_COLOR=0` writes no styles at all), and the same steps in the same order as Ink 6.8's
 * `Text` (build/components/Text.js) and its `colorize` (build/colorize.js).
 */
import chalk from 'chalk';
import type { TokenStyle } from '../render/theme.js';

/** Styles a string as Ink's `Text` with the same props would. */
export type Paint = (text: string) => string;

const RGB = /^rgb\(\s?(\d+),\s?(\d+),\s?(\d+)\s?\)$/;
const ANSI256 = /^ansi256\(\s?(\d+)\s?\)$/;

type Layer = 'foreground' | 'background';

/** Ink's `colorize`: a chalk colour name, `#rrggbb`, `ansi256(n)` or `rgb(r,g,b)`; anything else leaves the text as it is. */
function colorize(text: string, color: string, layer: Layer): string {
  const fg = layer === 'foreground';
  if (color in chalk) {
    const name = (fg ? color : `bg${color[0]!.toUpperCase()}${color.slice(1)}`) as keyof typeof chalk;
    return (chalk[name] as (s: string) => string)(text);
  }
  if (color.startsWith('#')) return fg ? chalk.hex(color)(text) : chalk.bgHex(color)(text);
  if (color.startsWith('ansi256')) {
    const m = ANSI256.exec(color);
    if (!m) return text;
    return fg ? chalk.ansi256(Number(m[1]))(text) : chalk.bgAnsi256(Number(m[1]))(text);
  }
  if (color.startsWith('rgb')) {
    const m = RGB.exec(color);
    if (!m) return text;
    const [r, g, b] = [Number(m[1]), Number(m[2]), Number(m[3])];
    return fg ? chalk.rgb(r, g, b)(text) : chalk.bgRgb(r, g, b)(text);
  }
  return text;
}

/** Unstyled text: a token with no props (`text.primary`) costs nothing. */
const plain: Paint = (text) => text;

const painters = new WeakMap<TokenStyle, Paint>();

/**
 * The painter for a token's style, made once per style object (a theme's tokens are fixed).
 * Chalk's colour level is read when it paints, not here, as Ink's `Text` does.
 */
export function painter(style: TokenStyle): Paint {
  let paint = painters.get(style);
  if (paint !== undefined) return paint;
  const { color, backgroundColor, dimColor, bold, italic, underline, inverse } = style;
  const strikethrough = (style as { strikethrough?: boolean }).strikethrough;
  const any = color || backgroundColor || dimColor || bold || italic || underline || strikethrough || inverse;
  // Ink's order: dim, colour, background, bold, italic, underline, strikethrough, inverse.
  paint = !any ? plain : (text: string) => {
    if (text === '') return text;
    let s = text;
    if (dimColor) s = chalk.dim(s);
    if (color) s = colorize(s, color, 'foreground');
    if (backgroundColor) s = colorize(s, backgroundColor, 'background');
    if (bold) s = chalk.bold(s);
    if (italic) s = chalk.italic(s);
    if (underline) s = chalk.underline(s);
    if (strikethrough) s = chalk.strikethrough(s);
    if (inverse) s = chalk.inverse(s);
    return s;
  };
  painters.set(style, paint);
  return paint;
}
