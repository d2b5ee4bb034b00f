/**
 * Pages of tags that are never closed (issue 10): the HTML parser under linkedom kept its open
 * tags with unshift/shift (every tag moved the whole stack: 400,000 unclosed <div>s took 70 s
 * in htmlparser2 alone), and linkedom built one nesting level per tag. Both are patched
 * (patches/htmlparser2+10.1.0.patch, patches/linkedom+0.18.15.patch); these tests check that
 * what they produce is unchanged where it should be, and bounded where it must be. The time
 * itself is checked by the linear-time property test and measured by the bench.
 */
import { Parser } from 'htmlparser2';
import { parseHTML } from 'linkedom';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { depthOf } from '../helpers/dom-depth.js';
import { parseHtml } from '../../src/library/formats/html/html.js';
import { parsePage } from '../../src/library/formats/html/page-document.js';

function events(html: string): string {
  const out: string[] = [];
  const parser = new Parser({
    onopentag: (name) => out.push(`<${name}>`),
    onclosetag: (name, implied) => out.push(`</${name}${implied ? '?' : ''}>`),
    ontext: (text) => out.push(text),
  });
  parser.end(html);
  return out.join(' ');
}


describe('htmlparser2 with its open tags kept outermost first', () => {
  // What the unpatched parser reported for each input (implied closes marked "?").
  it.each([
    ['<p>a<div>b</p>c', '<p> a </p?> <div> b <p> </p> c </div?>'],
    ['<ul><li>a<li>b</ul>d</span>e', '<ul> <li> a </li?> <li> b </li?> </ul> d e'],
    ['<svg><path/><foreignObject><p>x</foreignObject></svg><br/>y', '<svg> <path> </path?> <foreignobject> <p> x </p?> </foreignobject> </svg> <br> </br?> y'],
    ['<table><tr><td>a<td>b</table></br>', '<table> <tr> <td> a </td?> <td> b </td?> </tr?> </table> <br> </br>'],
    ['<b><i>x</b>y</i>', '<b> <i> x </i?> </b> y'],
    ['<div><span>never closed', '<div> <span> never closed </span?> </div?>'],
  ])('reports the same events for %s', (html, expected) => {
    expect(events(html)).toBe(expected);
  });

  it('closes 100,000 unclosed tags innermost first, and ignores a close tag nothing opened', () => {
    const out = events(`${'<div>'.repeat(100_000)}</span>x`).split(' ');
    expect(out.filter((e) => e === '<div>')).toHaveLength(100_000);
    expect(out.filter((e) => e === '</div?>')).toHaveLength(100_000);
    expect(out[100_000]).toBe('x');
  });

  it('holds an open tag in a few bytes: one string per tag name, shared by every open element', () => {
    setFlagsFromString('--expose-gc');
    const collect = runInNewContext('gc') as () => void;
    const parser = new Parser({});
    parser.write('<html><body>');
    collect();
    const before = process.memoryUsage().heapUsed;
    parser.write('<div>'.repeat(200_000));
    collect();
    const perTag = (process.memoryUsage().heapUsed - before) / 200_000;
    parser.end();
    // 15 bytes with shared names (the stack's slot and its spare room); 39 when each open
    // <div> kept a string of its own, and garbage collection had 200,000 more to move.
    expect(perTag).toBeLessThan(26);
  });
});

describe('linkedom bounds nesting while it parses', () => {
  const items = (n: number) => Array.from({ length: n }, (_, i) => `<div class="item"><p>Item ${i} says <a href="#${i}">link ${i}</a>.</p>`).join('');

  it('3,000 unclosed <div>s nest at most 512 deep, every item in order with its link in its paragraph', () => {
    const { document } = parseHTML(`<html><body>${items(3000)}</body></html>`);
    expect(depthOf(document)).toBeLessThanOrEqual(512);
    const text = document.body.textContent ?? '';
    let last = -1;
    for (let i = 0; i < 3000; i += 1) {
      const at = text.indexOf(`Item ${i} says link ${i}.`);
      expect(at).toBeGreaterThan(last);
      last = at;
    }
    expect(document.querySelectorAll('p > a')).toHaveLength(3000);
  });

  it('deep nesting that is closed keeps the text after each closing tag in its place', () => {
    const { document } = parseHTML(`<html><body>${'<div>a'.repeat(2000)}<b>x</b>${'</div>c'.repeat(2000)}</body></html>`);
    expect(depthOf(document)).toBeLessThanOrEqual(512);
    expect(document.body.textContent).toBe(`${'a'.repeat(2000)}x${'c'.repeat(2000)}`);
  });
});

describe('a page saved without <html> or <body>', () => {
  const story = 'A paragraph of the story with enough words in it to be read as prose by the extractor. ';

  it('gets a body: its title goes to the head, its content to the body, in order', () => {
    const doc = parsePage(`<title>Fragment</title><h1>Fragment</h1><p>${story}</p><p>Second.</p>`);
    expect(doc.documentElement.localName).toBe('html');
    expect(doc.title).toBe('Fragment');
    expect(Array.from(doc.body.children).map((e) => e.localName)).toEqual(['h1', 'p', 'p']);
  });

  it('is read as an article (it was "no article found", or failed inside Readability)', () => {
    const out = parseHtml(`<title>Fragment</title><h1>Fragment</h1>${`<p>${story.repeat(3)}</p>`.repeat(4)}`);
    expect(out.ok && out.articles[0]!.headline).toBe('Fragment');
  });

  it('of one-word <div>s never closed, and no title, is headed by its first word and keeps every other', () => {
    const out = parseHtml(Array.from({ length: 20_000 }, (_, i) => `<div>w${i} `).join(''));
    expect(out.ok).toBe(true);
    if (!out.ok) return;
    const [article] = out.articles;
    expect(article!.headline).toBe('w0');
    const words = article!.blocks.map((b) => b.text);
    expect(words).toHaveLength(19_999);
    expect(words[0]).toBe('w1');
    expect(words.at(-1)).toBe('w19999');
  });
});
