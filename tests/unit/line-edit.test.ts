import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { editLine, insert, lineOf, type Line, type LineEdit } from '../../src/state/line-edit.js';

const at = (text: string, cursor: number): Line => ({ text, cursor });

describe('the search line edits as readline does', () => {
  test('Backspace and Delete remove one character each side of the cursor, a surrogate pair whole', () => {
    expect(editLine(at('cafe', 4), 'backwardDeleteChar')).toEqual(at('caf', 3));
    expect(editLine(at('cafe', 0), 'backwardDeleteChar')).toEqual(at('cafe', 0));
    expect(editLine(at('cafe', 1), 'deleteChar')).toEqual(at('cfe', 1));
    expect(editLine(at('a😀b', 3), 'backwardDeleteChar')).toEqual(at('ab', 1));
    expect(editLine(at('a😀b', 1), 'deleteChar')).toEqual(at('ab', 1));
  });

  test('Ctrl-U and Ctrl-K cut before and after the cursor', () => {
    expect(editLine(at('green roof', 6), 'killLineBackward')).toEqual(at('roof', 0));
    expect(editLine(at('green roof', 5), 'killLineForward')).toEqual(at('green', 5));
  });

  test('Ctrl-W cuts back to a space; Alt-Backspace back to a word start; Alt-D forward', () => {
    expect(editLine(at('café-bar roof  ', 15), 'killBigWordBackward')).toEqual(at('café-bar ', 9));
    expect(editLine(at('café-bar roof', 8), 'killBigWordBackward')).toEqual(at(' roof', 0));
    expect(editLine(at('café-bar', 8), 'killWordBackward')).toEqual(at('café-', 5));
    expect(editLine(at('green roof', 5), 'killWordForward')).toEqual(at('green', 5));
  });

  test('Ctrl-A/E and Alt-B/F move by line and by word', () => {
    expect(editLine(at('green roof', 3), 'lineStart').cursor).toBe(0);
    expect(editLine(at('green roof', 3), 'lineEnd').cursor).toBe(10);
    expect(editLine(at('green roof', 10), 'wordBackward').cursor).toBe(6);
    expect(editLine(at('green roof', 6), 'wordBackward').cursor).toBe(0);
    expect(editLine(at('green roof', 0), 'wordForward').cursor).toBe(5);
    expect(editLine(at('green roof', 5), 'wordForward').cursor).toBe(10);
  });

  test('typing inserts at the cursor', () => {
    expect(insert(at('roof', 0), 'green ')).toEqual(at('green roof', 6));
    expect(lineOf('abc')).toEqual(at('abc', 3));
  });

  test('any sequence of edits keeps the cursor inside the text and on a character boundary', () => {
    const edits: LineEdit[] = [
      'backwardDeleteChar', 'deleteChar', 'killLineBackward', 'killLineForward', 'killWordBackward',
      'killBigWordBackward', 'killWordForward', 'lineStart', 'lineEnd', 'charBackward', 'charForward',
      'wordBackward', 'wordForward',
    ];
    const step = fc.oneof(fc.constantFrom(...edits), fc.string({ unit: 'grapheme', maxLength: 3 }).map((t) => ({ t })));
    fc.assert(
      fc.property(fc.array(step, { maxLength: 40 }), (steps) => {
        let line = lineOf();
        for (const s of steps) line = typeof s === 'string' ? editLine(line, s) : insert(line, s.t);
        expect(line.cursor).toBeGreaterThanOrEqual(0);
        expect(line.cursor).toBeLessThanOrEqual(line.text.length);
        const code = line.text.charCodeAt(line.cursor);
        expect(code >= 0xdc00 && code <= 0xdfff).toBe(false);
      }),
    );
  });
});
