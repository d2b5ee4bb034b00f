// Saved pages of a chosen size in the shapes that made parsing slow or super-linear (issue 10):
// one huge line with a wide or invisible character before tabs, many tabs, CJK, zero-width and
// combining characters, emoji sequences, and an ordinary news page and saved HTML for scale.
// Deterministic and in memory; used by bench/parse-mbps.mjs and the linear-time property test.
//
// Add a shape by adding an entry to SHAPES: a name and a function (bytes, rand) => text.

import { prng } from './generate.mjs';
import { pageCorpus } from './parse-corpus.mjs';
import { fill, HOSTILE_HTML } from './parse-shapes-html.mjs';

/** The head of a saved news page, so the text is read as one (breadcrumb, headline, date). */
const HEAD = 'News > World\n\nA Headline for a Long Page\n\nPublished 12 Mar 2024\n\nA standfirst that says what the page is about.\n\n';

const words = (rand, n) => Array.from({ length: n }, () => 'lorem ipsum dolor sit amet consectetur adipiscing elit sed'.split(' ')[Math.floor(rand() * 9)]).join(' ');

/** name → (bytes, rand) => text. */
export const SHAPES = {
  'news page': (bytes) => {
    const [first] = pageCorpus(1);
    const body = pageCorpus(400).map((a) => a.text.split('\n\n').slice(-4, -1).join('\n\n'));
    return first.text + '\n\n' + fill(bytes - first.text.length, (i) => `${body[i % body.length]}\n\n`);
  },
  // Lines of 80,000 characters with the character at the start and tabs only at the end: the
  // shape that took 13.5 s per line when tab stops were measured by string-width.
  'long lines, € before tabs': (bytes, rand) => HEAD + fill(bytes, (i) => (i % 2000 === 0 ? '€ ' : i % 2000 === 1999 ? 'end\t\tx\n' : `${words(rand, 6)} `)),
  'long lines, U+200B before tabs': (bytes, rand) => HEAD + fill(bytes, (i) => (i % 2000 === 0 ? '\u200B ' : i % 2000 === 1999 ? 'end\t\tx\n' : `${words(rand, 6)} `)),
  'many tabs (a table)': (bytes, rand) => HEAD + fill(bytes, (i) => `${i}\t${words(rand, 1)}\t€${i % 97}\t\t${words(rand, 2)}${i % 8 === 7 ? '\n' : '\t'}`),
  'CJK, long lines': (bytes) => HEAD + fill(bytes, (i) => `東京都の新しい計画について、市民が意見を述べた。${i % 50 === 49 ? '\n\n' : ''}`),
  'zero-width and soft hyphens': (bytes, rand) => HEAD + fill(bytes, (i) => `${words(rand, 4).replace(/ /g, '\u200B ')}\u00AD\u2060${i % 40 === 39 ? '\n\n' : ' '}`),
  'combining marks': (bytes) => HEAD + fill(bytes, (i) => `Tie\u0302\u0301\u0323\u0300\u0308 ba\u0301\u0300${i % 30 === 29 ? '\n\n' : ' '}`),
  'emoji sequences': (bytes) => HEAD + fill(bytes, (i) => `👨‍👩‍👧‍👦 🇯🇵 1️⃣ 👍🏽 news${i % 40 === 39 ? '\n\n' : ' '}`),
  'saved HTML': (bytes, rand) => {
    const open = '<!doctype html><html><head><meta charset="utf-8"><title>A Headline for a Long Page</title></head><body><article><h1>A Headline for a Long Page</h1>';
    return `${open}${fill(bytes - open.length, () => `<p>${words(rand, 60)} <a href="#">${words(rand, 2)}</a>.</p>\n`)}</article></body></html>`;
  },
  // A generator that opens a <div> per item and never closes it: the nesting grows with the
  // page (226 KB took 90 s when every step looked at each element's whole subtree).
  'saved HTML, a <div> per paragraph never closed': (bytes, rand) => {
    const open = '<!doctype html><html><head><meta charset="utf-8"><title>A Headline for a Long Page</title></head><body><article><h1>A Headline for a Long Page</h1>';
    return `${open}${fill(bytes - open.length, (i) => `<div class="item i${i % 9}"><p>${words(rand, 40)} <a href="#">${words(rand, 2)}</a>.</p>\n`)}</article></body></html>`;
  },
  // What real pages carry besides the article: inline scripts (one with "</scr" + "ipt>" in a
  // string), styles, SVG icons and comments.
  'saved HTML with scripts, styles and SVG': (bytes, rand) => {
    const open = '<!doctype html><html><head><meta charset="utf-8"><title>A Headline for a Long Page</title><script>var end = "</scr" + "ipt>";</script></head><body><article><h1>A Headline for a Long Page</h1>';
    return `${open}${fill(bytes - open.length, (i) => `<p>${words(rand, 40)}.</p><script>window.d${i} = { text: "${words(rand, 30)}" };</script><style>.a${i} { color: red }</style><svg viewBox="0 0 9 9"><path d="${'M0 0 L9 9 '.repeat(12)}"/></svg><!-- ${words(rand, 10)} -->\n`)}</article></body></html>`;
  },
  ...HOSTILE_HTML,
};

/** Every shape at `bytes` (UTF-8, approximately), as `{ shape, rel, text }`. */
export function shapesOf(bytes, names = Object.keys(SHAPES)) {
  return names.map((shape, k) => {
    const text = SHAPES[shape](bytes, prng(1000 + k));
    return { shape, rel: shape.startsWith('saved HTML') ? 'page.html' : 'page.txt', text };
  });
}
