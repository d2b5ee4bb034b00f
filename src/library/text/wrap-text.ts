// Word-wrapping to a number of terminal columns, on the widths of text-width.ts.
import { pieceEnd } from './clusters.js';
import { displayWidth, takeWidth } from './text-width.js';

function cluster(s: string): { text: string; width: number } {
  const text = s.slice(0, pieceEnd(s, 0));
  return { text, width: displayWidth(text) };
}

/** Breaks `word` into lines of `width` columns, pushing all but the last, which it returns. */
function breakInto(word: string, width: number, into: string[]): { text: string; width: number } {
  let rest = word;
  for (;;) {
    const head = takeWidth(rest, width);
    // A cluster wider than the whole line still goes on a line of its own.
    const take = head.text.length > 0 ? head : cluster(rest);
    if (take.text.length === rest.length) return take;
    into.push(take.text);
    rest = rest.slice(take.text.length);
  }
}

/**
 * Breaks one word wider than `width` into pieces that each fit, by grapheme cluster (a cluster
 * wider than the line gets a piece of its own).
 */
export function breakWord(word: string, width: number): string[] {
  const pieces: string[] = [];
  const last = breakInto(word, Math.max(1, width), pieces);
  if (last.text !== '') pieces.push(last.text);
  return pieces;
}

/**
 * Word-wraps one paragraph to lines of at most `width` columns. Runs of white space collapse
 * to one space; a word wider than the line (a URL, a run of CJK text) is broken by grapheme.
 */
export function wrapText(text: string, width: number): string[] {
  const w = Math.max(1, width);
  const lines: string[] = [];
  let line = '';
  let used = 0;
  for (const word of text.split(/\s+/u)) {
    if (word === '') continue;
    const ww = displayWidth(word);
    if (used > 0 && used + 1 + ww <= w) {
      line += ` ${word}`;
      used += 1 + ww;
      continue;
    }
    if (used > 0) lines.push(line);
    if (ww <= w) {
      line = word;
      used = ww;
      continue;
    }
    const last = breakInto(word, w, lines);
    line = last.text;
    used = last.width;
  }
  if (used > 0 || lines.length === 0) lines.push(line);
  return lines;
}
