/**
 * The one article renderer draws each block kind as what it is, on screen (the reader pane) and
 * on stdout (`show`, `parse`): headings styled apart, list items with their bullet and a hanging
 * indent, quotes behind a bar, code with its own lines, table rows together (issue 11).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { Article } from '../../src/library/model/article.js';
import { articlesFromBytes } from '../../src/library/parse/articles-from-bytes.js';
import { articleLines } from '../../src/render/article-lines.js';
import { articleText } from '../../src/render/article-text.js';

const dir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../fixtures/extract');
function load(file: string, index = 0): Article {
  const parsed = articlesFromBytes(readFileSync(path.join(dir, file)), `extract/${file}`);
  if (!parsed.ok) throw new Error(parsed.reason);
  return parsed.articles[index]!;
}

describe('on screen', () => {
  const lines = articleLines(load('structure.html'), 40);
  const at = (text: string) => lines.findIndex((l) => l.text.includes(text));

  it('draws body headings with their own token, apart from paragraphs and from the headline', () => {
    expect(lines[at('What we kept')]!.token).toBe('text.subheading');
    expect(lines[at('How we moved')]!.token).toBe('text.heading');
    expect(lines[at('Our newsroom archive')]!.token).toBe('text.primary');
  });

  it('draws list items with their marker, a hanging indent, and no blank line between items', () => {
    const first = at('1. the text as published');
    expect(lines[first]!.text).toBe('1. the text as published, with its');
    expect(lines[first + 1]!.text).toBe('   corrections;');
    expect(lines[first + 2]!.text.startsWith('2. the date, byline')).toBe(true);
    expect(lines[at('view counts')]!.text).toBe('• view counts and share counts;');
  });

  it('draws quotes behind a bar, in the quote token', () => {
    const quote = lines.filter((l) => l.token === 'text.quote');
    expect(quote.length).toBeGreaterThan(1);
    expect(quote.every((l) => l.text.startsWith('  │ '))).toBe(true);
    expect(quote.map((l) => l.text.slice(4)).join(' ')).toContain('I can finally grep my own work.');
  });

  it('keeps code lines and their indentation, cutting a line too wide instead of re-flowing it', () => {
    const code = articleLines(load('structure.html'), 60).filter((l) => l.token === 'text.code').map((l) => l.text);
    expect(code).toEqual(['    for story in stories:', '        path = folder / f"{story.id}.txt"', '        path.write_text(render(story))']);
    const narrow = articleLines(load('structure.html'), 24).filter((l) => l.token === 'text.code');
    expect(narrow.every((l) => l.text.length <= 24)).toBe(true);
    expect(narrow.map((l) => l.text.slice(4)).join('')).toContain('path = folder / f"{story.id}.txt"');
  });

  it('draws table rows together, the header row set apart', () => {
    const header = at('Decade | Stories');
    expect(lines[header]!.token).toBe('text.subheading');
    expect(lines.slice(header + 1, header + 4).map((l) => l.text.trim())).toEqual(['1990s | 6,200 | 31 MB', '2000s | 17,900 | 96 MB', '2010s | 16,900 | 88 MB']);
  });

  it('shows the lead caption once, even when the body repeats it after the standfirst', () => {
    const screen = articleLines(load('caption-credit-spans.html'), 60).map((l) => l.text).join('\n');
    expect(screen.split('Commuters waited on the rebuilt platform').length - 1).toBe(1);
    expect(screen.split('The bakery on the corner reopened').length - 1).toBe(1);
  });

  it('names a feed\'s outlet once in the meta line', () => {
    const meta = articleLines(load('feed-outlet-byline.xml'), 80)[0]!.text;
    expect(meta).toBe('Valley Gazette · 5 May 2025');
  });
});

describe('on stdout', () => {
  it('marks headings, lists, quotes, code and tables in plain text', () => {
    const text = articleText(load('structure.html'));
    expect(text).toContain('\n## What we kept\n');
    expect(text).toContain('\n### The conversion script\n');
    expect(text).toContain('\n1. the text as published, with its corrections;\n2. the date, byline and section, in a small header;\n');
    expect(text).toContain('\n• view counts and share counts;\n• the tags nobody had maintained since 2014.\n');
    expect(text).toContain('\n> I can finally grep my own work.');
    expect(text).toContain('\n    for story in stories:\n        path = folder / f"{story.id}.txt"\n');
    expect(text).toContain('\n  Decade | Stories | Size on disk\n  1990s | 6,200 | 31 MB\n');
  });

  it('prints MathML as text inside its sentence', () => {
    expect(articleText(load('mathml.html'))).toContain('There are two solutions to x^2 = 4 and they are x=2 and x=−2, because');
  });
});
