import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { ConfigError, configDir, displayPath, loadConfig } from '../../src/config/load-config.js';
import { validateConfig } from '../../src/config/validate-config.js';
import { buildKeyMap, commandFor, resolveBindings } from '../../src/keys/bindings.js';
import { hintsFor } from '../../src/keys/key-help.js';
import { helpLines } from '../../src/keys/help-lines.js';
import { splitKeys } from '../../src/keys/key-name.js';
import { makeTheme, noColorRequested } from '../../src/render/theme.js';
import { tempDir } from '../helpers/temp-dir.js';

let dir: string;
const saved = process.env.INKPRESS_CONFIG_DIR;
beforeEach(() => {
  dir = tempDir('inkpress-config-');
  process.env.INKPRESS_CONFIG_DIR = dir;
});
afterEach(() => {
  if (saved === undefined) delete process.env.INKPRESS_CONFIG_DIR;
  else process.env.INKPRESS_CONFIG_DIR = saved;
});

const file = () => join(dir, 'config.json');
const write = (content: unknown) => writeFileSync(file(), typeof content === 'string' ? content : JSON.stringify(content, null, 2));
/** The one-line message loading gives, checking the file is left byte for byte as it was. */
function failure(): string {
  const before = readFileSync(file(), 'utf8');
  const mtime = statSync(file()).mtimeMs;
  let message = '';
  try {
    loadConfig();
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    message = (error as Error).message;
  }
  expect(readFileSync(file(), 'utf8')).toBe(before);
  expect(statSync(file()).mtimeMs).toBe(mtime);
  expect(readdirSync(dir)).toEqual(['config.json']);
  expect(message).not.toContain('\n');
  return message;
}

describe('where the config file is', () => {
  test('INKPRESS_CONFIG_DIR, else conf’s own folder for inkpress (not the state folder)', () => {
    expect(configDir()).toBe(dir);
    delete process.env.INKPRESS_CONFIG_DIR;
    expect(configDir()).toBe(join(process.env.XDG_CONFIG_HOME!, 'inkpress'));
    expect(configDir()).not.toBe(process.env.INKPRESS_STATE_DIR);
  });

  test('messages show the home folder as ~', () => {
    expect(displayPath('/home/ana/.config/inkpress/config.json', '/home/ana')).toBe('~/.config/inkpress/config.json');
    expect(displayPath('/tmp/x/config.json', '/home/ana')).toBe('/tmp/x/config.json');
  });
});

describe('loading', () => {
  test('a missing file means the defaults, and creates nothing', () => {
    const nested = join(dir, 'not-yet');
    expect(loadConfig({ dir: nested })).toEqual({ path: null, theme: {}, keys: {} });
    expect(readdirSync(dir)).toEqual([]);
  });

  test('a valid file: theme colours and remapped keys, read with conf and left unchanged', () => {
    write({ theme: { 'ui.focus': 'magenta', 'text.muted': '#8a8a8a' }, keys: { 'nav.down': ['e', 'down'] } });
    const before = readFileSync(file(), 'utf8');
    expect(loadConfig()).toEqual({
      path: file(),
      theme: { 'ui.focus': 'magenta', 'text.muted': '#8a8a8a' },
      keys: { 'nav.down': ['e', 'down'] },
    });
    expect(readFileSync(file(), 'utf8')).toBe(before);
  });

  test('not valid JSON: one line naming the file, and the file is never replaced', () => {
    write('{ "keys": { "nav.down": ["e"], } ');
    expect(failure()).toMatch(/^config .*config\.json: not valid JSON \(.+\)$/);
  });

  test.each([
    [{ keys: { 'nav.dwn': ['e'] } }, 'keys."nav.dwn": no such command (did you mean "nav.down"?)'],
    [{ theme: { 'ui.focus': 'blurple' } }, 'theme."ui.focus": "blurple" is not a colour'],
    [{ theme: { 'ui.focsu': 'cyan' } }, 'theme."ui.focsu": no such token (did you mean "ui.focus"?)'],
    [{ theme: { 'ui.focus': '#12345' } }, 'theme."ui.focus": "#12345" is not a colour'],
    [{ keys: { 'nav.down': 'e' } }, 'keys."nav.down": must be a list of one or more keys'],
    [{ keys: { 'nav.down': ['Down'] } }, 'keys."nav.down": "Down" is not a key (did you mean "down"?)'],
    [{ keys: { 'nav.down': ['k'] } }, 'keys."nav.down": "k" is also the key of "nav.up" in the sections pane'],
    [{ keys: { 'search.submit': ['x'] } }, 'keys."search.submit": "x" would be typed into the search line'],
    [{ colours: {} }, '"colours": no such setting'],
    [[], 'must be a JSON object'],
    [null, 'must be a JSON object'],
  ])('%j is refused: %s', (content, expected) => {
    write(content);
    const message = failure();
    expect(message.startsWith(`config ${displayPath(file())}: `)).toBe(true);
    expect(message).toContain(expected);
  });

  test('several problems: the first, and how many more', () => {
    write({ keys: { 'nav.dwn': ['e'], 'nav.upp': ['y'] }, theme: { 'ui.focus': 'blurple' } });
    expect(failure()).toMatch(/: theme\."ui\.focus": "blurple" is not a colour.* \(and 2 more\)$/);
  });
});

describe('validation', () => {
  test('remapping a command to a key free in its panes is fine; the key map and help follow', () => {
    const checked = validateConfig({ keys: { 'nav.down': ['e'], toggleRead: ['R'] } });
    expect(checked.ok).toBe(true);
    if (!checked.ok) return;
    const map = buildKeyMap(checked.config.keys);
    expect(commandFor(map, 'headlines', 'e')).toBe('nav.down');
    expect(commandFor(map, 'headlines', 'j')).toBeUndefined();
    expect(hintsFor('headlines', resolveBindings(checked.config.keys))[0]).toEqual({ key: 'e', label: 'move' });
    expect(helpLines(resolveBindings(checked.config.keys))).toContainEqual({ kind: 'row', keys: 'e', text: 'Next item' });
  });

  test('Alt keys: the meta-x names the key parser produces can be bound, and help shows Alt-x', () => {
    const checked = validateConfig({ keys: { toggleStar: ['meta-s'], 'nav.down': ['j', 'meta-J'] } });
    expect(checked.ok).toBe(true);
    if (!checked.ok) return;
    const map = buildKeyMap(checked.config.keys);
    // What the key router makes of the bytes a terminal sends for Alt-s: Esc, then s.
    const alt = (ch: string) => splitKeys(`\u001B${ch}`)[0]!;
    expect(commandFor(map, 'headlines', alt('s'))).toBe('toggleStar');
    expect(commandFor(map, 'headlines', alt('J'))).toBe('nav.down');
    expect(commandFor(map, 'headlines', 's')).toBeUndefined();
    expect(helpLines(resolveBindings(checked.config.keys))).toContainEqual({ kind: 'row', keys: 'Alt-s', text: expect.any(String) });
    const bad = validateConfig({ keys: { toggleStar: ['meta-'] } });
    expect(bad.ok ? [] : bad.errors).toEqual([expect.stringContaining('"meta-" is not a key')]);
    expect(validateConfig({ keys: { toggleStar: ['meta-ab'] } }).ok).toBe(false);
  });

  test('moving a key from one command to another at once is not a clash', () => {
    expect(validateConfig({ keys: { 'nav.down': ['k'], 'nav.up': ['i'] } }).ok).toBe(true);
  });
});

describe('colours', () => {
  test('NO_COLOR and FORCE_COLOR=0 (or false) turn colours off; FORCE_COLOR=1 does not', () => {
    expect(noColorRequested({})).toBe(false);
    expect(noColorRequested({ NO_COLOR: '1' })).toBe(true);
    expect(noColorRequested({ NO_COLOR: '' })).toBe(false);
    expect(noColorRequested({ FORCE_COLOR: '0' })).toBe(true);
    expect(noColorRequested({ FORCE_COLOR: 'false' })).toBe(true);
    expect(noColorRequested({ FORCE_COLOR: '1' })).toBe(false);
    expect(noColorRequested({ FORCE_COLOR: '' })).toBe(false);
  });

  test('theme colours from the config apply, and are dropped without colour (attributes stay)', () => {
    const themed = makeTheme(false, { 'ui.focus': 'magenta' });
    expect(themed['ui.focus']).toEqual({ color: 'magenta', bold: true });
    const plain = makeTheme(noColorRequested({ FORCE_COLOR: '0' }), { 'ui.focus': 'magenta' });
    expect(plain['ui.focus']).toEqual({ bold: true });
    expect(Object.values(plain).every((style) => style.color === undefined)).toBe(true);
  });
});
