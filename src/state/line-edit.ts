/**
 * The search line's editing, as readline (bash, less) does it: a pure function from a line and
 * a key command to the next line. The key router runs it for every key of a stdin chunk in
 * order, so a held Backspace or a pasted `abc` with Ctrl-W in the middle edits exactly.
 */

/** A line being edited: its text and the cursor, a UTF-16 index that never splits a character. */
export interface Line {
  readonly text: string;
  readonly cursor: number;
}

/** What a key does to the line (named after readline's functions). */
export type LineEdit =
  | 'backwardDeleteChar'
  | 'deleteChar'
  | 'killLineBackward'
  | 'killLineForward'
  | 'killWordBackward'
  | 'killBigWordBackward'
  | 'killWordForward'
  | 'lineStart'
  | 'lineEnd'
  | 'charBackward'
  | 'charForward'
  | 'wordBackward'
  | 'wordForward';

/** An empty line, or `text` with the cursor at its end. */
export function lineOf(text = ''): Line {
  return { text, cursor: text.length };
}

/** Types `chars` at the cursor. */
export function insert(line: Line, chars: string): Line {
  return { text: line.text.slice(0, line.cursor) + chars + line.text.slice(line.cursor), cursor: line.cursor + chars.length };
}

/** Applies one editing command. */
export function editLine(line: Line, edit: LineEdit): Line {
  const { text, cursor } = line;
  switch (edit) {
    case 'backwardDeleteChar': return cut(line, prevChar(text, cursor), cursor);
    case 'deleteChar': return cut(line, cursor, nextChar(text, cursor));
    case 'killLineBackward': return cut(line, 0, cursor);
    case 'killLineForward': return cut(line, cursor, text.length);
    case 'killWordBackward': return cut(line, wordStart(text, cursor, isWordChar), cursor);
    case 'killBigWordBackward': return cut(line, wordStart(text, cursor, notSpace), cursor);
    case 'killWordForward': return cut(line, cursor, wordEnd(text, cursor));
    case 'lineStart': return at(line, 0);
    case 'lineEnd': return at(line, text.length);
    case 'charBackward': return at(line, prevChar(text, cursor));
    case 'charForward': return at(line, nextChar(text, cursor));
    case 'wordBackward': return at(line, wordStart(text, cursor, isWordChar));
    case 'wordForward': return at(line, wordEnd(text, cursor));
  }
}

function at(line: Line, cursor: number): Line {
  return cursor === line.cursor ? line : { text: line.text, cursor };
}

function cut(line: Line, from: number, to: number): Line {
  if (from >= to) return line;
  return { text: line.text.slice(0, from) + line.text.slice(to), cursor: from };
}

const isWordChar = (ch: string) => /[\p{L}\p{N}_]/u.test(ch);
const notSpace = (ch: string) => !/\s/u.test(ch);

/** The index of the character before `i` (a surrogate pair counts as one). */
function prevChar(text: string, i: number): number {
  if (i <= 0) return 0;
  const low = text.charCodeAt(i - 1);
  return i >= 2 && low >= 0xdc00 && low <= 0xdfff && isHigh(text.charCodeAt(i - 2)) ? i - 2 : i - 1;
}

function nextChar(text: string, i: number): number {
  if (i >= text.length) return text.length;
  return isHigh(text.charCodeAt(i)) && i + 1 < text.length ? i + 2 : i + 1;
}

const isHigh = (code: number) => code >= 0xd800 && code <= 0xdbff;

const charAt = (text: string, i: number) => String.fromCodePoint(text.codePointAt(i) ?? 0);

/** Back over non-word characters, then over word characters: where readline's Alt-B lands. */
function wordStart(text: string, cursor: number, inWord: (ch: string) => boolean): number {
  let i = cursor;
  while (i > 0 && !inWord(charAt(text, prevChar(text, i)))) i = prevChar(text, i);
  while (i > 0 && inWord(charAt(text, prevChar(text, i)))) i = prevChar(text, i);
  return i;
}

/** Forward over non-word characters, then over word characters: where Alt-F lands. */
function wordEnd(text: string, cursor: number): number {
  let i = cursor;
  while (i < text.length && !isWordChar(charAt(text, i))) i = nextChar(text, i);
  while (i < text.length && isWordChar(charAt(text, i))) i = nextChar(text, i);
  return i;
}
