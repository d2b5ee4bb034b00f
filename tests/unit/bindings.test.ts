import { describe, expect, test } from 'vitest';
import {
  BINDINGS, buildKeyMap, commandFor, helpGroups, hintsFor, keyLabel, resolveBindings, type Context,
} from '../../src/keys/bindings.js';
import { helpLines } from '../../src/keys/help-lines.js';
import { isPrintable, keyNames, rawCharName } from '../../src/keys/key-name.js';
import type { Key } from 'ink';

const CONTEXTS: Context[] = ['sections', 'headlines', 'article', 'search', 'help'];

describe('key table', () => {
  test('no two commands share a key in the same context', () => {
    for (const context of CONTEXTS) {
      const seen = new Map<string, string>();
      for (const b of BINDINGS.filter((b) => b.contexts.includes(context))) {
        for (const key of b.keys) {
          expect(seen.get(key), `${key} in ${context}: ${seen.get(key)} and ${b.command}`).toBeUndefined();
          seen.set(key, b.command);
        }
      }
    }
  });

  test('the documented defaults map to their commands', () => {
    const map = buildKeyMap();
    expect(commandFor(map, 'headlines', 'j')).toBe('nav.down');
    expect(commandFor(map, 'headlines', 'down')).toBe('nav.down');
    expect(commandFor(map, 'headlines', 'enter')).toBe('open');
    expect(commandFor(map, 'sections', 'q')).toBe('quit');
    expect(commandFor(map, 'headlines', 'q')).toBe('back');
    expect(commandFor(map, 'article', 'escape')).toBe('back');
    expect(commandFor(map, 'article', 'j')).toBe('article.lineDown');
    expect(commandFor(map, 'article', 'space')).toBe('article.pageDown');
    expect(commandFor(map, 'article', 'ctrl-d')).toBe('article.halfDown');
    expect(commandFor(map, 'article', 'G')).toBe('article.bottom');
    expect(commandFor(map, 'article', 'J')).toBe('article.next');
    expect(commandFor(map, 'headlines', 'shift-tab')).toBe('pane.prev');
    expect(commandFor(map, 'headlines', 'A')).toBe('markSectionRead');
    expect(commandFor(map, 'article', '/')).toBe('search.open');
    expect(commandFor(map, 'headlines', '?')).toBe('help');
  });

  test('the search line binds only Enter, Esc and Ctrl-C, so every printable key types', () => {
    const keys = [...(buildKeyMap().get('search')?.keys() ?? [])].sort();
    expect(keys).toEqual(['ctrl-c', 'enter', 'escape']);
    expect(keys.filter(isPrintable)).toEqual([]);
  });

  test('overrides remap a command, and help and hints follow them', () => {
    const overrides = { 'search.open': ['f'] } as const;
    const map = buildKeyMap(overrides);
    expect(commandFor(map, 'headlines', 'f')).toBe('search.open');
    expect(commandFor(map, 'headlines', '/')).toBeUndefined();
    const bindings = resolveBindings(overrides);
    expect(hintsFor('headlines', bindings)).toContainEqual({ key: 'f', label: 'search' });
    const row = helpGroups(bindings).flatMap((g) => g.rows).find((r) => r.description.startsWith('Search'));
    expect(row?.keys).toBe('f');
  });

  test('help lists every command once, with its keys as people write them', () => {
    const rows = helpGroups().flatMap((g) => g.rows);
    const described = new Set(rows.map((r) => r.description));
    for (const b of BINDINGS.filter((b) => !b.contexts.every((c) => c === 'search' || c === 'help'))) {
      expect(described.has(b.description), b.command).toBe(true);
    }
    expect(rows).toContainEqual({ keys: 'j ↓', description: 'Next item' });
    expect(rows).toContainEqual({ keys: 'Ctrl-d', description: 'Half a page down' });
    expect(helpLines().filter((l) => l.kind === 'title').map((l) => l.kind === 'title' && l.text)).toEqual([
      'Lists (sections and headlines)', 'Article', 'Search line',
    ]);
  });

  test('hints are drawn from the table for each context', () => {
    expect(hintsFor('article').map((h) => h.label)).toContain('scroll');
    expect(hintsFor('search')).toEqual([
      { key: 'Enter', label: 'keep results' },
      { key: 'Esc', label: 'clear' },
    ]);
    expect(keyLabel('pagedown')).toBe('PgDn');
    expect(keyLabel('ctrl-u')).toBe('Ctrl-u');
  });
});

describe('key names', () => {
  const none: Key = {
    upArrow: false, downArrow: false, leftArrow: false, rightArrow: false, pageDown: false, pageUp: false,
    home: false, end: false, return: false, escape: false, ctrl: false, shift: false, tab: false,
    backspace: false, delete: false, meta: false, super: false, hyper: false, capsLock: false, numLock: false,
  };

  test('several keys in one chunk become several keys', () => {
    expect(keyNames('jjj', none)).toEqual(['j', 'j', 'j']);
    expect(keyNames('j\r', none)).toEqual(['j', 'enter']);
  });

  test('special keys and control characters', () => {
    expect(keyNames('', { ...none, downArrow: true })).toEqual(['down']);
    expect(keyNames('', { ...none, tab: true, shift: true })).toEqual(['shift-tab']);
    expect(keyNames('d', { ...none, ctrl: true })).toEqual(['ctrl-d']);
    expect(keyNames(' ', none)).toEqual(['space']);
    expect(keyNames('G', { ...none, shift: true })).toEqual(['G']);
    expect(rawCharName('\u0015')).toBe('ctrl-u');
  });
});
