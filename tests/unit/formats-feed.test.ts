import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { describeWithShared, GLOBAL_VOICES } from '../helpers/shared-data.js';
import { paragraphsOf, type ParsedArticle } from '../../src/library/model/article.js';
import { declaredCharset } from '../../src/library/text/declared-charset.js';
import { parseFeed } from '../../src/library/formats/feed.js';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const fixture = (name: string) => readFileSync(path.join(repoRoot, 'tests/fixtures/formats', name), 'utf8');

function items(xml: string): ParsedArticle[] {
  const outcome = parseFeed(xml);
  if (!outcome.ok) throw new Error(outcome.reason);
  return outcome.articles;
}

describe('Atom', () => {
  const [ferry, library] = items(fixture('atom.xml'));

  it('reads title, author, published date (as written), alternate link and feed title', () => {
    expect(ferry).toMatchObject({
      format: 'atom',
      headline: 'Ferry timetable changes from Monday',
      byline: 'Tomás Ortega',
      published: '2024-03-01',
      url: 'https://gazette.example.org/2024/03/ferry',
      section: 'Harbour Town Gazette',
      outlet: 'Harbour Town Gazette',
    });
  });

  it('turns escaped HTML content into paragraphs and a credited caption', () => {
    expect(paragraphsOf(ferry!)).toEqual([
      'The morning crossing moves to 6:40, twenty minutes earlier than before.',
      'Commuters welcomed the change; freight operators did not.',
    ]);
    expect(ferry!.captions).toEqual([{ text: 'The Island Queen at the north pier.', credit: 'Ana Ruiz' }]);
    expect(ferry!.standfirst).toBeNull(); // the summary only repeats the first paragraph
  });

  it('reads xhtml content, falls back to <updated>, and refuses a javascript: link', () => {
    expect(paragraphsOf(library!)).toEqual([
      'From April the central library opens on Sundays, from noon to five.',
      'Volunteers will staff the reading room.',
    ]);
    expect(library!.published).toBe('2024-02-28');
    expect(library!.url).toBeNull();
  });
});

describe('RSS 2.0', () => {
  const [bridge, council] = items(fixture('rss-escaped.xml'));

  it('reads entity-escaped description HTML, with img alt as a caption', () => {
    expect(bridge).toMatchObject({
      format: 'rss',
      section: 'Valley Post » Local',
      outlet: 'Valley Post',
      published: '2024-03-05', // the day as the feed wrote it, not shifted to UTC
      byline: 'Priya Raman',
      url: 'https://valleypost.example.com/local/bridge',
    });
    expect(paragraphsOf(bridge!)).toEqual([
      'The old stone bridge reopened on Tuesday after eight months of repairs.',
      'Traffic will be limited to one lane until May.',
    ]);
    expect(bridge!.captions).toEqual([{ text: 'Workers lay the final paving stones on the bridge', credit: null }]);
  });

  it('reads dc:date, dc:creator in CDATA, a permalink guid and twice-escaped HTML', () => {
    expect(council).toMatchObject({ published: '2024-03-04', byline: "Sam O'Neil" });
    expect(council!.url).toBe('https://valleypost.example.com/local/council');
    expect(paragraphsOf(council!)).toEqual(['The March meeting moves to the school hall.']);
  });

  it('says so when a feed has no items, or is not a feed', () => {
    expect(parseFeed(fixture('rss-empty.xml'))).toEqual({ ok: false, reason: 'no items in feed' });
    expect(parseFeed('<html><body>hi</body></html>')).toEqual({ ok: false, reason: 'not an RSS or Atom feed' });
  });

  it('does not expand entities declared in a DOCTYPE (billion laughs)', () => {
    const [item] = items(fixture('rss-entity-bomb.xml'));
    expect(item!.headline.length).toBeLessThan(40);
    expect(item!.headline).not.toContain('lollol');
    expect(paragraphsOf(item!).join(' ').length).toBeLessThan(60);
  });
});

describe('declared encodings', () => {
  const feed = (declaration: string, body: string) =>
    `${declaration}<rss version="2.0"><channel><title>Le Journal</title><item><title>${body}</title>` +
    `<description>Une journée à Zürich, «très calme».</description></item></channel></rss>`;

  it('an ISO-8859-1 feed decodes correctly once its declaration is honoured', () => {
    // Bytes as an old CMS wrote them: Latin-1, not UTF-8.
    const bytes = Buffer.from(feed('<?xml version="1.0" encoding="ISO-8859-1"?>\n', 'Café à São Paulo'), 'latin1');
    const label = declaredCharset(bytes.subarray(0, 2048).toString('latin1'));
    expect(label).toBe('iso-8859-1');
    expect(new TextDecoder('utf-8').decode(bytes)).toContain('\uFFFD'); // why the loader must re-decode
    const [item] = items(new TextDecoder(label!).decode(bytes));
    expect(item!.headline).toBe('Café à São Paulo');
    expect(paragraphsOf(item!)).toEqual(['Une journée à Zürich, «très calme».']);
  });

  it('a feed without a declaration is UTF-8', () => {
    const bytes = Buffer.from(feed('', 'Café à São Paulo'), 'utf8');
    expect(declaredCharset(bytes.toString('latin1'))).toBeNull();
    expect(items(new TextDecoder().decode(bytes))[0]!.headline).toBe('Café à São Paulo');
  });

  it('reads HTML meta charset and http-equiv, ignores unknown labels and late declarations', () => {
    expect(declaredCharset('<!doctype html><meta charset="Windows-1252">')).toBe('windows-1252');
    expect(
      declaredCharset('<html><head><meta http-equiv="content-type" content="text/html; charset=iso-8859-15" />'),
    ).toBe('iso-8859-15');
    expect(declaredCharset("<?xml version='1.0' encoding='x-klingon'?>")).toBeNull();
    expect(declaredCharset(`<html>${' '.repeat(3000)}<meta charset="koi8-r">`)).toBeNull();
  });
});

describeWithShared(GLOBAL_VOICES, 'Global Voices RSS feed', (gv) => {
  const articles = items(readFileSync(path.join(gv, 'test.rss'), 'utf8'));

  it('gives fifteen articles with titles, authors, dates and full text', () => {
    expect(articles).toHaveLength(15);
    expect(articles[0]).toMatchObject({
      headline: 'Brazil: Amplified conversations to fight the Digital Crimes Bill',
      byline: 'Diego Casaes',
      published: '2009-06-11',
      section: 'Global Voices Online » Feature',
      outlet: 'Global Voices Online',
      url: null, // the crawler replaced links with "<BASE_WEBSITE_URL/>gv/index_1.html": not http
    });
    expect(articles.map((a) => a.headline)).toContain("Caste Based Communities on Orkut Mirror India's Splintered Society");
    for (const a of articles) {
      expect(a.published).toMatch(/^2009-06-(0[5-9]|1[01])$/);
      expect(a.byline).toBeTruthy();
      expect(paragraphsOf(a).length).toBeGreaterThanOrEqual(9);
    }
  });

  it('keeps a hand-written summary as the standfirst, but not one that repeats the first paragraph', () => {
    const brazil = articles[0]!;
    expect(brazil.standfirst).toMatch(/^In another demonstration of cyberactivism/);
    const middleEast = articles.find((a) => a.headline.startsWith('Middle East'))!;
    expect(middleEast.standfirst).toBeNull();
  });
});
