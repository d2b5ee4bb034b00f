import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { paragraphsOf, type ParsedArticle } from '../../src/library/model/article.js';
import { inline, parseMarkdown } from '../../src/library/formats/markdown.js';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const fixture = (name: string) => readFileSync(path.join(repoRoot, 'tests/fixtures/formats', name), 'utf8');

function one(text: string): ParsedArticle {
  const outcome = parseMarkdown(text);
  if (!outcome.ok) throw new Error(outcome.reason);
  return outcome.articles[0]!;
}

describe('Markdown with front matter', () => {
  const article = one(fixture('note-front-matter.md'));

  it('takes every field from the front matter', () => {
    expect(article).toMatchObject({
      format: 'markdown',
      headline: 'Night Buses Return to the Old Town',
      section: 'City',
      published: '2024-05-17',
      byline: 'Lena Hoffmann',
      standfirst: 'After three years, the late routes are back — with electric buses.',
      url: 'https://citynotes.example.net/night-buses',
    });
  });

  it('puts the front-matter caption first, then images from the body', () => {
    expect(article.captions).toEqual([
      { text: 'The first N3 leaves Marktplatz just after midnight.', credit: 'Lena Hoffmann' },
      { text: 'Map of the four new night routes', credit: null },
    ]);
    expect(article.blocks.filter((b) => b.kind === 'caption')).toHaveLength(1);
  });

  it('gives plain paragraphs: no markup, the repeated title dropped, list items and subheads kept', () => {
    expect(paragraphsOf(article)).toEqual([
      "The city's night bus network returns on Friday, with four routes running every thirty minutes between midnight and five.",
      '"We listened to shift workers first," said transport councillor Jonas Weber.',
      'What changes',
      'Route N1 now reaches the hospital.',
      'Route N3 uses the new e-bus fleet; see the timetable.',
      'A snake_case_word and 2*3*4 stay as they are.',
    ]);
  });
});

describe('Markdown without front matter', () => {
  it('takes the first # heading as the headline', () => {
    const article = one(fixture('plain-note.md'));
    expect(article.headline).toBe('Why the Bakery Closed');
    expect(paragraphsOf(article)).toEqual([
      'Frau Schmidt baked her last loaf on Saturday.',
      'Regulars lined up from six in the morning.',
    ]);
    expect(article).toMatchObject({ section: null, published: null, byline: null, url: null, captions: [] });
  });

  it('drops a closing run of # from headings, but not the # of a word such as C#', () => {
    const article = one('# Learn C#\n\nWhy the language lasted.\n\n## What changed ##\n\nGenerics, then async.\n\n### F# too #\n\nIts cousin.\n');
    expect(article.headline).toBe('Learn C#');
    expect(article.blocks.filter((b) => b.kind === 'heading').map((b) => b.text)).toEqual(['What changed', 'F# too']);
  });

  it('gives a reason when there is no headline at all', () => {
    expect(parseMarkdown('just some words\n\nand more')).toEqual({
      ok: false,
      reason: 'no headline (no "title:" in front matter, no "# Heading")',
    });
  });

  it('keeps fenced code together, lines and all, and CRLF line endings do not matter', () => {
    const article = one('# Code\r\n\r\n```js\r\nconst a = 1;\r\n\r\nconst b = 2;\r\n```\r\n\r\nDone.\r\n');
    expect(paragraphsOf(article)).toEqual(['const a = 1;\n\nconst b = 2;', 'Done.']);
    expect(article.blocks[0]!.kind).toBe('preformatted');
  });
});

describe('hostile or broken front matter', () => {
  it('refuses a YAML alias bomb instead of expanding it', () => {
    const outcome = parseMarkdown(fixture('alias-bomb.md'));
    expect(outcome.ok).toBe(false);
    if (!outcome.ok) expect(outcome.reason).toMatch(/^front matter: .*alias/i);
  });

  it('reports broken YAML in one short line, and never a date it cannot read', () => {
    const broken = parseMarkdown('---\ntitle: [unclosed\n---\nBody');
    expect(broken.ok).toBe(false);
    if (!broken.ok) expect(broken.reason).toMatch(/^front matter: [^\n]{1,120}$/);
    expect(one('---\ntitle: T\ndate: sometime soon\n---\nBody.').published).toBeNull();
  });

  it('keeps a javascript: url out and reads yaml tags as plain data', () => {
    const article = one('---\ntitle: T\nurl: "javascript:alert(1)"\nauthor: !!str 42\n---\nBody.');
    expect(article.url).toBeNull();
    expect(article.byline).toBe('42');
  });
});

describe('inline markup', () => {
  it.each([
    ['**bold** and *em*', 'bold and em'],
    ['__strong__ and _em_', 'strong and em'],
    ['a [link](https://x.y "t") here', 'a link here'],
    ['code `x_y` and ~~gone~~', 'code x_y and gone'],
    ['escaped \\*stars\\*', 'escaped *stars*'],
    ['<https://example.org>', 'https://example.org'],
    ['non\u00A0breaking   spaces', 'non breaking spaces'],
    ['see [Foo](https://en.wikipedia.org/wiki/Foo_(bar)) now', 'see Foo now'],
    ['**bold with __inner__ words**', 'bold with inner words'],
    ['an unclosed [bracket, <tag and __mark stay', 'an unclosed [bracket, <tag and __mark stay'],
  ])('%s', (input, expected) => {
    expect(inline(input)).toBe(expected);
  });
});
