/**
 * A bound on how deep a page's elements nest. A page whose tags are never closed (a
 * generator that opens a `<div>` or `<font>` per item) nests one level per item; Readability
 * and the steps after it look at each element's whole subtree, so such a page took time that
 * grew with the square of its size or worse (226 KB of nested `<div>`s: 90 s). Browsers bound
 * nesting too (Chrome's parser stops at 512). Below `MAX_DEPTH` the content is kept as flat
 * paragraphs: every text in order, one `<p>` per paragraph, pictures and line breaks kept.
 * (linkedom, patched, already stops nesting at 512 while it parses, as browsers do; this
 * bound is lower and keeps the chain's paragraphs together.)
 * Real pages nest 15–40 deep: they are never touched.
 */
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

/**
 * Replaces el's content by its text, pictures and breaks, in order, in one `<p>` per paragraph
 * and without any other nesting. Pictures and breaks are moved; the text between them becomes
 * one text node: a chain of 100,000 never-closed <span>s left as many text nodes in one
 * paragraph, and each step that read the paragraph's text joined them all again (most of the
 * time went to collecting the garbage).
 */
function flatten(el: Element, doc: Document): void {
  const out: Element[] = [];
  let para: Element | null = null;
  let text: string[] = [];
  const open = (): Element => {
    if (!para) out.push((para = doc.createElement('p')));
    return para;
  };
  const endText = (): void => {
    if (text.length === 0) return;
    const value = text.join('');
    text = [];
    if (para || /\S/.test(value)) open().appendChild(doc.createTextNode(value));
  };
  const endPara = (): void => {
    endText();
    para = null;
  };
  // Visited in document order with an explicit stack (the nesting may be thousands deep):
  // a node to visit, or null for "a block ends here". Children are stacked before any of
  // them is moved.
  const todo: Array<Node | null> = [];
  const pushChildren = (n: Node): void => {
    for (let c = n.lastChild; c; c = c.previousSibling) todo.push(c);
  };
  pushChildren(el);
  while (todo.length > 0) {
    const node = todo.pop();
    if (node === null) {
      endPara();
      continue;
    }
    if (node === undefined) break;
    if (node.nodeType === 3) {
      text.push(node.nodeValue ?? '');
      continue;
    }
    if (node.nodeType !== 1) continue;
    const tag = (node as Element).localName;
    if (DROP.has(tag)) continue;
    if (VOID.has(tag)) {
      endText();
      open().appendChild(node);
      continue;
    }
    if (BLOCK.has(tag)) {
      endPara();
      todo.push(null);
    }
    pushChildren(node);
  }
  endPara();
  // One node at a time: spread as arguments, a long chain's nodes overflowed the stack.
  el.replaceChildren();
  for (const p of out) el.appendChild(p);
}
