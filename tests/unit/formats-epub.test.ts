/**
 * Issue 14, item 2: e-book editions shaped like calibre's news downloads (tests/helpers/format-files.ts),
 * and the zip limits of the hostile-input rules.
 */
import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { paragraphsOf } from '../../src/library/model/article.js';
import { MAX_INFLATED_BYTES, MAX_ZIP_ENTRIES, safeEntryPath } from '../../src/library/formats/epub/zip-entries.js';
import { articlesFromBytes } from '../../src/library/parse/articles-from-bytes.js';
import { calibreEdition, type EditionArticle, STORY } from '../helpers/format-files.js';

const EDITION: EditionArticle[] = [
  { section: 'Local', headline: STORY.headline, paragraphs: STORY.paragraphs, caption: { text: STORY.caption, credit: STORY.credit }, url: STORY.url },
  { section: 'Local', headline: 'Night market returns to the old pier', paragraphs: ['Forty stalls will open on Friday evenings from December, the council said on Tuesday.', 'Traders welcomed the decision after two years of temporary sites behind the station.'], url: 'https://harbour.example/news/night-market' },
  { section: 'Weather', headline: 'Gales expected along the coast on Thursday', paragraphs: ['Forecasters warned of gusts up to ninety kilometres an hour on exposed headlands.', 'Ferry crossings may be cancelled at short notice, the port authority said.'], url: 'https://harbour.example/weather/gales' },
];

function read(book: Uint8Array, name = 'harbour-news.epub') {
  const parsed = articlesFromBytes(book, name);
  if (!parsed.ok) throw new Error(parsed.reason);
  return parsed.articles;
}

describe('calibre news edition', () => {
  const articles = read(calibreEdition('Harbour News', '2026-11-23', EDITION));

  it('makes each article of the book an article, in the sections of its table of contents', () => {
    expect(articles.map((a) => [a.section, a.headline])).toEqual(EDITION.map((a) => [a.section, a.headline]));
    expect(articles.every((a) => a.format === 'epub')).toBe(true);
  });

  it('reads a short article without repeating its heading in the body, and names the edition as outlet', () => {
    const gales = articles[2]!;
    expect(paragraphsOf(gales)).toEqual(EDITION[2]!.paragraphs);
    expect(gales.blocks.some((b) => b.text === gales.headline)).toBe(false);
    expect(gales.outlet).toBe('Harbour News');
  });

  it('gives articles without a date of their own the edition date', () => {
    expect(articles.map((a) => a.published)).toEqual(['2026-11-23', '2026-11-23', '2026-11-23']);
  });

  it('keeps caption and credit, the body without calibre navigation bars, and the source address', () => {
    const [ferry] = articles;
    expect(ferry!.captions[0]).toEqual({ text: STORY.caption, credit: STORY.credit });
    expect(paragraphsOf(ferry!)).toEqual(STORY.paragraphs);
    expect(JSON.stringify(ferry)).not.toMatch(/Section menu|Main menu|downloaded by/);
    expect(ferry!.url).toBe(STORY.url);
  });

  it('uses the book title (without calibre\'s date) as section when the contents have no sections', () => {
    const flat = read(calibreEdition('Harbour News', '2026-11-23', EDITION, { flat: true }));
    expect(flat.map((a) => [a.section, a.headline])).toEqual(EDITION.map((a) => ['Harbour News', a.headline]));
  });
});

describe('zip limits', () => {
  const base = { mimetype: [strToU8('application/epub+zip'), { level: 0 }] as [Uint8Array, { level: 0 }] };

  it('refuses a zip bomb by what it inflates to, whatever its headers claim', () => {
    const bomb = zipSync({ ...base, 'feed_0/article_0/index.html': new Uint8Array(MAX_INFLATED_BYTES + 1024) });
    // Lie about the size in both the local and the central header, as bombs do.
    const view = new DataView(bomb.buffer);
    for (let i = 0; i + 4 <= bomb.length; i++) {
      const sig = view.getUint32(i, true);
      if (sig === 0x04034b50 && i > 0) view.setUint32(i + 22, 100, true);
      if (sig === 0x02014b50) view.setUint32(i + 24, 100, true);
    }
    const parsed = articlesFromBytes(bomb, 'bomb.epub');
    expect(parsed).toEqual({ ok: false, reason: expect.stringMatching(/zip bomb/) });
  });

  it(`refuses more than ${MAX_ZIP_ENTRIES} entries`, () => {
    const many: Record<string, Uint8Array> = {};
    for (let i = 0; i <= MAX_ZIP_ENTRIES; i++) many[`x/${i}.html`] = strToU8('<p>x</p>');
    expect(articlesFromBytes(zipSync({ ...base, ...many }), 'many.epub')).toEqual({ ok: false, reason: expect.stringMatching(/too many entries/) });
  });

  it('refuses paths that leave the archive', () => {
    expect(['../etc/passwd', '/abs', 'a/../../b', 'C:/x', 'a\\b'].map(safeEntryPath)).toEqual([false, false, false, false, false]);
    expect(safeEntryPath('OEBPS/feed_0/article_0/index.html')).toBe(true);
    const evil = zipSync({ ...base, '../../evil.html': strToU8('<p>x</p>') });
    expect(articlesFromBytes(evil, 'evil.epub')).toEqual({ ok: false, reason: expect.stringMatching(/unsafe path/) });
  });

  it('gives a damaged or truncated book a reason', () => {
    const book = calibreEdition('Harbour News', '2026-11-23', EDITION);
    const cut = articlesFromBytes(book.subarray(0, Math.floor(book.length / 2)), 'cut.epub');
    expect(cut.ok).toBe(false);
  });
});
