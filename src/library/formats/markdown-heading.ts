/**
 * An ATX heading (`## Title ##`) in Markdown, read without a backtracking regex: the pattern
 * `(.+?)\s*#*\s*$` took minutes on a heading line holding a long run of spaces (each way of
 * splitting the run between its two `\s*` was tried at every length of the lazy group).
 */

/** A heading's level (1–6) and text. */
export interface AtxHeading {
  level: number;
  text: string;
}

/**
 * The heading `text` starts with (after any indent): one to six `#`, white space, then its
 * text, which runs to the end of `text` (a piece may hold more lines). A closing run of `#`
 * preceded by white space is dropped, as CommonMark says (`C#` keeps its `#`). Null when
 * `text` is not a heading or the heading is empty.
 */
export function atxHeading(text: string): AtxHeading | null {
  const open = /^\s*(#{1,6})\s+/.exec(text);
  if (!open) return null;
  let body = text.slice(open[0].length).trimEnd();
  let end = body.length;
  while (end > 0 && body.charCodeAt(end - 1) === 35 /* # */) end--;
  if (end === 0) body = '';
  else if (end < body.length && /\s/.test(body[end - 1]!)) body = body.slice(0, end).trimEnd();
  return body === '' ? null : { level: open[1]!.length, text: body };
}
