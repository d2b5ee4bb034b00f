/**
 * Fitting text into terminal columns by display width (string-width), so CJK and emoji, which
 * take two columns, never overflow a line.
 */
import stringWidth from 'string-width';

const graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

/** Splits text into grapheme clusters (an emoji with modifiers stays one piece). */
function clusters(text: string): string[] {
  return Array.from(graphemes.segment(text), (s) => s.segment);
}

/** Breaks one word (or a line of code) wider than `width` into pieces that each fit. */
export function breakWord(word: string, width: number): string[] {
  const pieces: string[] = [];
  let piece = '';
  let used = 0;
  for (const g of clusters(word)) {
    const w = stringWidth(g);
    if (used + w > width && piece !== '') {
      pieces.push(piece);
      piece = '';
      used = 0;
    }
    piece += g;
    used += w;
  }
  if (piece !== '') pieces.push(piece);
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
  for (const word of text.split(/\s+/u).filter((s) => s !== '')) {
    const ww = stringWidth(word);
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
    const pieces = breakWord(word, w);
    const last = pieces.pop() ?? '';
    lines.push(...pieces);
    line = last;
    used = stringWidth(last);
  }
  if (used > 0 || lines.length === 0) lines.push(line);
  return lines;
}

/** Cuts text to at most `width` columns, ending in `…` when it was cut. */
export function truncate(text: string, width: number): string {
  if (width <= 0) return '';
  if (stringWidth(text) <= width) return text;
  let out = '';
  let used = 0;
  for (const g of clusters(text)) {
    const gw = stringWidth(g);
    if (used + gw > width - 1) break;
    out += g;
    used += gw;
  }
  return `${out}…`;
}

/** Truncates and pads with spaces to exactly `width` columns. */
export function fit(text: string, width: number): string {
  const cut = truncate(text, width);
  return cut + ' '.repeat(Math.max(0, width - stringWidth(cut)));
}

/** The display width of a string. */
export function displayWidth(text: string): number {
  return stringWidth(text);
}
