import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { describeWithShared, SEED } from '../helpers/shared-data.js';
import { paragraphsOf, relatedOf, type ParsedArticle } from '../../src/library/model/article.js';
import { looksLikePageText, parsePageText } from '../../src/library/formats/page-text/page-text.js';

const repo = fileURLToPath(new URL('../..', import.meta.url));
const fixtures = join(repo, 'tests/fixtures/page-text');
const SEED_NAME = 'palestinian-resistance-to-meet-russian-authorities.txt';

function fixture(name: string): string {
  return readFileSync(join(fixtures, name), 'utf8');
}
function parseFixture(name: string): ParsedArticle {
  return parsePageText(fixture(name));
}
/** Every string the article holds, for "nowhere in the result" checks. */
function allText(a: ParsedArticle): string[] {
  return [
    a.section, a.headline === '' ? null : a.headline, a.published, a.byline, a.outlet, a.standfirst, a.disclaimer, a.url,
    ...a.captions.flatMap((c) => [c.text, c.credit]),
    ...a.blocks.flatMap((b) => [b.text, b.kind === 'embed' || b.kind === 'caption' ? (b.kind === 'embed' ? b.source : b.credit) : null]),
  ].filter((s): s is string => s !== null);
}

const NAV_OR_COMMENTS = /^(live|audio only|google plus|google\+|facebook|twitter|tweet|x|whatsapp|telegram|email|print|copy link|share|share this:?|share on facebook|post with no comments\.|\d+ comments\.|comments \(\d+\))$/i;

function expectSample(a: ParsedArticle): void {
  expect(a.format).toBe('page-text');
  expect(a.section).toBe('Palestine');
  expect(a.headline).toBe('Palestinian Resistance to Meet Russian Authorities: Zakharova');
  expect(a.captions).toEqual([{ text: 'Russian FM spokesperson Maria Zakharova.', credit: 'X/ @Lantidiplomatic' }]);
  expect(a.published).toBe('2023-10-26');
  expect(a.standfirst).toBe(
    'Russia calls for an immediate ceasefire and the resumption of negotiations on the creation of a Palestinian state.',
  );
  const paragraphs = paragraphsOf(a);
  expect(paragraphs).toHaveLength(8);
  expect(paragraphs[0]).toMatch(/^On Thursday, the Russian Foreign Affairs Ministry spokesperson Maria Zakharova confirmed/);
  expect(paragraphs[7]).toMatch(/counterpart Mikhail Galuzin in Moscow\.$/);
  expect(relatedOf(a)).toEqual(['Israeli Tanks Raid Northern Gaza Strip']);
  expect(a.blocks[1]).toEqual({ kind: 'related', text: 'Israeli Tanks Raid Northern Gaza Strip' });
  expect(paragraphs).not.toContain('Israeli Tanks Raid Northern Gaza Strip');
  for (const s of allText(a)) {
    expect(s).not.toMatch(NAV_OR_COMMENTS);
    expect(s).not.toMatch(/\u00a0|\s{2}|^\s|\s$/);
    expect(s).not.toMatch(/comments\.|Audio Only|google plus/);
  }
  expect(a.byline).toBeNull();
  expect(a.disclaimer).toBeNull();
}

describeWithShared(SEED, 'the user\'s own sample page', (seedDir) => {
  it('is detected as a saved page and parsed field by field', () => {
    const text = readFileSync(join(seedDir, SEED_NAME), 'utf8');
    expect(looksLikePageText(text)).toBe(true);
    expectSample(parsePageText(text));
  });
});

describe('the sample copied into articles/palestine', () => {
  const copy = join(repo, 'articles/palestine', SEED_NAME);

  it('parses to the same article as the user described', () => {
    const text = readFileSync(copy, 'utf8');
    expect(looksLikePageText(text)).toBe(true);
    expectSample(parsePageText(text));
  });

  it('is the same whatever the line endings or a BOM', () => {
    const text = readFileSync(copy, 'utf8');
    expectSample(parsePageText(`\uFEFF${text.replace(/\n/g, '\r\n')}`));
    expectSample(parsePageText(text.replace(/\n/g, '\r')));
  });
});

describeWithShared(SEED, 'articles/ copy of the seed', (seedDir) => {
  it('is byte for byte the user\'s file', () => {
    expect(readFileSync(join(repo, 'articles/palestine', SEED_NAME))).toEqual(readFileSync(join(seedDir, SEED_NAME)));
  });
});

describe('layout variants', () => {
  it('no caption: captions is empty and the first paragraph after the date is the standfirst', () => {
    const a = parseFixture('no-caption.txt');
    expect(a.captions).toEqual([]);
    expect(a.headline).toBe('Harbour Town Opens Seed Vault for Schools');
    expect(a.standfirst).toBe('The vault lets pupils borrow seeds and return new ones after harvest.');
    expect(paragraphsOf(a)).toHaveLength(2);
  });

  it('a caption without a credit is one caption with credit null, not a paragraph', () => {
    const a = parseFixture('caption-no-credit.txt');
    expect(a.captions).toEqual([{ text: 'The restored mill on the river.', credit: null }]);
    expect(allText(a).filter((s) => s === 'The restored mill on the river.')).toHaveLength(1);
    expect(a.standfirst).toBe('Volunteers spent two years restoring the mill.');
  });

  it('a gallery: lead caption first, later captions listed and kept where they stood', () => {
    const a = parseFixture('gallery.txt');
    expect(a.captions).toEqual([
      { text: 'Rescue boats on the main road.', credit: 'Sample Agency' },
      { text: 'Volunteers clear mud from the school.', credit: 'Jane Example' },
      { text: 'The bridge after the water fell.', credit: null },
    ]);
    expect(a.blocks.map((b) => b.kind)).toEqual(['paragraph', 'caption', 'paragraph', 'caption', 'paragraph']);
    expect(a.blocks[1]).toEqual({ kind: 'caption', text: 'Volunteers clear mud from the school.', credit: 'Jane Example' });
    expect(paragraphsOf(a)).not.toContain('Volunteers clear mud from the school.');
  });

  it('lone related headlines are told from short paragraphs', () => {
    const a = parseFixture('lone-related.txt');
    expect(relatedOf(a)).toEqual(['Rivers Rise Across the Northern Provinces', 'Trade Ministers Meet in Sampleburg Next Week']);
    expect(paragraphsOf(a)).toEqual([
      'Talks had stalled for a month.',
      'Observers said the mood was calmer than in May.',
      'Nobody left early.',
      'Background',
      '“We will keep talking”',
      'The next round is set for July.',
      'The Mood in the Hall Was Calm.',
      'Delegates will return to the hall on Friday morning',
    ]);
  });

  it('a RELATED: block gives one related entry per headline, bulleted or inline', () => {
    const a = parseFixture('related-block.txt');
    expect(relatedOf(a)).toEqual([
      'Libraries Lend Laptops for the Summer',
      'Will Batteries Get Cheaper?',
      'Night Buses Return to the Old Town',
    ]);
    expect(paragraphsOf(a)).toEqual([
      'The council will decide in the autumn whether to buy more.',
      'Residents can vote on the locations online.',
    ]);
    expect(allText(a).some((s) => /^related/i.test(s))).toBe(false);
  });

  it('an embedded post becomes an embed block with its attribution as source', () => {
    const a = parseFixture('embed.txt');
    const embeds = a.blocks.filter((b) => b.kind === 'embed');
    expect(embeds).toEqual([
      {
        kind: 'embed',
        text: 'What a night! The River Cup is coming home pic.twitter.com/abc123XYZ',
        source: '— Example City FC (@examplecityfc) October 26, 2023',
      },
      { kind: 'embed', text: 'Champions again https://t.co/Q1w2E3r4', source: null },
    ]);
    expect(paragraphsOf(a).join(' ')).not.toMatch(/pic\.twitter|@examplecityfc|t\.co/);
    expect(paragraphsOf(a)).toHaveLength(3);
  });

  it('a byline and an "Outlet | date" line instead of Published', () => {
    const a = parseFixture('byline-outlet.txt');
    expect(a.byline).toBe('Jane Doe');
    expect(a.outlet).toBe('Example Herald');
    expect(a.published).toBe('2017-05-30');
    expect(a.standfirst).toBe('Night buses are a lifeline for shift workers.');
    expect(paragraphsOf(a)).toEqual(['In Sampleton, the last bus leaves at nine.', 'A trial route would cost little.']);
  });

  it.each([
    ['date-weekday-time.txt', '2024-03-14'],
    ['date-month-first.txt', '2023-10-02'],
  ])('other date formats: %s', (name, iso) => {
    const a = parseFixture(name);
    expect(a.published).toBe(iso);
    expect(a.standfirst).not.toBeNull();
    expect(allText(a).some((s) => /Published|hours/.test(s))).toBe(false);
  });

  it('no breadcrumb: section is null for the library to fill in', () => {
    const a = parseFixture('no-breadcrumb.txt');
    expect(a.section).toBeNull();
    expect(a.headline).toBe('Market Square Gets New Trees');
  });

  it('a deep breadcrumb gives its last part as the section', () => {
    const a = parseFixture('deep-breadcrumb.txt');
    expect(a.section).toBe('Europe');
    expect(a.headline).toBe('Bridge Festival Returns to Sampleburg');
    expect(paragraphsOf(a)).toEqual(['It runs for three days.']);
  });

  it('an opinion disclaimer is set apart, not a paragraph', () => {
    const a = parseFixture('opinion-disclaimer.txt');
    expect(a.disclaimer).toMatch(/^The opinions expressed in this article are the author's own and do not necessarily reflect/);
    expect(paragraphsOf(a).join(' ')).not.toMatch(/opinions expressed/);
    expect(paragraphsOf(a)).toHaveLength(2);
  });

  it('share links in other wordings and their label are dropped', () => {
    const a = parseFixture('share-wordings.txt');
    expect(a.headline).toBe('Printers Learn to Recycle Their Own Paper');
    expect(a.section).toBe('Technology');
    expect(paragraphsOf(a)).toEqual(['The maker says it saves a ream a month.']);
    for (const s of allText(a)) expect(s).not.toMatch(NAV_OR_COMMENTS);
  });

  it.each(['crlf.txt', 'bom.txt'])('%s parses like an LF file', (name) => {
    const raw = fixture(name);
    expect(raw.includes('\r\n') || raw.startsWith('\uFEFF')).toBe(true);
    const a = parsePageText(raw);
    expect(a.headline).not.toMatch(/^\uFEFF|\r/);
    for (const s of allText(a)) expect(s).not.toMatch(/[\r\uFEFF]/);
    expect(a.published).not.toBeNull();
    expect(a.section).not.toBeNull();
    expect(paragraphsOf(a).length).toBeGreaterThan(0);
  });

  it('non-breaking and other Unicode spaces become single plain spaces everywhere', () => {
    const a = parseFixture('nbsp.txt');
    expect(a.section).toBe('Palestine');
    expect(a.headline).toBe('Headline With Spaces');
    expect(a.captions).toEqual([{ text: 'A caption with spaces.', credit: 'Sample Agency' }]);
    expect(a.published).toBe('2023-10-26');
    expect(a.standfirst).toBe('The standfirst has thin and non-breaking spaces.');
    expect(paragraphsOf(a)).toEqual(['A body paragraph with an ideographic space.']);
  });
});

describe('trailing comment counters', () => {
  it.each(['Post with no comments.', 'Post with 2 comments.', '3 comments.', '1 comment', 'Comments (5)', 'No comments yet'])(
    'drops %j',
    (line) => {
      const a = parsePageText(`News > World\n\nA Headline Here\n\nPublished 1 May 2024\n\nStandfirst.\n\nBody.\n\n${line}`);
      expect(paragraphsOf(a)).toEqual(['Body.']);
    },
  );
});

describe('looksLikePageText', () => {
  it.each([
    'no-caption.txt', 'caption-no-credit.txt', 'gallery.txt', 'lone-related.txt', 'related-block.txt', 'embed.txt',
    'byline-outlet.txt', 'date-weekday-time.txt', 'date-month-first.txt', 'no-breadcrumb.txt', 'opinion-disclaimer.txt',
    'deep-breadcrumb.txt', 'share-wordings.txt', 'crlf.txt', 'bom.txt', 'nbsp.txt', 'full-page-footer.txt',
  ])('is true for %s', (name) => {
    expect(looksLikePageText(fixture(name))).toBe(true);
  });

  it('is false for ordinary plain-text articles', () => {
    expect(looksLikePageText('A Headline\n\nFirst paragraph.\n\nSecond paragraph.')).toBe(false);
    expect(looksLikePageText('A Headline\n14 March 2024\nBy Ana Example\n\nFirst paragraph.\n\nSecond.\n')).toBe(false);
    expect(looksLikePageText('Notes\n\n• milk\n• eggs\n\nThe ratio is > 2 today.')).toBe(false);
  });
});

describe('hostile input', () => {
  const anyLine = fc.oneof(
    fc.string(),
    fc.constantFrom('• Live', '  • facebook', 'News > X', 'Published 26 October 2023', 'RELATED:', '\u00a0', '',
      'Caption. | Photo: A', '— A (@a) May 1, 2024', 'Post with no comments.', 'By Jane Doe', 'A | May 30, 2017'),
  );
  it('never throws and never leaves untrimmed, doubled or non-breaking spaces', () => {
    fc.assert(
      fc.property(fc.array(anyLine, { maxLength: 30 }), fc.constantFrom('\n', '\r\n', '\n\n'), (lines, eol) => {
        const a = parsePageText(lines.join(eol));
        for (const s of allText(a)) {
          expect(s).not.toBe('');
          expect(s).toBe(s.trim());
          expect(s).not.toMatch(/\s{2}|[\u00a0\r\n]/);
        }
        if (a.published !== null) expect(a.published).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      }),
    );
  });
});

describe('captions in less common arrangements', () => {
  const page = (captionBlock: string): ParsedArticle =>
    parsePageText(`• Live\n  • facebook\nNews > World\n\nA Headline Here\n\n${captionBlock}\n\nPublished 1 May 2024\n\nStandfirst.\n\nBody.`);

  it('a bullet whose alt text differs from the caption under it is still one caption', () => {
    const a = page('  • Harbour at dawn\n\n    The harbour of Port Example at dawn. | Photo: Sample Agency');
    expect(a.captions).toEqual([{ text: 'The harbour of Port Example at dawn.', credit: 'Sample Agency' }]);
  });

  it('a gallery listing its bullets before the credited captions gives each caption once', () => {
    const a = page('  • First photo.\n  • Second photo.\n\n    First photo. | Photo: A\n\n    Second photo. | Photo: B');
    expect(a.captions).toEqual([
      { text: 'First photo.', credit: 'A' },
      { text: 'Second photo.', credit: 'B' },
    ]);
    expect(paragraphsOf(a)).toEqual(['Body.']);
  });

  it('a bare "Photo: credit" line gives its credit to the caption above', () => {
    const a = page('  • A caption.\n\n    A caption.\n\nPhoto: EFE');
    expect(a.captions).toEqual([{ text: 'A caption.', credit: 'EFE' }]);
  });
});

describe('a whole page with site name, several related headlines, a multi-line tweet, sign-off and footer', () => {
  it('keeps only the article', () => {
    const a = parseFixture('full-page-footer.txt');
    expect(a.headline).toBe('Port Example Signs Water Deal With Upriver Towns');
    expect(a.section).toBe('Latin America');
    expect(a.published).toBe('2024-05-30');
    expect(a.captions).toEqual([{ text: 'The harbour of Port Example at dawn.', credit: 'Sample Agency' }]);
    expect(a.standfirst).toBe('The deal ends a ten-year dispute over the river.');
    expect(relatedOf(a)).toEqual(['Upriver Farmers Welcome Rain After Long Drought', 'Rivers Rise Across the Northern Provinces']);
    expect(a.blocks.find((b) => b.kind === 'embed')).toEqual({
      kind: 'embed',
      text: 'Deal done! Water for everyone, every season. #PortExample pic.twitter.com/Zz9Yy8Xx',
      source: '— Port Example Mayor (@portexamplemayor) May 30, 2024',
    });
    expect(a.byline).toBe('Example News/ JF');
    expect(paragraphsOf(a)).toEqual([
      'The mayor of Port Example signed the agreement on Thursday with five upriver towns.',
      'Under the deal, the towns will release more water in the dry months.',
      'The mayor celebrated online.',
      "Critics said the deal came too late for this year's harvest.",
    ]);
    expect(allText(a).join('\n')).not.toMatch(/Example News English|Contact|About us|©/);
  });
});
