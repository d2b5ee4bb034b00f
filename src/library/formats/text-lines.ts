/**
 * Splitting a text file into lines and paragraphs, the first step of the text parsers.
 * Bullets (`•` and friends) and indentation are read here so parsers see clean text.
 */
import { indentOf, normalizeNewlines, normalizeSpace } from '../text/whitespace.js';

/** One non-blank line, whitespace-normalized, with its bullet (if any) removed. */
export interface TextLine {
  readonly text: string;
  /** The line started with a bullet such as `•`, `◦`, `▪`, `*` or `+`. */
  readonly bullet: boolean;
  /** Leading whitespace before the text or its bullet, in characters. */
  readonly indent: number;
  /** Blank lines between this line and the previous non-blank one (or the file start). */
  readonly blanksBefore: number;
}

/** A paragraph-sized piece: one bullet line, one special line, or wrapped lines joined. */
export interface TextItem {
  text: string;
  bullet: boolean;
  blanksBefore: number;
}

// `*` and `+` (lynx's bullets) need a space after them so `*emphasis*` is not a bullet.
const BULLET = /^(?:[•◦▪▫‣⁃●○■□·]\s*|[*+]\s+)/;

/**
 * Reads text (BOM and any line ending tolerated) into its non-blank lines. The lines are
 * read-only: `formats/detect.ts` splits a file once and hands the same lines to detection and
 * to the parser (splitting twice was 6 % of parsing a page, bench/parse-throughput.mjs).
 */
export function splitLines(text: string): readonly TextLine[] {
  const lines: TextLine[] = [];
  let blanks = 0;
  for (const raw of normalizeNewlines(text).split('\n')) {
    const clean = normalizeSpace(raw);
    if (clean === '') {
      blanks += 1;
      continue;
    }
    const bullet = BULLET.exec(clean);
    const body = bullet ? normalizeSpace(clean.slice(bullet[0].length)) : clean;
    if (body === '') {
      blanks += 1; // a bullet with nothing after it carries no text
      continue;
    }
    lines.push({ text: body, bullet: bullet !== null, indent: indentOf(raw), blanksBefore: blanks });
    blanks = 0;
  }
  return lines;
}

/**
 * Groups lines into items: a blank line, a bullet or a line for which `standalone` is true
 * starts a new item; other lines continue the current one (a hard-wrapped paragraph).
 * A line under a bullet continues it only when indented deeper than the bullet.
 */
export function toItems(lines: readonly TextLine[], standalone: (line: TextLine) => boolean): TextItem[] {
  const items: TextItem[] = [];
  let previous: TextLine | null = null;
  let previousAlone = true;
  for (const line of lines) {
    const alone = line.bullet || standalone(line);
    const continues =
      previous !== null &&
      line.blanksBefore === 0 &&
      !alone &&
      (previous.bullet ? line.indent > previous.indent : !previousAlone);
    const last = items[items.length - 1];
    if (continues && last) {
      last.text = `${last.text} ${line.text}`;
    } else {
      items.push({ text: line.text, bullet: line.bullet, blanksBefore: line.blanksBefore });
    }
    if (!continues) previous = line;
    previousAlone = alone && !line.bullet;
  }
  return items;
}
