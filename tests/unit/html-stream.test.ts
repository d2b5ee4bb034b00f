/**
 * Issue 10: a saved page too big for Readability to read in time goes to the streaming
 * extractor (formats/html/stream-extract.ts), which must lose nothing of the page's text; a page
 * under the budget still goes through Readability, exactly as before.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it, vi } from 'vitest';
import { shapesOf } from '../../bench/parse-shapes.mjs';
import { articlesFromBytes } from '../../src/library/parse/articles-from-bytes.js';
import { parseHtml } from '../../src/library/formats/html/html.js';
import { countPage, overReadabilityBudget, predictedMs } from '../../src/library/formats/html/readability-budget.js';
import * as stream from '../../src/library/formats/html/stream-extract.js';
import { neverClosedDivs } from '../helpers/never-closed.js';

vi.mock('../../src/library/formats/html/stream-extract.js', async (original) => {
  const real = await original<typeof stream>();
  return { ...real, streamArticle: vi.fn(real.streamArticle) };
});
const streamed = vi.mocked(stream.streamArticle);

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const VOCABULARY = 'lorem ipsum dolor sit amet consectetur adipiscing elit sed word'.split(' ');
// Control characters a terminal would act on (the tab and newline of preformatted text aside).
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/;

/** How often each word of the shapes' vocabulary stands in the page's text (tags, scripts and styles left out). */
function wordCounts(text: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const w of text.toLowerCase().split(/[^a-z]+/)) if (VOCABULARY.includes(w)) counts.set(w, (counts.get(w) ?? 0) + 1);
  return counts;
}
const visibleText = (html: string): string =>
  html.replace(/<(script|style)\b[^>]*>[\s\S]*?<\/\1>/gi, ' ').replace(/<title>[\s\S]*?<\/title>/i, ' ').replace(/<[^>]*>/g, ' ');

function read(html: string) {
  const out = articlesFromBytes(new TextEncoder().encode(html), 'page.html');
  if (!out.ok) throw new Error(out.reason);
  return out.articles[0]!;
}

describe('the streaming extractor', () => {
  const HOSTILE = shapesOf(100).flatMap((s) => (s.shape.includes('hostile') ? [s.shape] : []));

  it.each(HOSTILE)('reads "%s" at 2 MB, over the budget, and loses no word', (shape) => {
    const html = shapesOf(2_000_000, [shape])[0]!.text;
    expect(overReadabilityBudget(html) || shape.includes('scripts and styles')).toBe(true);
    streamed.mockClear();
    const article = read(html);
    const body = article.blocks.map((b) => b.text).join('\n');
    // The headline left the body; count it back in.
    expect(wordCounts(`${article.headline} ${body}`)).toEqual(wordCounts(visibleText(html)));
    expect(CONTROL.test(`${article.headline}${body}`)).toBe(false);
    if (!shape.includes('scripts and styles')) expect(streamed).toHaveBeenCalledTimes(1);
  });

  it('reads the 4 MB page of never-closed <div>s as one word a paragraph, headed by its title', () => {
    const article = read(neverClosedDivs(400_000, 'Deep'));
    expect(article.headline).toBe('Deep');
    expect(article.blocks).toHaveLength(400_000);
    expect(article.blocks.every((b) => b.kind === 'paragraph' && b.text === 'word')).toBe(true);
  });

  it('keeps the kinds of blocks, drops furniture and hidden text, and prefers the <article>', () => {
    const story = (i: number) => `<p>Paragraph ${i} of the story, long enough to be prose &amp; read.</p>`;
    const page = `<html><head><title>Big Story | Site</title><meta property="og:title" content="Big Story">
      <meta name="author" content="Jane Doe"><meta property="article:published_time" content="2024-05-09T10:00:00Z">
      <script type="application/ld+json">{"@type":"NewsArticle","headline":"Big Story"}</script><style>p{}</style></head>
      <body><header><a href="/">Site</a><nav><a>Home</a><a>World</a></nav></header>
      <div class="cookie-banner">We use cookies to improve the site</div>
      <aside><h2>Most read</h2><ul><li>Other story</li></ul></aside>
      <article><h1>Big Story</h1><figure><img src="a.jpg" alt="A harbour at dawn, seen from the hill"><figcaption>The harbour at dawn. Photo: Ann Lee</figcaption></figure>
      ${Array.from({ length: 30_000 }, (_, i) => story(i)).join('')}
      <h2>What comes next</h2><ul><li>First point</li><li>Second point<ol><li>Nested</li></ol></li></ul>
      <blockquote><p>A quoted line.</p></blockquote><pre>code  line\n  indented</pre>
      <p hidden>Hidden text</p><p>Line one<br>still one<br><br>Line two</p><script>var x = "<p>not text</p>";</script></article>
      <footer>Copyright Site</footer></body></html>`;
    expect(overReadabilityBudget(page)).toBe(true);
    const a = read(page);
    expect([a.headline, a.byline, a.published]).toEqual(['Big Story', 'Jane Doe', '2024-05-09']);
    expect(a.captions[0]).toEqual({ text: 'The harbour at dawn.', credit: 'Ann Lee' });
    const texts = a.blocks.map((b) => b.text);
    expect(texts[0]).toBe('Paragraph 0 of the story, long enough to be prose & read.');
    for (const gone of ['cookies', 'Most read', 'Other story', 'Home', 'Copyright', 'Hidden text', 'not text']) {
      expect(texts.some((t) => t.includes(gone))).toBe(false);
    }
    expect(a.blocks.slice(-9)).toEqual([
      { kind: 'paragraph', text: 'Paragraph 29999 of the story, long enough to be prose & read.' },
      { kind: 'heading', text: 'What comes next', level: 2 },
      { kind: 'list-item', text: 'First point', marker: '•', depth: 0 },
      { kind: 'list-item', text: 'Second point', marker: '•', depth: 0 },
      { kind: 'list-item', text: 'Nested', marker: '1.', depth: 1 },
      { kind: 'quote', text: 'A quoted line.' },
      { kind: 'preformatted', text: 'code  line\n  indented' },
      { kind: 'paragraph', text: 'Line one still one' }, // one <br> is a space, as on the DOM path
      { kind: 'paragraph', text: 'Line two' },
    ]);
  });
});

describe('the streaming extractor finds the story on a page that does not mark it', () => {
  // No <article>, <main>, <nav> or furniture class names: only the text tells the story from the links.
  const prose = (from: number, n: number) =>
    Array.from({ length: n }, (_, i) => `<p>Paragraph ${from + i} tells the story, with <a href="/s">one link</a> in it.</p>`).join('');
  const links = (what: string, n: number) =>
    `<ul>${Array.from({ length: n }, (_, i) => `<li><a href="/${what}/${i}">${what} link number ${i} of the site</a></li>`).join('')}</ul>`;
  const body = (html: string) => {
    const out = stream.streamArticle(`<html><head><title>Quiet Story</title></head><body>${html}</body></html>`);
    if (!out.ok) throw new Error(out.reason);
    return out.articles[0]!.blocks.map((b) => b.text);
  };

  it('keeps the element that holds the prose and drops the link lists around it', () => {
    const texts = body(`<div class="top">${links('Topics', 30)}</div><div class="wrap"><div class="col-a">${links('Section', 20)}</div>
      <div class="col-b"><h2>How it began</h2>${prose(0, 40)}</div><div class="col-c"><h3>More</h3>${links('Story', 25)}</div></div>
      <div class="bottom">${links('About', 15)}</div>`);
    expect(texts[0]).toBe('How it began');
    expect(texts.filter((t) => t.startsWith('Paragraph'))).toHaveLength(40);
    expect(texts.at(-1)).toBe('Paragraph 39 tells the story, with one link in it.');
    expect(texts.some((t) => t.includes('link number'))).toBe(false);
  });

  it('keeps a story split in two by an advert, with the advert', () => {
    const texts = body(`<div class="strip">${links('Menu', 40)}</div><div class="story"><div>${prose(0, 20)}</div>
      <div class="ad"><a href="/buy">Buy now</a></div><div>${prose(20, 20)}</div></div>`);
    expect(texts.filter((t) => t.startsWith('Paragraph'))).toHaveLength(40);
    expect(texts).toContain('Buy now');
    expect(texts.some((t) => t.includes('Menu link'))).toBe(false);
  });

  it('skips what a role marks as navigation or a sidebar, and reads no byline there (a class "authority-control" is not an author)', () => {
    const out = stream.streamArticle(`<html><head><title>Quiet Story</title></head><body><div class="col-b">${prose(0, 20)}</div>
      <div role="navigation" class="navbox authority-control"><a href="/help">Authority control</a> BNF: cb11935432d</div>
      <div role="complementary"><p>A sidebar paragraph long enough to be prose, but beside the story.</p></div></body></html>`);
    if (!out.ok) throw new Error(out.reason);
    const a = out.articles[0]!;
    expect(a.byline).toBeNull();
    expect(a.blocks.some((b) => /Authority|sidebar/.test(b.text))).toBe(false);
    expect(a.blocks.filter((b) => b.text.startsWith('Paragraph'))).toHaveLength(20);
  });

  it('keeps every block of a page with too little prose to tell', () => {
    const texts = body(`<div>${links('Menu', 5)}</div><div><p>A short note.</p></div>`);
    expect(texts).toHaveLength(6);
  });
});

describe('pages under the budget', () => {
  const fixtures = path.join(repoRoot, 'tests/fixtures/extract');
  const pages = readdirSync(fixtures).filter((f) => f.endsWith('.html'));

  it.each(pages)('%s goes through Readability, not the streaming extractor', (name) => {
    const html = readFileSync(path.join(fixtures, name), 'utf8');
    expect(predictedMs(countPage(html))).toBeLessThan(400);
    expect(overReadabilityBudget(html)).toBe(false);
    streamed.mockClear();
    parseHtml(html);
    expect(streamed).not.toHaveBeenCalled();
  });

  it('a real-sized news page (150 KB, 2,000 elements) is under the budget; the same page ten times over is not', () => {
    const para = '<div class="entry"><p>A sentence of a real story, with <a href="/x">a link</a> and <em>emphasis</em>, as pages have.</p></div>';
    const page = (n: number) => `<html><head><title>T</title></head><body><article>${para.repeat(n)}</article></body></html>`;
    expect(overReadabilityBudget(page(1_000))).toBe(false);
    expect(overReadabilityBudget(page(10_000))).toBe(true);
  });

  it('a 50 KB page of one word per element, cheap enough for the budget but no prose, goes to the streaming extractor', () => {
    const shape = shapesOf(100).find((s) => s.shape.includes('one-word'))!.shape;
    const html = shapesOf(50_000, [shape])[0]!.text;
    expect(predictedMs(countPage(html))).toBeLessThan(400);
    expect(overReadabilityBudget(html)).toBe(true);
    streamed.mockClear();
    const article = read(html);
    expect(streamed).toHaveBeenCalledTimes(1);
    expect(article.blocks).toHaveLength(4_999);
    expect(article.blocks.every((b) => b.kind === 'paragraph' && b.text === 'word')).toBe(true);
  });
});
