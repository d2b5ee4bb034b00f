/**
 * Issue 10: a saved page nested deeper than any real page (tags never closed, one level per
 * item, or nesting closed but hundreds deep) is read by the streaming extractor, as one over
 * Readability's budget is. On such a page `capDepth` flattened the structure Readability would
 * weigh, and Readability still read it at 2–4 MB/s (88 KB of deep nesting: 24 ms); the streaming
 * extractor reads it at 15 or more, with the same text. Real pages nest at most 38 deep (the
 * deepest of Readability's 130 test pages); the scan counts at most 32 on them.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it, vi } from 'vitest';
import { shapesOf } from '../../bench/parse-shapes.mjs';
import { articlesFromBytes } from '../../src/library/parse/articles-from-bytes.js';
import { countPage, MAX_NESTING, overReadabilityBudget, predictedMs } from '../../src/library/formats/html/readability-budget.js';
import * as stream from '../../src/library/formats/html/stream-extract.js';
import { threadPage } from '../helpers/nested-pages.js';

vi.mock('../../src/library/formats/html/stream-extract.js', async (original) => {
  const real = await original<typeof stream>();
  return { ...real, streamArticle: vi.fn(real.streamArticle) };
});
const streamed = vi.mocked(stream.streamArticle);
const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

function read(html: string) {
  const out = articlesFromBytes(new TextEncoder().encode(html), 'page.html');
  if (!out.ok) throw new Error(out.reason);
  return out.articles[0]!;
}
const words = (text: string) => text.split(/[^a-z]+/i).filter(Boolean).length;
/** The page's article, read by the streaming extractor (and only by it). */
function readStreamed(html: string) {
  streamed.mockClear();
  const article = read(html);
  expect(streamed).toHaveBeenCalledTimes(1);
  return article;
}

describe('how deep a page nests, counted in the budget scan', () => {
  it('counts levels of elements that need an end tag, and closes them at their end tags', () => {
    expect(countPage('<div><section><span>a</span></section></div>'.repeat(500)).nesting).toBe(3);
    expect(countPage(`${'<div>'.repeat(40)}a${'</div>'.repeat(40)}`).nesting).toBe(40);
  });

  it('counts no level for empty elements, self-closed ones, or those whose end tag may be left out', () => {
    const flat = '<p>a<br><img src="x.jpg"><hr><input><li>b<td>c<tr><option>d<dd>e<svg><path d="M0 0"/></svg>'.repeat(1_000);
    expect(countPage(`<html><head><meta charset="utf-8"><link rel="x"></head><body>${flat}`).nesting).toBe(1);
  });

  it('stops once the nesting is deeper than any real page, without reading the rest', () => {
    const counts = countPage(`${'<ul><li>item '.repeat(10_000)}`);
    expect(counts.nesting).toBe(MAX_NESTING + 1);
    expect(counts.elements).toBeLessThan(2 * (MAX_NESTING + 1));
  });
});

describe('a page nested deeper than real pages, under the cap', () => {
  const SHAPE = 'saved HTML, hostile: blocks of 60 nested <div>s, closed';

  it('counts, for each element, the levels it lies below the deepest real page (32)', () => {
    const blocks = `${'<div>x '.repeat(40)}${'</div>'.repeat(40)}`.repeat(10);
    // The k-th <div> of a block opens at depth k - 1: the 34th to the 40th lie 1 to 7 levels deeper.
    expect(countPage(blocks)).toMatchObject({ nesting: 40, deepLevels: 10 * 28 });
    const fixtures = path.join(repoRoot, 'tests/fixtures/extract');
    for (const name of readdirSync(fixtures).filter((f) => f.endsWith('.html'))) {
      expect(countPage(readFileSync(path.join(fixtures, name), 'utf8')).deepLevels, name).toBe(0);
    }
  });

  it('is predicted to cost what Readability takes on it: 260 KB of blocks 60 deep goes to the streaming extractor', () => {
    // Readability took 370-700 ms on 284 KB of it (load 1-7), predicted 399 ms before levels were counted.
    const html = shapesOf(260_000, [SHAPE])[0]!.text;
    expect(predictedMs(countPage(html))).toBeGreaterThan(400);
    const article = readStreamed(html);
    const visible = html.replace(/<title>[\s\S]*?<\/title>/, ' ').replace(/<[^>]*>/g, ' ');
    expect(words(article.blocks.map((b) => b.text).join(' ')) + words(article.headline)).toBe(words(visible));
  });
});

describe('a page nested deeper than any real page', () => {
  const NESTED = ['deep nesting, closed', '<ul><li>s never closed', 'table cells never closed', '<span>s never closed'];
  const shapes = shapesOf(100).map((s) => s.shape).filter((s) => NESTED.some((n) => s.endsWith(n)));

  it.each(shapes)('"%s" at 50 KB, cheap enough for the budget, goes to the streaming extractor and keeps every word', (shape) => {
    const html = shapesOf(50_000, [shape])[0]!.text;
    expect(predictedMs(countPage(html))).toBeLessThan(400);
    expect(overReadabilityBudget(html)).toBe(true);
    const article = readStreamed(html);
    expect(article.headline).toBe('A Headline for a Hostile Page');
    // Every word the page shows, the <h1> (when there is one) standing as the headline.
    const visible = html.replace(/<title>[\s\S]*?<\/title>/, ' ').replace(/<[^>]*>/g, ' ');
    const body = article.blocks.map((b) => b.text).join(' ');
    expect(words(body) + (html.includes('<h1>') ? words(article.headline) : 0)).toBe(words(visible));
  });

  it.each(['ul', 'table'] as const)('a reply thread saved with every <%s> left open keeps its headline, byline and every reply in order', (kind) => {
    const html = threadPage(kind, 600);
    expect(html.length).toBeGreaterThan(40_000);
    const article = readStreamed(html);
    expect([article.headline, article.byline]).toEqual(['Harbour Bridge Reopens After Repairs', 'Ann Lee']);
    const replies = article.blocks.flatMap((b) => /^reader\d+ Reply (\d+): the bridge/.exec(b.text)?.[1] ?? []);
    expect(replies.map(Number)).toEqual(Array.from({ length: 600 }, (_, i) => i + 1));
  });

  it('a real-sized page nested as real pages are stays with Readability', () => {
    const html = threadPage('ul', 600, { closed: true });
    expect(countPage(html).nesting).toBeLessThan(10);
    streamed.mockClear();
    read(html);
    expect(streamed).not.toHaveBeenCalled();
  });
});
