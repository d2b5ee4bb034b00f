/**
 * The text formats' own path (parse/text-articles.ts): a file it reads comes out exactly as the
 * path of every format reads it, and a file in any other format is left to that path (null),
 * never read as text. The reader relies on both: a library of text files is read without loading
 * the other parsers, and an HTML page, feed, book or mail found later still gets them.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { articlesFromBytes } from '../../src/library/parse/articles-from-bytes.js';
import { textArticlesFromBytes } from '../../src/library/parse/text-articles.js';
import { mbox, mhtmlPage, newsletterEml } from '../helpers/format-files.js';

const bytes = (text: string) => new TextEncoder().encode(text);

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && !e.name.startsWith('.') && !e.name.endsWith('.mjs'))
    .map((e) => join(e.parentPath, e.name));
}

const TEXT_FORMATS = new Set(['page-text', 'plain-text']);

describe('the text formats read on their own', () => {
  const files = [...filesUnder(resolve('articles')), ...filesUnder(resolve('tests/fixtures'))];

  it.each(files.map((f) => [relative(process.cwd(), f), f]))('%s: the same articles as every format gives, or left to it', (_, file) => {
    const data = new Uint8Array(readFileSync(file));
    const rel = relative(resolve('articles'), file);
    const all = articlesFromBytes(data, rel);
    const text = textArticlesFromBytes(data, rel);
    if (text !== null) {
      expect(text).toEqual(all);
      if (all.ok) for (const a of all.articles) expect(TEXT_FORMATS.has(a.format)).toBe(true);
    } else if (all.ok) {
      // Left to the other parsers: a format of theirs, or a text that opens like a mail header.
      const mailLike = /^[!-9;-~]+[ \t]*:/.test(readFileSync(file, 'latin1'));
      expect(mailLike || all.articles.some((a) => !TEXT_FORMATS.has(a.format))).toBe(true);
    }
  });

  it('reads most of the sample library itself', () => {
    const sample = filesUnder(resolve('articles')).filter((f) => f.endsWith('.txt'));
    const read = sample.filter((f) => textArticlesFromBytes(new Uint8Array(readFileSync(f)), 'x.txt') !== null);
    expect(read.length).toBeGreaterThan(0);
    expect(read).toEqual(sample.filter((f) => !/^[!-9;-~]+[ \t]*:/.test(readFileSync(f, 'latin1'))));
  });

  it('leaves pages, feeds, Markdown, JSON, books and mail to the other parsers, whatever the name', () => {
    const others: Array<[string, Uint8Array]> = [
      ['page.txt', bytes('<!doctype html><html><head><title>A Page</title></head><body><article><h1>A Page</h1><p>Text.</p></article></body></html>')],
      ['feed.txt', bytes('<?xml version="1.0"?><rss version="2.0"><channel><title>F</title><item><title>An item</title><description>Body.</description></item></channel></rss>')],
      ['note.md', bytes('# A Note\n\nSome text.\n')],
      ['front.txt', bytes('---\ntitle: A Note\n---\n\nSome text.\n')],
      ['items.txt', bytes('[{"headline": "An item", "body": "Text."}]')],
      ['book.epub', zipSync({ mimetype: [strToU8('application/epub+zip'), { level: 0 }] })],
      ['page.mhtml', bytes(mhtmlPage())],
      ['letter.eml', bytes(newsletterEml())],
      ['box.mbox', bytes(mbox(['First', 'Second']))],
    ];
    for (const [name, data] of others) expect([name, textArticlesFromBytes(data, name)]).toEqual([name, null]);
  });

  it('gives the same answers for files that hold no article', () => {
    for (const data of [bytes(''), bytes(' \n\t\n'), new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13])]) {
      expect(textArticlesFromBytes(data, 'x.txt')).toEqual(articlesFromBytes(data, 'x.txt'));
    }
  });
});
