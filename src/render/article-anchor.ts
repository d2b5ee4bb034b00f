/**
 * Reading positions in the text, both ways: the window's first line as an anchor (paragraph and
 * offset, see `store/position.ts`), and an anchor as the line that shows it at some width. An
 * anchor taken at 120 columns opens at 80 on the line holding the same character, so the same
 * sentence is at the top.
 */
import { anchorPosition, parseAnchor, type Position } from '../store/position.js';
import type { ArticleLine } from './article-lines.js';

/** The anchor of line `top` (0 at the top, or past the end of an empty article). */
export function anchorOfLine(lines: readonly ArticleLine[], top: number): Position {
  const line = lines[Math.max(0, Math.min(top, lines.length - 1))];
  return line ? anchorPosition(line.part, line.at) : 0;
}

const before = (line: ArticleLine, part: number, at: number) => line.part < part || (line.part === part && line.at <= at);

/**
 * The line that shows `position`: for an anchor, the last line starting at or before it (the
 * line holding that character); a line number (an old position) is taken as it is; 0 is the top.
 */
export function lineOfPosition(lines: readonly ArticleLine[], position: Position): number {
  if (typeof position === 'number') return Math.max(0, Math.min(position, lines.length - 1));
  const anchor = parseAnchor(position);
  if (!anchor || lines.length === 0) return 0;
  let lo = 0;
  let hi = lines.length - 1;
  if (!before(lines[0]!, anchor.part, anchor.at)) return 0;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (before(lines[mid]!, anchor.part, anchor.at)) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}
