import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { type Article, paragraphsOf, relatedOf } from '../../src/library/model/article.js';
import { articlesFromBytes } from '../../src/library/parse/articles-from-bytes.js';

const articles = fileURLToPath(new URL('../../articles', import.meta.url));
const files = readdirSync(articles, { recursive: true, withFileTypes: true })
  .filter((e) => e.isFile() && e.name !== 'README.md' && !e.name.startsWith('.'))
  .map((e) => relative(articles, join(e.parentPath, e.name)))
  .sort();

/** Every article in a file, through the same pipeline the library uses. */
function parseAll(path: string): Article[] {
  const result = articlesFromBytes(readFileSync(join(articles, path)), path);
  if (!result.ok) throw new Error(`${path}: ${result.reason}`);
  return result.articles;
}
const parse = (path: string): Article => parseAll(path)[0]!;

describe('the sample library in articles/', () => {
  it('holds the user\'s article and the samples', () => {
    expect(files).toContain('palestine/palestinian-resistance-to-meet-russian-authorities.txt');
    expect(files.length).toBeGreaterThanOrEqual(15);
  });

  it.each(files)('%s has a headline, a date and at least one paragraph', (path) => {
    for (const a of parseAll(path)) {
      expect(a.headline).not.toBe('');
      expect(a.published).toMatch(/^(2023|2024)-\d{2}-\d{2}$/);
      expect(paragraphsOf(a).length).toBeGreaterThan(0);
    }
  });

  it('shows every format the reader opens, with captions', () => {
    const byFormat = new Map(files.flatMap(parseAll).map((a) => [a.format, a]));
    expect([...byFormat.keys()].sort()).toEqual(['html', 'json', 'markdown', 'page-text', 'plain-text', 'rss']);
    for (const format of ['html', 'json', 'markdown', 'rss'] as const) {
      expect(byFormat.get(format)!.captions.length, format).toBeGreaterThan(0);
    }
  });

  it('covers both text formats and the layout variants', () => {
    const all = files.flatMap(parseAll);
    expect(all.filter((a) => a.format === 'plain-text').length).toBeGreaterThanOrEqual(3);
    // The sample without a breadcrumb takes its section from its folder.
    expect(parse('sport/lake-swim-draws-record-crowd.txt').section).toBe('Sport');
    expect(all.some((a) => a.blocks.some((b) => b.kind === 'caption'))).toBe(true);
    expect(all.some((a) => a.blocks.some((b) => b.kind === 'embed' && b.source !== null))).toBe(true);
    expect(all.filter((a) => relatedOf(a).length > 0).length).toBeGreaterThanOrEqual(3);
    expect(all.some((a) => a.byline !== null && a.outlet !== null)).toBe(true);
    expect(all.some((a) => a.disclaimer !== null)).toBe(true);
    expect(all.some((a) => paragraphsOf(a).some((p) => p.includes('Bogotá')))).toBe(true);
  });

  it('keeps one sample with CRLF line endings and one with a BOM', () => {
    const raw = files.map((f) => readFileSync(join(articles, f), 'utf8'));
    expect(raw.some((t) => t.includes('\r\n'))).toBe(true);
    expect(raw.some((t) => t.startsWith('\uFEFF'))).toBe(true);
  });
});
