import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { paragraphsOf } from '../../src/library/model/article.js';
import { articlesFromBytes } from '../../src/library/parse/articles-from-bytes.js';

const bytes = (parts: Array<string | number[]>) =>
  new Uint8Array(parts.flatMap((p) => (typeof p === 'string' ? [...Buffer.from(p, 'latin1')] : p)));

describe('one file to articles', () => {
  it('reads a Windows-1252 saved page as the right characters', () => {
    const result = articlesFromBytes(readFileSync(resolve('tests/fixtures/page-text/windows-1252.txt')), 'x/a.txt');
    expect(result.ok).toBe(true);
    const text = JSON.stringify(result.ok && result.articles[0]);
    expect(text).toMatch(/[éá]/);
    expect(text).not.toMatch(/[\u0080-\u009f]|\ufffd/);
  });

  it('honours a feed that declares an encoding content sniffing cannot tell (ISO-8859-2)', () => {
    // 0xB3 is "ł" in ISO-8859-2 and "³" in Windows-1252.
    const feed = bytes([
      '<?xml version="1.0" encoding="ISO-8859-2"?><rss version="2.0"><channel><title>Wiadomo',
      [0x9c],
      'ci</title><item><title>Bia',
      [0xb3],
      'ystok</title><description>&lt;p&gt;Miasto Bia',
      [0xb3],
      'ystok.&lt;/p&gt;</description></item></channel></rss>',
    ]);
    const result = articlesFromBytes(feed, 'feeds/pl.xml');
    expect(result.ok && result.articles[0]!.headline).toBe('Białystok');
    expect(result.ok && paragraphsOf(result.articles[0]!)).toEqual(['Miasto Białystok.']);
  });

  it('gives a section from the folder when the file names none, and the same id wherever the file is', () => {
    const page = Buffer.from('A Headline Here\n\nFirst paragraph.\n\nSecond paragraph.');
    const a = articlesFromBytes(page, 'climate-change/a.txt');
    const b = articlesFromBytes(page, 'elsewhere/deep/renamed.txt');
    expect(a.ok && a.articles[0]!.section).toBe('Climate Change');
    expect(a.ok && b.ok && a.articles[0]!.id === b.articles[0]!.id).toBe(true);
    const other = articlesFromBytes(Buffer.from('A Headline Here\n\nFirst paragraph.\n\nA different second.'), 'x.txt');
    expect(other.ok && a.ok && other.articles[0]!.id !== a.articles[0]!.id).toBe(true);
  });

  it('never lets a terminal escape from a file through to a field', () => {
    const page = Buffer.from('News > Sci\x1b]52;c;aGk=\x07ence\n\nHead\x1b[2Jline\x9b31m Here\n\nPublished 2 March 2024\n\nStand\x1b]0;pwned\n\nBody \x1bP+q\x1b\\ text.');
    const result = articlesFromBytes(page, 'a.txt');
    const text = JSON.stringify(result);
    expect(text).not.toMatch(/\\u001b|\\u009b|\\u0007/);
    expect(result.ok && result.articles[0]!.headline).toContain('Here');
  });
});
