/**
 * The saved page of issue 10: `count` one-word `<div>`s, never closed (400,000 make 4 MB: 134 s
 * and 1.28 GB to parse before the parser fixes, seconds after). With a title, it is headed by it;
 * without, by its first word, and it has no `<html>` or `<body>` at all.
 */
export function neverClosedDivs(count = 400_000, title?: string): string {
  const divs = '<div>word '.repeat(count);
  return title === undefined ? divs : `<html><head><title>${title}</title></head><body>${divs}`;
}
