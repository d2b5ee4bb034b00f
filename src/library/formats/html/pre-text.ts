/**
 * A `<pre>`'s text, line for line, as the page shows it. `<br>` is a line break: syntax
 * highlighters (Prism, highlight.js set-ups) write code as spans and `<br>`s, and
 * `textContent` would glue every line of it into one. Readability turns `<br><br>` into a `<p>`
 * even inside `<pre>`, so a paragraph starts after a blank line and other blocks on a line of
 * their own.
 */
/** Elements that start a line of their own inside `<pre>`. */
const LINE_BLOCKS = new Set([
  'div', 'section', 'article', 'header', 'footer', 'li', 'ul', 'ol', 'dl', 'dt', 'dd', 'tr', 'table',
  'blockquote', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'hr', 'figure', 'figcaption',
]);

/** Newlines at the end of `text`, counted without a regex (this runs once per block). */
function trailingNewlines(text: string): number {
  let n = 0;
  while (n < text.length && text.charCodeAt(text.length - 1 - n) === 10) n++;
  return n;
}

/** The preformatted text of `pre`; `\r\n` and `\r` become `\n`, leading blank lines and trailing space go. */
export function preformattedText(pre: Element): string {
  let text = '';
  const breakTo = (newlines: number): void => {
    if (text === '') return;
    const have = trailingNewlines(text);
    if (have < newlines) text += '\n'.repeat(newlines - have);
  };
  // Walked without recursion: a page can nest thousands of spans.
  const todo: (Node | 'end')[] = Array.from(pre.childNodes).reverse();
  while (todo.length > 0) {
    const item = todo.pop()!;
    if (item === 'end') {
      breakTo(1);
      continue;
    }
    if (item.nodeType === 3) {
      text += item.nodeValue ?? '';
      continue;
    }
    if (item.nodeType !== 1) continue;
    const tag = (item as Element).tagName.toLowerCase();
    if (tag === 'br') {
      text += '\n';
      continue;
    }
    const block = tag === 'p' ? 2 : LINE_BLOCKS.has(tag) ? 1 : 0;
    if (block > 0) {
      breakTo(block);
      todo.push('end');
    }
    const children = item.childNodes;
    for (let i = children.length - 1; i >= 0; i--) todo.push(children[i]!);
  }
  // trimEnd, not /\s+$/: that regex is quadratic in a long run of spaces.
  return text.replace(/\r\n?/g, '\n').replace(/^\n+/, '').trimEnd();
}
