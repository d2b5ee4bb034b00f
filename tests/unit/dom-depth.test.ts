/**
 * Nesting is bounded (issue 10): a page whose generator never closes its tags nests one level
 * per item, and each step that looks at an element's subtree made such a page quadratic or
 * worse (226 KB took 90 s). Below MAX_DEPTH the content is flattened, keeping every paragraph
 * in order; a page of ordinary depth is never touched.
 */
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { depthOf } from '../helpers/dom-depth.js';
import { MAX_DEPTH } from '../../src/library/formats/html/dom-depth.js';
import { parsePage } from '../../src/library/formats/html/page-document.js';
import { parseHtml } from '../../src/library/formats/html/html.js';


const para = (i: number) => `<p>Paragraph ${i} of the story, with enough words in it to read as prose, number ${i}.</p>`;
const unclosed = (n: number) =>
  `<html><head><title>Deep</title></head><body><article><h1>Deep</h1>${Array.from({ length: n }, (_, i) => `<div class="item">${para(i)}`).join('')}</article></body></html>`;

describe('nesting depth', () => {
  it('a chain of 3,000 unclosed <div>s is flattened below the bound, every paragraph kept in order', () => {
    const doc = parsePage(unclosed(3000));
    // linkedom (patched) stops nesting at 512 while it parses, as browsers do.
    expect(depthOf(parseHTML(unclosed(3000)).document)).toBeLessThanOrEqual(512);
    expect(depthOf(doc)).toBeLessThanOrEqual(MAX_DEPTH + 1);
    const text = doc.body.textContent ?? '';
    const at = [0, 1, 1499, 2999].map((i) => text.indexOf(`Paragraph ${i} of`));
    expect(at.every((x) => x >= 0)).toBe(true);
    expect([...at].sort((a, b) => a - b)).toEqual(at);
  });

  it('a chain of 40,000 short unclosed <div>s (one word each) is read, not refused as "unreadable"', () => {
    // Flattening once handed every node of the chain to one call as arguments: 25,000 such
    // <div>s (75,000 nodes) overflowed the stack, and the page was skipped as unreadable HTML.
    const html = `<html><body><h1>Deep</h1>${Array.from({ length: 40_000 }, (_, i) => `<div>w${i} `).join('')}</body></html>`;
    const doc = parsePage(html);
    expect(depthOf(doc)).toBeLessThanOrEqual(MAX_DEPTH + 1);
    const text = doc.body.textContent ?? '';
    expect(text).toContain('w0 ');
    expect(text).toContain('w39999');
  });

  it('the article of such a page keeps all its paragraphs as paragraphs', () => {
    const out = parseHtml(unclosed(1500));
    expect(out.ok).toBe(true);
    if (!out.ok) return;
    const paragraphs = out.articles[0]!.blocks.filter((b) => b.kind === 'paragraph').map((b) => b.text);
    expect(paragraphs).toHaveLength(1500);
    expect(paragraphs[0]).toMatch(/^Paragraph 0 of/);
    expect(paragraphs[1499]).toMatch(/^Paragraph 1499 of/);
  });

  it('a page of ordinary depth is left as it was, and a deep widget is flattened alone', () => {
    const nested = (d: number, inner: string) => '<div>'.repeat(d) + inner + '</div>'.repeat(d);
    const widget = nested(MAX_DEPTH + 20, '<span>deep <b>widget</b></span>');
    const html = `<html><body><main>${para(1)}${para(2)}<nav><a href="/">Home</a></nav>${nested(40, '<h2>Forty deep</h2>')}${widget}</main></body></html>`;
    const plain = parseHTML(html).document;
    const capped = parsePage(html);
    expect(depthOf(capped)).toBeLessThanOrEqual(MAX_DEPTH + 1);
    expect(capped.querySelector('main > nav a')?.getAttribute('href')).toBe('/');
    expect(capped.querySelector('h2')?.outerHTML).toBe(plain.querySelector('h2')?.outerHTML);
    expect(capped.querySelectorAll('main > p')).toHaveLength(2);
    expect(capped.body.textContent).toContain('deep widget');
  });
});
