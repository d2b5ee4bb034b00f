import { describe, expect, test } from 'vitest';
import { BINDINGS, buildKeyMap, commandFor, resolveBindings, type Context } from '../../src/keys/bindings.js';
import { helpGroups, hintsFor, keyLabel } from '../../src/keys/key-help.js';
import { helpLines } from '../../src/keys/help-lines.js';
import { isPrintable, rawCharName, splitKeys } from '../../src/keys/key-name.js';

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
    expect(commandFor(map, 'headlines', '/')).toBe('search.open');
    expect(commandFor(map, 'article', '/')).toBe('find.open');
    expect(commandFor(map, 'article', 'n')).toBe('find.next');
    expect(commandFor(map, 'article', 'N')).toBe('find.prev');
    expect(commandFor(map, 'headlines', 'ctrl-n')).toBe('nextUnread');
    expect(commandFor(map, 'headlines', '?')).toBe('help');
  });

  test('the search line binds no printable key, so every character types', () => {
    const keys = [...(buildKeyMap().get('search')?.keys() ?? [])];
    expect(keys).toEqual(expect.arrayContaining(['enter', 'escape', 'ctrl-c', 'backspace', 'ctrl-w', 'ctrl-u', 'meta-b']));
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

describe('key names from raw input', () => {
  test('a run of plain bytes is several keys, in order', () => {
    expect(splitKeys('jjj')).toEqual(['j', 'j', 'j']);
    expect(splitKeys('j\r')).toEqual(['j', 'enter']);
    expect(splitKeys('\x7f\x7f\x7f')).toEqual(['backspace', 'backspace', 'backspace']);
    expect(splitKeys('ab\x17\x15 ')).toEqual(['a', 'b', 'ctrl-w', 'ctrl-u', 'space']);
  });

  test('escape sequences, with and without modifiers', () => {
    expect(splitKeys('\x1b[B')).toEqual(['down']);
    expect(splitKeys('\x1bOB')).toEqual(['down']);
    expect(splitKeys('\x1b[Z')).toEqual(['shift-tab']);
    expect(splitKeys('\x1b[3~')).toEqual(['delete']);
    expect(splitKeys('\x1b[1;5D')).toEqual(['ctrl-left']);
    expect(splitKeys('\x1b[1;3C')).toEqual(['meta-right']);
    expect(splitKeys('\x1b[H')).toEqual(['home']);
    expect(splitKeys('\x1b[4~')).toEqual(['end']);
    expect(splitKeys('\x1b')).toEqual(['escape']);
    expect(splitKeys('\x1b[200~')).toEqual([]);
  });

  test('Alt is Esc and the key; Backspace (DEL) and Delete (ESC [3~) are told apart', () => {
    expect(splitKeys('\x1bb')).toEqual(['meta-b']);
    expect(splitKeys('\x1b\x7f')).toEqual(['meta-backspace']);
    expect(splitKeys('\x7f')).toEqual(['backspace']);
    expect(splitKeys('\b')).toEqual(['backspace']);
  });

  test('control characters and printable text', () => {
    expect(rawCharName('\u0015')).toBe('ctrl-u');
    expect(splitKeys('Gé')).toEqual(['G', 'é']);
    expect(splitKeys('\x00\x1c')).toEqual([]);
    expect(isPrintable('é')).toBe(true);
    expect(isPrintable('ctrl-w')).toBe(false);
  });
});
