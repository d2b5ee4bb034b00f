/**
 * The document of a saved page as the extraction steps expect it: `html > head + body`, and
 * nesting bounded. linkedom builds the tree the page's tags describe and nothing more, so a
 * fragment saved without `<html>` or `<body>` (an exported post, a generator's output) had no
 * body: Readability then found no article, or failed ("Cannot read properties of null").
 * Browsers always make both; so does this, moving the page's content into the body and what
 * belongs in a head (title, meta, link, base) into the head.
 */
import { parseHTML } from 'linkedom';
import { capDepth } from './dom-depth.js';

const HEAD_ONLY = new Set(['title', 'meta', 'link', 'base']);

/** The document of a saved page, with a body and its nesting bounded (see dom-depth.ts). */
export function parsePage(html: string): Document {
  const { document } = parseHTML(html);
  withBody(document);
  capDepth(document);
  return document;
}

/** Gives a document without `html > body` one, keeping every node in order. */
export function withBody(doc: Document): void {
  let root = doc.documentElement;
  if (root?.localName === 'html' && childElement(root, 'body')) return;
  if (root?.localName !== 'html') {
    root = doc.createElement('html');
    for (const node of Array.from(doc.childNodes)) if (node.nodeType !== 10) root.appendChild(node);
    doc.appendChild(root);
  }
  const head = childElement(root, 'head') ?? root.insertBefore(doc.createElement('head'), root.firstChild);
  const body = doc.createElement('body');
  for (const node of Array.from(root.childNodes)) {
    if (node === head) continue;
    const name = node.nodeType === 1 ? (node as Element).localName : '';
    if (HEAD_ONLY.has(name)) head.appendChild(node);
    else body.appendChild(node);
  }
  root.appendChild(body);
}

function childElement(el: Element, name: string): Element | null {
  for (let c = el.firstElementChild; c; c = c.nextElementSibling) if (c.localName === name) return c;
  return null;
}
