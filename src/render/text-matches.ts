/**
 * Finding a query in an article's wrapped lines (`/` in the article pane): case and accents
 * folded as the list search folds them (`bogota` finds `Bogotá`), the query's spaces matching
 * any run of white space, line breaks included, so a phrase wrapped over two lines is found.
 * Each match is given back as spans of the lines it covers, in the lines' own characters.
 */
import { fold } from '../library/text/fold.js';
import type { ArticleLine } from './article-lines.js';

/** Part of one line: characters `[start, end)` of `lines[line].text`. */
export interface Span {
  line: number;
  start: number;
  end: number;
}

/** One match: its spans, in order (more than one when it crosses a line break). */
export interface TextMatch {
  /** The line it starts on. */
  line: number;
  spans: readonly Span[];
}

/** The lines folded once, with the way back from each folded character to the original. */
export interface FoldedLines {
  folded: string;
  /** Original index (in the joined lines) where folded character i starts, and where it ends. */
  starts: Int32Array;
  ends: Int32Array;
  /** Where each line starts in the joined lines (they are joined with one `\n`). */
  lineStarts: readonly number[];
  /** Length of the joined lines. */
  length: number;
}

/** More matches than anyone steps through; the count stops here. */
export const MAX_MATCHES = 10_000;

/** Folds the lines for searching (once per article and width). */
export function foldLines(lines: readonly ArticleLine[]): FoldedLines {
  const joined = lines.map((l) => l.text).join('\n');
  const lineStarts: number[] = [];
  let at = 0;
  for (const l of lines) {
    lineStarts.push(at);
    at += l.text.length + 1;
  }
  const folded: string[] = [];
  const starts: number[] = [];
  const ends: number[] = [];
  let i = 0;
  for (const ch of joined) {
    // fold works per character here, so each folded character knows where it came from.
    const f = ch.charCodeAt(0) < 128 ? ch.toLowerCase() : fold(ch);
    for (let k = 0; k < f.length; k++) {
      folded.push(f[k]!);
      starts.push(i);
      ends.push(i + ch.length);
    }
    i += ch.length;
  }
  return { folded: folded.join(''), starts: Int32Array.from(starts), ends: Int32Array.from(ends), lineStarts, length: joined.length };
}

/** The pattern for a query: its folded words, escaped, with white space between them. */
function patternOf(query: string): RegExp | null {
  const words = fold(query).split(/\s+/u).filter(Boolean);
  if (words.length === 0) return null;
  return new RegExp(words.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('\\s+'), 'gu');
}

/** The line holding joined-text index `index` (binary search over line starts). */
function lineAt(lineStarts: readonly number[], index: number): number {
  let lo = 0;
  let hi = lineStarts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >>> 1;
    if (lineStarts[mid]! <= index) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** Every match of `query` in the folded lines, top to bottom (none for a blank query). */
export function findMatches(text: FoldedLines, query: string): readonly TextMatch[] {
  const pattern = patternOf(query);
  if (pattern === null) return [];
  const { folded, starts, ends, lineStarts, length } = text;
  const matches: TextMatch[] = [];
  for (const m of folded.matchAll(pattern)) {
    if (matches.length >= MAX_MATCHES) break;
    const from = starts[m.index]!;
    const to = ends[m.index + m[0].length - 1]!;
    const spans: Span[] = [];
    for (let line = lineAt(lineStarts, from); line < lineStarts.length && lineStarts[line]! < to; line++) {
      const lineStart = lineStarts[line]!;
      const lineEnd = line + 1 < lineStarts.length ? lineStarts[line + 1]! - 1 : length;
      const start = Math.max(from, lineStart) - lineStart;
      const end = Math.min(to, lineEnd) - lineStart;
      if (end > start) spans.push({ line, start, end });
    }
    if (spans.length > 0) matches.push({ line: spans[0]!.line, spans });
  }
  return matches;
}
