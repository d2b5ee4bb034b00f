/**
 * The Readability patch (patches/, issue 10) weighs a box by sums of its subtree made once, from
 * its children's sums, where Readability walked the whole subtree of every box it weighed:
 * its text, the text of the lists, headings and links in it, tag counts. On a page of blocks
 * nested 60 deep that was each element walked once per block around it, half of the parse.
 * The sums must say exactly what the walks said, and stay true while boxes inside are removed.
 */
import { Readability } from '@mozilla/readability';
import fc from 'fast-check';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';

/** The patch's helpers and the calls they replace (not in Readability's types). */
interface Patched {
  _subtreeSums: Map<Node, Sums> | null;
  _sumsOf(e: Element): Sums;
  _getInnerText(e: Element, normalizeSpaces?: boolean): string;
  _getAllNodesWithTag(e: Element, names: string[]): ArrayLike<Element>;
  _getLinkDensity(e: Element, textLength?: number): number;
  _cleanConditionally(e: Element, tag: string): void;
}
interface Sums {
  norm: number;
  short: string | null;
  commas: number;
  textish: boolean;
  lists: number;
  headings: number;
  links: number;
  hashLinks: number;
  dataTable: boolean;
  embeds: number;
  p: number;
  img: number;
  li: number;
  input: number;
}

const patched = (document: Document) => new Readability(document) as unknown as Patched;
const TEXTISH = new Set(['SPAN', 'LI', 'TD', 'BLOCKQUOTE', 'DL', 'DIV', 'IMG', 'OL', 'P', 'PRE', 'TABLE', 'UL']);

/** What Readability's walks say of e's subtree, field for field. */
function walked(r: Patched, e: Element): Sums {
  const text = r._getInnerText(e);
  const lengthOf = (names: string[]) => Array.from(r._getAllNodesWithTag(e, names)).reduce((n, x) => n + r._getInnerText(x).length, 0);
  const links = Array.from(e.getElementsByTagName('a'));
  const isHash = (a: Element) => /^#.+/.test(a.getAttribute('href') ?? '');
  const count = (name: string) => e.getElementsByTagName(name).length;
  const hasTextNode = (x: Node): boolean =>
    Array.from(x.childNodes).some((c) => (c.nodeType === 3 && c.textContent!.trim() !== '') || hasTextNode(c));
  return {
    norm: text.length,
    short: text.length <= 64 ? text : null,
    commas: text.split(',').length - 1,
    textish: Array.from(e.querySelectorAll('*')).some((x) => TEXTISH.has(x.tagName) && hasTextNode(x)),
    lists: lengthOf(['ul', 'ol']),
    headings: lengthOf(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']),
    links: links.filter((a) => !isHash(a)).reduce((n, a) => n + r._getInnerText(a).length, 0),
    hashLinks: links.filter(isHash).length,
    dataTable: Array.from(e.getElementsByTagName('table')).some((t) => (t as unknown as { _readabilityDataTable?: boolean })._readabilityDataTable === true),
    embeds: r._getAllNodesWithTag(e, ['object', 'embed', 'iframe']).length,
    p: count('p'),
    img: count('img'),
    li: count('li'),
    input: count('input'),
  };
}

// Pages from pieces that meet at every kind of edge: whitespace runs of one and of several
// characters (ASCII, no-break, ideographic, line separators) inside and across elements,
// commas, short texts the ad and loading words match, links to anchors and to pages.
const TEXTS = [' ', '  ', '\n', '\t \n', '\u00a0', '\u3000', '\u2028', 'ad', 'Loading…', 'a,b', ',', 'word', 'two words', 'x'.repeat(70)];
const OPEN = ['<div>', '<p>', '<span>', '<a href="#n">', '<a href="/p">', '<a>', '<ul>', '<ol>', '<li>', '<h2>', '<h5>', '<b>', '<table data-t>', '<table>', '<td>', '<iframe>', '<embed>', '<img>', '<input>', '<pre>'];
const piece = fc.oneof(fc.constantFrom(...TEXTS), fc.constantFrom(...OPEN), fc.constant('</*>'));
const page = fc.array(piece, { maxLength: 40 }).map((parts) => {
  const open: string[] = [];
  const html = parts.map((p) => {
    if (p === '</*>') return open.length ? `</${open.pop()}>` : '';
    const tag = /^<(\w+)/.exec(p)?.[1];
    if (tag && !['img', 'input', 'embed'].includes(tag)) open.push(tag);
    return p;
  });
  return `<html><body><div id="root">${html.join('')}</div></body></html>`;
});

describe('Readability weighs a box by sums made once (patch)', () => {
  it('the sums of every element say what the walks over its subtree say', () => {
    fc.assert(
      fc.property(page, (html) => {
        const { document } = parseHTML(html);
        for (const t of Array.from(document.querySelectorAll('table[data-t]'))) (t as unknown as { _readabilityDataTable: boolean })._readabilityDataTable = true;
        const r = patched(document);
        const elements = [document.getElementById('root')!, ...Array.from(document.getElementById('root')!.querySelectorAll('*'))];
        const expected = elements.map((e) => ({ sums: walked(r, e), density: r._getLinkDensity(e) }));
        r._subtreeSums = new Map();
        // From the last, as _cleanConditionally asks; each answer as the walks gave it.
        for (let k = elements.length - 1; k >= 0; k -= 1) {
          const sums = r._sumsOf(elements[k]!);
          expect(sums).toMatchObject(expected[k]!.sums);
          expect(r._getLinkDensity(elements[k]!)).toBe(expected[k]!.density);
        }
        r._subtreeSums = null;
      }),
      { numRuns: 400 },
    );
  });

  it('a box is weighed by what is left in it once the boxes inside it were cleaned', () => {
    // The box of links inside is cleaned first (a "comment" class weighs it below zero); the box
    // around it must then be weighed without those links, and stays. Weighed with them, it is
    // a little linky and goes too.
    const { document } = parseHTML(
      `<html><body><div id="root"><div id="outer"><p>Plain words, and not one link among them.</p><div class="comment">${'<a href="/x">a link to elsewhere</a> '.repeat(4)}</div></div></div></body></html>`,
    );
    patched(document)._cleanConditionally(document.getElementById('root')!, 'div');
    expect(document.getElementById('outer')).not.toBeNull();
    expect(document.querySelector('.comment')).toBeNull();
  });

  it('on blocks nested 60 deep, Readability reads the page\'s text a few times, not once per level', () => {
    const block = (i: number) => `${Array.from({ length: 60 }, (_, d) => `<div class="l${d % 7}">lorem ipsum, dolor ${i}.`).join('')}${'</div>'.repeat(60)}`;
    const { document } = parseHTML(`<html><head><title>T</title></head><body><article><h1>T</h1>${Array.from({ length: 10 }, (_, i) => block(i)).join('')}</article></body></html>`);
    const text = document.body.textContent!.length;
    // Count the characters every element's textContent hands out while Readability runs.
    let proto: object | null = Object.getPrototypeOf(document.body);
    let own: PropertyDescriptor | undefined;
    while (proto && !(own = Object.getOwnPropertyDescriptor(proto, 'textContent'))) proto = Object.getPrototypeOf(proto);
    let read = 0;
    Object.defineProperty(proto, 'textContent', { ...own, get(this: Element) { const t = own!.get!.call(this) as string; read += t.length; return t; } });
    try {
      const article = new Readability(document).parse()!;
      expect(article.textContent).toContain('dolor 9.');
    } finally {
      Object.defineProperty(proto, 'textContent', own!);
    }
    // 3 times the page's text with the sums; 34 times before (each of 60 levels read whole).
    expect(read / text).toBeLessThan(6);
  });
});
