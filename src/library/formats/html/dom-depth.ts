/**
 * A bound on how deep a page's elements nest. A page whose tags are never closed (a
 * generator that opens a `<div>` or `<font>` per item) nests one level per item; Readability
 * and the steps after it look at each element's whole subtree, so such a page took time that
 * grew with the square of its size or worse (226 KB of nested `<div>`s: 90 s). Browsers bound
 * nesting too (Chrome's parser stops at 512). Below `MAX_DEPTH` the content is kept as flat
 * text: every text in order, paragraph boundaries as blank lines (`<br><br>`, which both
 * Readability and html-to-blocks read as a paragraph break), pictures and line breaks kept.
 * Real pages nest 15–40 deep: they are never touched.
 */
import { parseHTML } from 'linkedom';

export const MAX_DEPTH = 128;

// Elements that hold nothing and are kept as they are.
const VOID = new Set(['img', 'br', 'hr', 'wbr']);
// Elements whose text is never prose: dropped with their content.
const DROP = new Set(['script', 'style', 'template', 'noscript', 'svg', 'head', 'title']);
// Elements that end a paragraph.
const BLOCK = new Set([
  'p', 'div', 'section', 'article', 'main', 'header', 'footer', 'aside', 'nav', 'li', 'ul', 'ol', 'dl',
  'dt', 'dd', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'blockquote', 'pre', 'table', 'tr', 'td', 'th',
  'figure', 'figcaption', 'address', 'center', 'details', 'summary', 'form', 'fieldset',
]);

/** The document of a saved page, its nesting bounded (see the module comment). */
export function parsePage(html: string): Document {
  const { document } = parseHTML(html);
  capDepth(document);
  return document;
}

/**
 * Flattens what lies deeper than `max` (the root element is depth 1). The flattening starts
 * where the deep run of nesting starts: from the element at depth `max`, up through ancestors
 * that hold at most `CHAIN` elements (one level of an unclosed-tag chain holds its own
 * paragraph and the next level), so a chain of unclosed `<div>`s is flattened whole and none of
 * its paragraphs is cut off from the rest; a deep widget inside a real container (which holds
 * many elements) is flattened alone.
 */
export function capDepth(doc: Document, max = MAX_DEPTH): void {
  const root = doc.documentElement;
  if (!root) return;
  const deep: Element[] = [];
  const stack: Array<[Element, number]> = [[root, 1]];
  while (stack.length > 0) {
    const [el, depth] = stack.pop()!;
    if (depth >= max) {
      if (el.firstElementChild) deep.push(el);
      continue;
    }
    for (let c = el.lastElementChild; c; c = c.previousElementSibling) stack.push([c, depth + 1]);
  }
  for (const el of deep) {
    if (!isIn(el, root)) continue; // inside a chain already flattened
    let top = el;
    for (let depth = max; depth > MIN_TOP && top.parentElement && top.parentElement.childElementCount <= CHAIN; depth -= 1) {
      top = top.parentElement;
    }
    flatten(top, doc);
  }
}

const CHAIN = 3;
// The flattening never starts above html > body > one container.
const MIN_TOP = 3;

function isIn(el: Element, root: Element): boolean {
  let up: Element | null = el;
  while (up && up !== root) up = up.parentElement;
  return up === root;
}

/** Replaces el's content by its text, pictures and breaks, in order, without any nesting. */
function flatten(el: Element, doc: Document): void {
  const out: Node[] = [];
  const brk = (): void => {
    out.push(doc.createElement('br'), doc.createElement('br'));
  };
  // Visited in document order with an explicit stack (the nesting may be thousands deep):
  // a node to visit, or null for "a block ends here".
  const todo: Array<Node | null> = [];
  const pushChildren = (n: Node): void => {
    for (let c = n.lastChild; c; c = c.previousSibling) todo.push(c);
  };
  pushChildren(el);
  while (todo.length > 0) {
    const node = todo.pop();
    if (node === null) {
      brk();
      continue;
    }
    if (node === undefined) break;
    if (node.nodeType === 3) {
      out.push(doc.createTextNode(node.nodeValue ?? ''));
      continue;
    }
    if (node.nodeType !== 1) continue;
    const tag = (node as Element).tagName.toLowerCase();
    if (DROP.has(tag)) continue;
    if (VOID.has(tag)) {
      out.push(node.cloneNode(false));
      continue;
    }
    const block = BLOCK.has(tag);
    if (block) {
      brk();
      todo.push(null);
    }
    pushChildren(node);
  }
  // One node at a time: spread as arguments, a long chain's nodes overflowed the stack.
  el.replaceChildren();
  for (const node of out) el.appendChild(node);
}
