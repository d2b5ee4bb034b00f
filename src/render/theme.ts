/**
 * Semantic colour tokens: components ask for `text.muted` or `ui.focus`, never for a colour.
 * A config file may recolour tokens. `NO_COLOR` (any non-empty value, https://no-color.org) or
 * `FORCE_COLOR=0` drops every colour and keeps the attributes (bold, italic, inverse) that carry
 * meaning without colour.
 *
 * Pure data and functions (no React): the config validator, the renderers and the Ink
 * components all read these tokens; `ui/use-theme.ts` provides the theme to components.
 */
/** Every token a component may use. */
export type Token =
  | 'text.primary'
  | 'text.muted'
  | 'text.heading'
  | 'text.subheading'
  | 'text.code'
  | 'text.standfirst'
  | 'text.caption'
  | 'text.quote'
  | 'text.related'
  | 'text.warning'
  | 'text.match'
  | 'text.matchCurrent'
  | 'ui.focus'
  | 'ui.blur'
  | 'ui.title'
  | 'ui.selected'
  | 'ui.selectedBlur'
  | 'ui.separator'
  | 'ui.key'
  | 'status.bar'
  | 'status.unread'
  | 'status.starred'
  | 'status.notice';

/** The Ink `Text` props a token turns into. */
export interface TokenStyle {
  color?: string;
  backgroundColor?: string;
  bold?: boolean;
  italic?: boolean;
  dimColor?: boolean;
  inverse?: boolean;
  underline?: boolean;
}

/** A theme: a style for every token. */
export type Theme = Readonly<Record<Token, TokenStyle>>;

const COLOURED: Theme = {
  'text.primary': {},
  'text.muted': { color: 'gray' },
  'text.heading': { bold: true, color: 'whiteBright' },
  'text.subheading': { bold: true, color: 'blueBright' },
  'text.code': { color: 'green' },
  'text.standfirst': { bold: true },
  'text.caption': { italic: true, color: 'cyan' },
  'text.quote': { color: 'yellow' },
  'text.related': { color: 'gray', italic: true },
  'text.warning': { color: 'yellow', bold: true },
  // Matches of `/` in the article: inverse (and the current one also underlined and bold), so
  // they show without colour too.
  'text.match': { color: 'yellow', inverse: true },
  'text.matchCurrent': { color: 'magenta', inverse: true, bold: true, underline: true },
  'ui.focus': { color: 'cyan', bold: true },
  'ui.blur': { color: 'gray' },
  'ui.title': { bold: true },
  'ui.selected': { inverse: true, color: 'cyan' },
  'ui.selectedBlur': { inverse: true },
  'ui.separator': { color: 'gray' },
  'ui.key': { bold: true, color: 'cyan' },
  'status.bar': { color: 'white' },
  'status.unread': { color: 'green', bold: true },
  'status.starred': { color: 'yellow' },
  'status.notice': { color: 'magenta', bold: true },
};

/** Every token, in the order of the table above. */
export const TOKENS: readonly Token[] = Object.keys(COLOURED) as Token[];

/** Colours for tokens, e.g. from a config file: an Ink colour name or `#rrggbb`. */
export type ThemeOverrides = Partial<Record<Token, string>>;

/**
 * Builds the theme: the defaults with `overrides` as each token's colour; with `noColor` every
 * colour (overridden or not) is removed and attributes are kept.
 */
export function makeTheme(noColor: boolean, overrides: ThemeOverrides = {}): Theme {
  const coloured = { ...COLOURED };
  for (const [token, color] of Object.entries(overrides) as Array<[Token, string | undefined]>) {
    if (color !== undefined) coloured[token] = { ...COLOURED[token], color };
  }
  if (!noColor) return coloured;
  const plain = {} as Record<Token, TokenStyle>;
  for (const [token, style] of Object.entries(coloured) as Array<[Token, TokenStyle]>) {
    const { color: _c, backgroundColor: _b, ...attributes } = style;
    // Muted text without colour still needs to look muted: dim is an attribute, not a colour.
    plain[token] = token === 'text.muted' || token === 'ui.blur' ? { ...attributes, dimColor: true } : attributes;
  }
  return plain;
}

/**
 * True when the environment asks for no colour: `NO_COLOR` set and non-empty, or `FORCE_COLOR`
 * set to `0` or `false` (which Ink's chalk also reads, and then writes no styles at all).
 */
export function noColorRequested(env: NodeJS.ProcessEnv = process.env): boolean {
  const force = env['FORCE_COLOR'];
  return (env['NO_COLOR'] ?? '') !== '' || force === '0' || force === 'false';
}
