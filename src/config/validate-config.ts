/**
 * Checks a parsed config file against what the reader knows: theme tokens and colours, key
 * commands and key names, and no two commands on one key in the same pane. Pure; every problem
 * is one line naming the bad entry (`keys."nav.dwn": no such command (did you mean "nav.down"?)`).
 */
import { BINDINGS, resolveBindings, type Command, type Context, type KeyOverrides } from '../keys/bindings.js';
import { isPrintable } from '../keys/key-name.js';
import { TOKENS, type ThemeOverrides, type Token } from '../render/theme.js';

/** What a valid config file says. */
export interface ReaderConfig {
  theme: ThemeOverrides;
  keys: KeyOverrides;
}

/** The result of {@link validateConfig}: the config, or every problem found (at least one). */
export type ConfigCheck = { ok: true; config: ReaderConfig } | { ok: false; errors: string[] };

/** Every command of the key table. */
export const COMMANDS: readonly Command[] = [...new Set(BINDINGS.map((b) => b.command))];

/** The colour names Ink's `color` takes (chalk's foreground colours); `#rrggbb` is also a colour. */
export const COLOUR_NAMES: readonly string[] = [
  'black', 'red', 'green', 'yellow', 'blue', 'magenta', 'cyan', 'white', 'gray', 'grey',
  'blackBright', 'redBright', 'greenBright', 'yellowBright', 'blueBright', 'magentaBright', 'cyanBright', 'whiteBright',
];

/** Key names besides single characters and `ctrl-`/`meta-` names (see `keys/key-name.ts`). */
const NAMED_KEYS = [
  'up', 'down', 'left', 'right', 'pageup', 'pagedown', 'home', 'end', 'enter', 'escape', 'tab', 'shift-tab',
  'space', 'backspace', 'delete', 'insert',
];

const WHERE: Record<Context, string> = {
  sections: 'the sections pane', headlines: 'the headlines pane', article: 'the article pane',
  search: 'the search line', help: 'help',
};

/** Edit distance, for "did you mean". */
function distance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let diagonal = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const above = row[j]!;
      row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, diagonal + (a[i - 1] === b[j - 1] ? 0 : 1));
      diagonal = above;
    }
  }
  return row[b.length]!;
}

/** ` (did you mean "nav.down"?)` for the nearest candidate, if one is near enough. */
export function didYouMean(input: string, candidates: readonly string[]): string {
  let best: string | undefined;
  let bestScore = Infinity;
  for (const candidate of candidates) {
    const score = candidate.toLowerCase() === input.toLowerCase() ? 0 : distance(input.toLowerCase(), candidate.toLowerCase());
    if (score < bestScore) [best, bestScore] = [candidate, score];
  }
  return best !== undefined && bestScore <= Math.max(2, Math.floor(input.length / 3)) ? ` (did you mean "${best}"?)` : '';
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const show = (v: unknown) => JSON.stringify(v) ?? String(v);

/** True for a colour Ink can draw that this file may name: a colour name or `#rrggbb`. */
export function isColour(value: string): boolean {
  return COLOUR_NAMES.includes(value) || /^#[0-9a-f]{6}$/i.test(value);
}

/**
 * True for a canonical key name as `keys/key-name.ts` produces it: one printable character, a
 * named key, `ctrl-<letter>`, or `meta-` (Alt or Meta held, or Esc then the key) or `ctrl-`
 * with a named key.
 */
export function isKeyName(key: string): boolean {
  if (NAMED_KEYS.includes(key) || /^ctrl-[a-z]$/.test(key)) return true;
  // Alt (meta) with a key, and Ctrl or Alt with a named key, as the key router names them.
  const modified = /^(ctrl|meta)-(.+)$/u.exec(key);
  if (modified && (NAMED_KEYS.includes(modified[2]!) || (modified[1] === 'meta' && isKeyName(modified[2]!)))) return true;
  const chars = [...key];
  return chars.length === 1 && !/[\p{C}\s]/u.test(key);
}

function checkTheme(theme: unknown, errors: string[]): ThemeOverrides {
  if (!isObject(theme)) {
    errors.push(`theme: must be an object of token → colour, not ${show(theme)}`);
    return {};
  }
  const out: ThemeOverrides = {};
  for (const [token, colour] of Object.entries(theme)) {
    const entry = `theme.${show(token)}`;
    if (!TOKENS.includes(token as Token)) errors.push(`${entry}: no such token${didYouMean(token, TOKENS)}`);
    else if (typeof colour !== 'string' || !isColour(colour)) {
      const hint = typeof colour === 'string' ? didYouMean(colour, COLOUR_NAMES) : '';
      errors.push(`${entry}: ${show(colour)} is not a colour${hint || ' (use a name such as "cyan", or "#rrggbb")'}`);
    } else out[token as Token] = colour;
  }
  return out;
}

function checkKeys(keys: unknown, errors: string[]): KeyOverrides {
  if (!isObject(keys)) {
    errors.push(`keys: must be an object of command → list of keys, not ${show(keys)}`);
    return {};
  }
  const out: KeyOverrides = {};
  for (const [command, list] of Object.entries(keys)) {
    const entry = `keys.${show(command)}`;
    if (!COMMANDS.includes(command as Command)) {
      errors.push(`${entry}: no such command${didYouMean(command, COMMANDS)}`);
      continue;
    }
    if (!Array.isArray(list) || list.length === 0) {
      errors.push(`${entry}: must be a list of one or more keys, such as ["j", "down"], not ${show(list)}`);
      continue;
    }
    const bad = list.find((key) => typeof key !== 'string' || !isKeyName(key));
    if (bad !== undefined) {
      const hint = typeof bad === 'string' ? didYouMean(bad, NAMED_KEYS) : '';
      errors.push(`${entry}: ${show(bad)} is not a key${hint || ' (a character, a name such as "down" or "pagedown", "ctrl-<letter>" or "meta-<character>")'}`);
      continue;
    }
    const searchOnly = BINDINGS.find((b) => b.command === command)?.contexts.every((c) => c === 'search');
    const typed = searchOnly ? (list as string[]).find((key) => isPrintable(key)) : undefined;
    if (typed !== undefined) {
      errors.push(`${entry}: ${show(typed)} would be typed into the search line; use a named key such as "enter"`);
      continue;
    }
    out[command as Command] = list as string[];
  }
  return out;
}

/** Two commands on one key in the same context, after the overrides are applied. */
function checkClashes(overrides: KeyOverrides, errors: string[]): void {
  const reported = new Set<string>();
  for (const context of Object.keys(WHERE) as Context[]) {
    const owner = new Map<string, Command>();
    for (const b of resolveBindings(overrides)) {
      if (!b.contexts.includes(context)) continue;
      for (const key of b.keys) {
        const other = owner.get(key);
        if (other === undefined || other === b.command) {
          owner.set(key, b.command);
          continue;
        }
        const [first, second] = overrides[b.command] ? [b.command, other] : [other, b.command];
        const id = `${first} ${second} ${key}`;
        if (reported.has(id)) continue;
        reported.add(id);
        errors.push(`keys.${show(first)}: ${show(key)} is also the key of ${show(second)} in ${WHERE[context]}`);
      }
    }
  }
}

/** Validates a parsed config file. Unknown top-level settings are errors too (a typo would be silent). */
export function validateConfig(value: unknown): ConfigCheck {
  const errors: string[] = [];
  if (!isObject(value)) return { ok: false, errors: [`must be a JSON object with "theme" and/or "keys", not ${show(value)}`] };
  for (const key of Object.keys(value)) {
    if (key !== 'theme' && key !== 'keys') errors.push(`${show(key)}: no such setting${didYouMean(key, ['theme', 'keys']) || ' (there are "theme" and "keys")'}`);
  }
  const theme = value['theme'] === undefined ? {} : checkTheme(value['theme'], errors);
  const keys = value['keys'] === undefined ? {} : checkKeys(value['keys'], errors);
  if (errors.length === 0) checkClashes(keys, errors);
  return errors.length > 0 ? { ok: false, errors } : { ok: true, config: { theme, keys } };
}
