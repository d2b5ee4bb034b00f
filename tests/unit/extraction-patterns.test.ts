/**
 * Issue 11: each pattern that real saved pages broke on, reproduced by a page of our own in
 * tests/fixtures/extract/ with its expected result beside it (NAME.expected.json, the shape
 * `npm run fidelity` reads). Every page goes through the whole pipeline (bytes → decode →
 * detect → parse → sanitize), as `inkpress parse` reads it.
 */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { wordF1 } from '../../src/cli/fidelity/score.js';
import { paragraphsOf, type Article, type Block } from '../../src/library/model/article.js';
import { articlesFromBytes } from '../../src/library/parse/articles-from-bytes.js';

const dir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../fixtures/extract');
const pages = readdirSync(dir).filter((f) => f.endsWith('.html')).sort();

interface Expectation {
  pattern: string;
  article?: boolean;
  headline?: string;
  byline?: string | null;
  published?: string | null;
  body?: string;
  headings?: string[];
  listItems?: string[];
  quotes?: string[];
  preformatted?: string[];
  tableRows?: string[];
  captions?: { text: string; credit: string | null }[];
  absent?: string[];
  contains?: string[];
}

function parse(file: string) {
  return articlesFromBytes(readFileSync(path.join(dir, file)), `extract/${file}`);
}
const textsOf = (a: Article, kind: Block['kind']) => a.blocks.filter((b) => b.kind === kind).map((b) => b.text);

describe('every extraction pattern has a page of its own, and passes', () => {
  it('has a page for each pattern the issue lists', () => {
    expect(pages.length).toBeGreaterThanOrEqual(20);
  });

  for (const file of pages) {
    const expected = JSON.parse(readFileSync(path.join(dir, file.replace(/\.html$/, '.expected.json')), 'utf8')) as Expectation;
    it(`${file}: ${expected.pattern}`, () => {
      const parsed = parse(file);
      if (expected.article === false) {
        expect(parsed).toEqual({ ok: false, reason: 'no article found (front page?)' });
        return;
      }
      if (!parsed.ok) throw new Error(`refused: ${parsed.reason}`);
      const a = parsed.articles[0]!;
      if (expected.headline !== undefined) expect(a.headline).toBe(expected.headline);
      if (expected.byline !== undefined) expect(a.byline).toBe(expected.byline);
      if (expected.published !== undefined) expect(a.published).toBe(expected.published);
      const body = [a.standfirst ?? '', ...paragraphsOf(a)].filter(Boolean).join('\n');
      if (expected.body !== undefined) expect(wordF1(body, expected.body)).toBeGreaterThanOrEqual(0.95);
      if (expected.headings) expect(textsOf(a, 'heading')).toEqual(expected.headings);
      if (expected.listItems) expect(textsOf(a, 'list-item')).toEqual(expected.listItems);
      if (expected.quotes) expect(textsOf(a, 'quote')).toEqual(expected.quotes);
      if (expected.preformatted) expect(textsOf(a, 'preformatted')).toEqual(expected.preformatted);
      if (expected.tableRows) expect(textsOf(a, 'table-row')).toEqual(expected.tableRows);
      if (expected.captions) {
        expect(a.captions).toEqual(expected.captions);
        // Each caption once: never again as body text.
        for (const c of expected.captions) expect(paragraphsOf(a).join('\n')).not.toContain(c.text);
      }
      const everything = [a.headline, body, ...a.blocks.map((b) => b.text)].join('\n');
      for (const gone of expected.absent ?? []) expect(body).not.toContain(gone);
      for (const kept of expected.contains ?? []) expect(everything).toContain(kept);
    });
  }
});

describe('charset', () => {
  it('reads a UTF-8 page that declares gb2312 as UTF-8, and says so', () => {
    const parsed = parse('utf8-declared-gb2312.html');
    if (!parsed.ok) throw new Error(parsed.reason);
    expect(parsed.articles[0]!.headline).toBe('城市公交将在春节期间延长运营时间');
    expect(parsed.warnings).toContain('declares charset gb2312, but the bytes are valid UTF-8: read as UTF-8');
  });

  it('still honours the declaration when the bytes are not UTF-8 (KOI8-R)', () => {
    // "Привет" in KOI8-R: f0 d2 c9 d7 c5 d4. Not valid UTF-8, so the page's word stands.
    const head = new TextEncoder().encode('<html><head><meta charset="koi8-r"><title>x</title></head><body><h1>');
    const word = Uint8Array.from([0xf0, 0xd2, 0xc9, 0xd7, 0xc5, 0xd4]);
    const rest = new TextEncoder().encode(`</h1><p>${'Lorem ipsum dolor sit amet, consectetur adipiscing elit. '.repeat(6)}</p></body></html>`);
    const parsed = articlesFromBytes(Uint8Array.from([...head, ...word, ...rest]), 'x.html');
    if (!parsed.ok) throw new Error(parsed.reason);
    expect(parsed.articles[0]!.headline).toBe('Привет');
    expect(parsed.warnings.join(' ')).not.toMatch(/read as UTF-8/);
  });
});

describe('feeds and Markdown fill the block kinds too', () => {
  it('a feed item does not repeat the outlet as its byline, and keeps its structure', () => {
    const parsed = articlesFromBytes(readFileSync(path.join(dir, 'feed-outlet-byline.xml')), 'extract/feed.xml');
    if (!parsed.ok) throw new Error(parsed.reason);
    const [frost, bridge, market] = parsed.articles;
    expect(frost!.outlet).toBe('Valley Gazette');
    expect(frost!.byline).toBeNull();
    expect(bridge!.byline).toBe('Valley Gazette staff');
    expect(market!.byline).toBe('Ada Lindqvist');
    expect(textsOf(frost!, 'heading')).toEqual(['Insurance']);
    expect(bridge!.blocks.filter((b) => b.kind === 'list-item')).toEqual([
      { kind: 'list-item', text: 'New handrails', marker: '•', depth: 0 },
      { kind: 'list-item', text: 'A wider deck', marker: '•', depth: 0 },
    ]);
    expect(textsOf(market!, 'quote')).toEqual(['We have waited ten years for this.']);
  });

  it('a plain-text note keeps its bulleted lines as list items', () => {
    const note = 'Packing list for the ferry\n\nBring these:\n\n• a warm coat\n• tea in a flask\n\nThe boat leaves at nine.\n';
    const parsed = articlesFromBytes(new TextEncoder().encode(note), 'notes/packing.txt');
    if (!parsed.ok) throw new Error(parsed.reason);
    expect(parsed.articles[0]!.blocks).toEqual([
      { kind: 'paragraph', text: 'Bring these:' },
      { kind: 'list-item', text: 'a warm coat', marker: '•', depth: 0 },
      { kind: 'list-item', text: 'tea in a flask', marker: '•', depth: 0 },
      { kind: 'paragraph', text: 'The boat leaves at nine.' },
    ]);
  });

  it('Markdown ## headings, lists, quotes and code keep their kinds', () => {
    const parsed = articlesFromBytes(readFileSync(path.join(dir, 'markdown-structure.md')), 'extract/notes.md');
    if (!parsed.ok) throw new Error(parsed.reason);
    const a = parsed.articles[0]!;
    expect(a.headline).toBe('Notes from the seed swap');
    expect(a.blocks.map((b) => b.kind)).toEqual([
      'paragraph', 'heading', 'list-item', 'list-item', 'list-item', 'heading', 'quote', 'list-item', 'list-item',
      'preformatted', 'paragraph',
    ]);
    expect(a.blocks[1]).toEqual({ kind: 'heading', text: 'What people brought', level: 2 });
    expect(a.blocks[7]).toEqual({ kind: 'list-item', text: 'Dry seed keeps longest.', marker: '1.', depth: 0 });
    expect(a.blocks[9]).toEqual({ kind: 'preformatted', text: 'date: 2025-03-15\npackets: 212' });
  });
});
