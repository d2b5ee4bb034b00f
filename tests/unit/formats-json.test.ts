import { describe, expect, it } from 'vitest';
import { paragraphsOf, relatedOf } from '../../src/library/model/article.js';
import { parseJsonArticles } from '../../src/library/formats/json.js';

/** What `inkpress parse --json` prints for one article. */
const printed = {
  section: 'World',
  headline: 'Rains Return to the Sahel',
  caption: 'Herders water cattle at Lake Faguibine.',
  credit: 'Amadou Diallo',
  published: 'May 30, 2017',
  byline: 'Fatou Ndiaye',
  standfirst: 'A wetter season than any in a decade.',
  paragraphs: ['The rains came early.', '  Farmers\u00A0planted   millet.  ', ''],
  related: ['Drought in the Horn of Africa'],
  url: 'https://news.example.org/sahel-rains',
};

describe('JSON articles', () => {
  it('reads back what parse --json prints', () => {
    const outcome = parseJsonArticles(JSON.stringify(printed));
    expect(outcome.ok).toBe(true);
    if (!outcome.ok) return;
    const [article] = outcome.articles;
    expect(article).toMatchObject({
      format: 'json',
      section: 'World',
      headline: 'Rains Return to the Sahel',
      published: '2017-05-30',
      byline: 'Fatou Ndiaye',
      standfirst: 'A wetter season than any in a decade.',
      url: 'https://news.example.org/sahel-rains',
      captions: [{ text: 'Herders water cattle at Lake Faguibine.', credit: 'Amadou Diallo' }],
    });
    // Whitespace normalized, the empty paragraph dropped, related headlines kept apart.
    expect(paragraphsOf(article!)).toEqual(['The rains came early.', 'Farmers planted millet.']);
    expect(relatedOf(article!)).toEqual(['Drought in the Horn of Africa']);
  });

  it('reads an array, with a captions list that holds the lead caption only once', () => {
    const second = {
      headline: 'Second',
      caption: 'Lead.',
      captions: [{ text: 'Lead.', credit: null }, { text: 'Gallery photo.', credit: 'Jo' }],
    };
    const outcome = parseJsonArticles(JSON.stringify([printed, second]));
    expect(outcome.ok && outcome.articles.map((a) => a.headline)).toEqual(['Rains Return to the Sahel', 'Second']);
    if (outcome.ok) {
      expect(outcome.articles[1]!.captions).toEqual([
        { text: 'Lead.', credit: null },
        { text: 'Gallery photo.', credit: 'Jo' },
      ]);
    }
  });

  it('leaves absent parts null or empty, never invented', () => {
    const outcome = parseJsonArticles('{"headline":"Only a headline","published":"next Tuesday","url":"ftp://x.y/z"}');
    expect(outcome).toMatchObject({
      ok: true,
      articles: [{ section: null, published: null, byline: null, url: null, captions: [], blocks: [] }],
    });
  });

  it.each([
    ['[{"headline":"a"},{"headline":"b"},{"headline":7}]', 'item 3: headline must be a string'],
    ['{"headline":"a","paragraphs":"one"}', 'paragraphs must be an array of strings'],
    ['{"headline":"a","related":[1]}', 'related must be an array of strings'],
    ['{"headline":"a","byline":{"name":"x"}}', 'byline must be a string'],
    ['{"headline":"a","captions":[7]}', 'captions[0] must be an object {text, credit}'],
    ['[1]', 'item 1: not an article object (expected {"headline": ..., "paragraphs": [...]})'],
    ['[]', 'no articles in JSON (empty array)'],
  ])('%s → %s', (json, reason) => {
    expect(parseJsonArticles(json)).toEqual({ ok: false, reason });
  });

  it('reports invalid JSON in one short line', () => {
    const outcome = parseJsonArticles('{"headline": ');
    expect(outcome.ok).toBe(false);
    if (!outcome.ok) expect(outcome.reason).toMatch(/^invalid JSON \([^\n]+\)$/);
  });
});
