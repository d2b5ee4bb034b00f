import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { describeWithShared, GLOBAL_VOICES } from '../helpers/shared-data.js';
import { paragraphsOf, type ParsedArticle } from '../../src/library/model/article.js';
import { parseFeed } from '../../src/library/formats/feed.js';
import { parseHTML } from 'linkedom';
import { isFurniture } from '../../src/library/formats/html/boilerplate.js';
import { NO_ARTICLE, parseHtml } from '../../src/library/formats/html/html.js';
import { tagName } from '../../src/library/formats/html/tag-name.js';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const fixtures = path.join(repoRoot, 'tests/fixtures/formats');

function one(html: string): ParsedArticle {
  const outcome = parseHtml(html);
  if (!outcome.ok) throw new Error(outcome.reason);
  expect(outcome.articles).toHaveLength(1);
  return outcome.articles[0]!;
}

/** Letters and digits only, so quotes, spacing and the crawler's stray " ." do not count. */
const bare = (text: string): string => text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
const sameQuotes = (text: string): string => text.replace(/[‘’]/g, "'").replace(/[“”]/g, '"');

describe('saved web page (own fixtures)', () => {
  const article = one(readFileSync(path.join(fixtures, 'article-og.html'), 'utf8'));

  it('takes the headline without the site suffix, and the facts from the metadata', () => {
    expect(article.format).toBe('html');
    expect(article.headline).toBe('Farmers in Kenya Turn to Solar Pumps');
    expect(article.outlet).toBe('Global Voices');
    expect(article.section).toBe('Sub-Saharan Africa');
    expect(article.published).toBe('2023-10-26');
    expect(article.byline).toBe('Wanjiru Njoroge');
    expect(article.url).toBe('https://globalvoices.org/2023/10/26/solar-pumps/');
    expect(article.standfirst).toBe('Small farms are swapping diesel for sunlight, one pump at a time.');
  });

  it('keeps the figure caption with its credit, and the prose without navigation or footer', () => {
    expect(article.captions).toEqual([
      { text: 'A solar pump irrigates maize near Nakuru.', credit: 'Wanjiru Njoroge' },
    ]);
    const paragraphs = paragraphsOf(article);
    expect(paragraphs).toHaveLength(4);
    expect(paragraphs[0]).toMatch(/^In the hills above Nakuru, the diesel generators that once roared/);
    expect(paragraphs.join(' ')).not.toMatch(/Home|Technology|licensed CC BY|By Wanjiru/);
    expect(paragraphs.every((p) => p === p.trim() && !/\s{2}|\u00A0/.test(p))).toBe(true);
  });

  it('reports a front page of teasers as having no article', () => {
    const outcome = parseHtml(readFileSync(path.join(fixtures, 'front-page.html'), 'utf8'));
    expect(outcome).toEqual({ ok: false, reason: NO_ARTICLE });
  });

  it('never keeps a javascript: or relative address as the url', () => {
    const html = readFileSync(path.join(fixtures, 'article-og.html'), 'utf8').replace(
      'https://globalvoices.org/2023/10/26/solar-pumps/',
      'javascript:alert(1)',
    );
    expect(one(html).url).toBeNull();
  });

  it('gives a reason, not an exception, for markup with no text', () => {
    expect(parseHtml('<html><body><img src="x.png"></body></html>')).toEqual({ ok: false, reason: NO_ARTICLE });
  });

  it('finds a story that Readability\'s first attempt drops: the page is read again, every attempt', () => {
    const sentence = 'A sentence of the story, long enough to count, with words in it.';
    // Named like comments: the first attempt strips the box as unlikely and finds too little.
    const page = `<html><head><title>Pumps in the Valley</title></head><body><div class="comment-section"><h1>Pumps in the Valley</h1>${`<p>${sentence}</p>`.repeat(12)}</div></body></html>`;
    const article = one(page);
    expect(article.headline).toBe('Pumps in the Valley');
    expect(paragraphsOf(article)).toEqual(Array(12).fill(sentence));
  });

  it('furniture is known by class and id, the same answer however often an element asks', () => {
    const { document } = parseHTML('<html><body></body></html>');
    const el = (tag: string, cls: string | null, id: string | null): Element => {
      const e = document.createElement(tag);
      if (cls !== null) e.setAttribute('class', cls);
      if (id !== null) e.setAttribute('id', id);
      return e;
    };
    const cases: [Element, boolean][] = [
      [el('div', 'mostRead', null), true],
      [el('DIV', 'story', 'cookie-banner'), true],
      [el('div', 'story', null), false],
      [el('div', 'story cookie', null), true],
      [el('div', null, 'story'), false],
      [el('article', 'alerts', null), false],
      [el('div', 'salerts', null), false],
      [el('div', 'alerts', 'x'), true],
    ];
    for (let round = 0; round < 3; round += 1) {
      expect(cases.map(([e]) => isFurniture(e))).toEqual(cases.map(([, furniture]) => furniture));
    }
    expect([tagName(el('DIV', null, null)), tagName(el('p', null, null)), tagName(document.body)]).toEqual(['div', 'p', 'body']);
  });
});

describeWithShared(GLOBAL_VOICES, 'Global Voices pages', (gv) => {
  const story = (n: number) => JSON.parse(readFileSync(path.join(gv, `crawler_stories/${n}.json`), 'utf8'));

  // The crawler kept reference extractions for stories 3, 14 and 15 (its `content` is the page).
  it.each([3, 14, 15])('story %i: same headline, ≥ 95%% of reference sentences, no navigation', (n) => {
    const ref = story(n);
    const article = one(ref.content);
    expect(sameQuotes(article.headline)).toBe(ref.title);

    const ours = bare([...paragraphsOf(article), ...article.captions.map((c) => c.text)].join(' '));
    const sentences: string[] = ref.story_sentences.slice(1).map((s: { sentence: string }) => bare(s.sentence));
    const found = sentences.filter((s) => ours.includes(s)).length / sentences.length;
    expect(found).toBeGreaterThanOrEqual(0.95);

    // Precision: our paragraphs that the reference text does not have (menus, comments, footers).
    const reference = bare(ref.extracted_text);
    const extra = paragraphsOf(article).filter((p) => !reference.includes(bare(p)));
    expect(extra.length / paragraphsOf(article).length).toBeLessThanOrEqual(0.1);
  });

  it('story 16, the site front page, is reported as having no article', () => {
    expect(parseHtml(story(16).content)).toEqual({ ok: false, reason: NO_ARTICLE });
  });

  // The feed carries every page's full text: a second, independent reference for all six pages.
  const feed = parseFeed(readFileSync(path.join(gv, 'test.rss'), 'utf8'));
  const items = feed.ok ? feed.articles : [];

  it.each([1, 5, 8, 11, 13, 15])('index_%i.html matches its feed item', (n) => {
    const article = one(readFileSync(path.join(gv, `index_${n}.html`), 'utf8'));
    const item = items.find((i) => i.headline === sameQuotes(article.headline));
    expect(item, `feed item titled ${article.headline}`).toBeDefined();
    expect(article.byline).toBe(item!.byline);
    expect(article.published).toBe(item!.published);
    expect(article.outlet).toBe('Global Voices Online');
    const ours = bare(paragraphsOf(article).join(' '));
    const theirs = paragraphsOf(item!);
    expect(theirs.filter((p) => ours.includes(bare(p))).length / theirs.length).toBeGreaterThanOrEqual(0.9);
  });

  it('index_1.html: four WordPress captions, credits split off "Photo by"', () => {
    const article = one(readFileSync(path.join(gv, 'index_1.html'), 'utf8'));
    expect(article.published).toBe('2009-06-11');
    expect(article.byline).toBe('Diego Casaes');
    expect(article.captions).toEqual([
      { text: 'Art: Luciano Matsuzaki and Mariana Lettis', credit: null },
      { text: '"No, Azeredo", in São Paulo.', credit: 'Andre Deak, published under a Creative Commons license.' },
      { text: 'Protest in São Paulo.', credit: 'Andre Deak, published under a Creative Commons license.' },
      { text: 'Signs read "Against the Azeredo Law Project" by @marioamaya', credit: null },
    ]);
    // The lead photo's caption is not repeated in the body; the others stand where they were.
    expect(article.blocks[0]?.kind).toBe('paragraph');
    expect(article.blocks.filter((b) => b.kind === 'caption')).toHaveLength(3);
  });

  it('captions: a placeholder alt ("thumb") is ignored, pages without photos have none', () => {
    const read = (n: number) => one(readFileSync(path.join(gv, `index_${n}.html`), 'utf8'));
    expect(read(15).captions).toEqual([{ text: 'Picture message sent by a supporter from Thailand', credit: null }]);
    expect(read(11).captions.map((c) => c.text)).toHaveLength(3);
    expect(read(13).captions).toHaveLength(1);
    expect(read(5).captions).toEqual([]);
    expect(read(8).captions).toEqual([]);
  });
});
