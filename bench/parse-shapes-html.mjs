// Hostile shapes of saved HTML (issue 10): pages whose structure, not their text, made parsing
// slow. Each is what a generator or a careless save really produces, grown to a chosen size:
// tags that are never closed (one nesting level per item in a parser that does not close them
// for us), nesting that is closed but very deep, one enormous text node, elements with very many
// attributes, and huge inline scripts and styles. Deterministic; merged into SHAPES by
// bench/parse-shapes.mjs (so the bench and the linear-time property test both run them).

/** Repeats `unit(i)` until the text is about `bytes` UTF-8 bytes long. */
export function fill(bytes, unit) {
  const parts = [];
  let size = 0;
  for (let i = 0; size < bytes; i += 1) {
    const s = unit(i);
    parts.push(s);
    size += Buffer.byteLength(s);
  }
  return parts.join('');
}

const WORDS = 'lorem ipsum dolor sit amet consectetur adipiscing elit sed'.split(' ');
const words = (rand, n) => Array.from({ length: n }, () => WORDS[Math.floor(rand() * WORDS.length)]).join(' ');
const HEAD = '<!doctype html><html><head><meta charset="utf-8"><title>A Headline for a Hostile Page</title></head><body>';
/** A page: head, then `body(bytes left)`; never closed unless the shape closes it. */
const page = (bytes, body) => HEAD + body(bytes - HEAD.length);

/** name → (bytes, rand) => HTML. */
export const HOSTILE_HTML = {
  // The issue's page: 400,000 one-word <div>s, never closed, with no <html>, <head> or <body>.
  'saved HTML, hostile: one-word <div>s never closed, no <body>': (bytes) => fill(bytes, () => '<div>word '),
  'saved HTML, hostile: <p>s never closed': (bytes, rand) => page(bytes, (n) => fill(n, () => `<p>${words(rand, 12)} `)),
  'saved HTML, hostile: <span>s never closed': (bytes, rand) => page(bytes, (n) => `<p>${fill(n, () => `<span>${words(rand, 3)} `)}`),
  'saved HTML, hostile: <ul><li>s never closed': (bytes, rand) => page(bytes, (n) => fill(n, () => `<ul><li>${words(rand, 6)} `)),
  'saved HTML, hostile: table cells never closed': (bytes, rand) => page(bytes, (n) => fill(n, () => `<table><tr><td>${words(rand, 6)} `)),
  'saved HTML, hostile: deep nesting, closed': (bytes, rand) => {
    // Blocks of 1,000 nested <div>s, each level with a sentence, every tag closed.
    const block = (i) => `${Array.from({ length: 1000 }, (_, d) => `<div class="l${d % 7}">${words(rand, 3)} ${i}.`).join('')}${'</div>'.repeat(1000)}`;
    return page(bytes, (n) => `<article><h1>A Headline for a Hostile Page</h1>${fill(n, block)}</article>`);
  },
  // Blocks of 60 nested <div>s, each level a sentence, every tag closed: deeper than any real
  // page (38), under the nesting cap (128). Found in session 9 as a nesting cost; at 50 KB the
  // depth barely matters (session 15: 3.5 MB/s at 5 deep, 3.2 at 100): what costs is the many
  // short elements, each read by Readability.
  'saved HTML, hostile: blocks of 60 nested <div>s, closed': (bytes, rand) => {
    const block = (i) => `${Array.from({ length: 60 }, (_, d) => `<div class="l${d % 7}">${words(rand, 3)} ${i}.`).join('')}${'</div>'.repeat(60)}`;
    return page(bytes, (n) => `<article><h1>A Headline for a Hostile Page</h1>${fill(n, block)}</article>`);
  },
  'saved HTML, hostile: one huge text node': (bytes, rand) => page(bytes, (n) => `<article><h1>A Headline for a Hostile Page</h1><p>${fill(n, () => `${words(rand, 9)}. `)}</p></article>`),
  'saved HTML, hostile: very many attributes': (bytes, rand) =>
    // Paragraphs with 200 attributes each, and one element holding a tenth of the page in attributes.
    page(bytes, (n) => `<article><h1>A Headline for a Hostile Page</h1><div ${fill(n / 10, (i) => `data-a${i}="${i}" `)}>${words(rand, 20)}.</div>${fill(0.9 * n, (i) => `<p ${Array.from({ length: 200 }, (_, k) => `data-k${k}="${i}"`).join(' ')}>${words(rand, 30)}.</p>`)}</article>`),
  'saved HTML, hostile: huge inline scripts and styles': (bytes, rand) =>
    page(bytes, (n) => `<script>var data = [${fill(n / 3, (i) => `{"id":${i},"t":"${words(rand, 4)}"},`)}0];</script><style>${fill(n / 3, (i) => `.c${i} > a:hover { color: #${(i % 4096).toString(16)} }\n`)}</style><article><h1>A Headline for a Hostile Page</h1>${fill(n / 3, () => `<p>${words(rand, 40)}.</p>`)}</article>`),
};
