/**
 * Where reading stopped in an article, as the store keeps it:
 * - `0`: the top (nothing to remember);
 * - a positive whole number: a wrapped-line number, as format 2 and older stored it. It is read
 *   once, at the reading width of the next opening, and replaced by an anchor then;
 * - an anchor `"P:C"`: paragraph P of the article as the renderer lays it out (head lines,
 *   captions and body blocks, counted from 0), C characters into it (spaces not counted, code
 *   lines' line breaks counted). Width-independent: any width finds the same sentence.
 */
export type Position = number | string;

/** An anchor, taken apart. */
export interface TextAnchor {
  part: number;
  at: number;
}

const ANCHOR = /^(\d{1,9}):(\d{1,12})$/;

/** The anchor for paragraph `part`, `at` characters in; the top of the article is 0. */
export function anchorPosition(part: number, at: number): Position {
  return part === 0 && at === 0 ? 0 : `${part}:${at}`;
}

/** An anchor's paragraph and offset; null for a line number or anything else. */
export function parseAnchor(position: Position): TextAnchor | null {
  if (typeof position !== 'string') return null;
  const m = ANCHOR.exec(position);
  return m ? { part: Number(m[1]), at: Number(m[2]) } : null;
}

/** Whether `value` is a position this version understands (a line number or an anchor). */
export function isPosition(value: unknown): value is Position {
  if (typeof value === 'string') return ANCHOR.test(value);
  return Number.isInteger(value) && (value as number) >= 0;
}

/** Whether a position says anything (not the top). */
export const hasPosition = (position: Position): boolean => position !== 0 && position !== '0:0';

/**
 * Whether `a` is further into the article than `b` (importing keeps the further one). Two
 * anchors compare by paragraph then offset; an anchor counts as further than a line number
 * (it was written later, by a newer inkpress); two line numbers compare as numbers.
 */
export function isFurther(a: Position, b: Position): boolean {
  const pa = parseAnchor(a);
  const pb = parseAnchor(b);
  if (pa && pb) return pa.part !== pb.part ? pa.part > pb.part : pa.at > pb.at;
  if (pa) return true;
  if (pb) return false;
  return (a as number) > (b as number);
}
