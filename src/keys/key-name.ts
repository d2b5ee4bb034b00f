/**
 * Turns what Ink's `useInput` hands over into canonical key names for the key table.
 *
 * Ink splits a stdin chunk at escape sequences only: plain text typed fast (or several keys in
 * one chunk, as in Ink's rapid-arrows fixture) arrives as ONE input such as `jjj` or `j\r`. So a
 * multi-character input is taken apart here, character by character, and each becomes a key.
 */
import type { Key } from 'ink';

const RAW: Record<string, string> = {
  '\r': 'enter',
  '\n': 'enter',
  '\t': 'tab',
  ' ': 'space',
  '\x7f': 'backspace',
  '\b': 'backspace',
  '\x1b': 'escape',
};

/** The canonical name of one raw character (`\r` → `enter`, `\x04` → `ctrl-d`, `j` → `j`). */
export function rawCharName(ch: string): string {
  const named = RAW[ch];
  if (named) return named;
  const code = ch.codePointAt(0) ?? 0;
  if (code >= 1 && code <= 26) return `ctrl-${String.fromCharCode(code + 96)}`;
  return ch;
}

/** The keys in one `useInput` call, in order (usually one; several for a fast-typed chunk). */
export function keyNames(input: string, key: Key): string[] {
  if (key.upArrow) return ['up'];
  if (key.downArrow) return ['down'];
  if (key.leftArrow) return ['left'];
  if (key.rightArrow) return ['right'];
  if (key.pageDown) return ['pagedown'];
  if (key.pageUp) return ['pageup'];
  if (key.home) return ['home'];
  if (key.end) return ['end'];
  if (key.return) return ['enter'];
  if (key.escape) return ['escape'];
  if (key.tab) return [key.shift ? 'shift-tab' : 'tab'];
  if (key.backspace) return ['backspace'];
  if (key.delete) return ['delete'];
  if (key.ctrl && input.length === 1) return [`ctrl-${input.toLowerCase()}`];
  if (key.meta && input.length > 0) return [`meta-${input}`];
  return Array.from(input, rawCharName);
}

/** True for a key that types a character (so the search line, not the router, should get it). */
export function isPrintable(name: string): boolean {
  return name === 'space' || [...name].length === 1;
}
