import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { describeWithShared, GLOBAL_VOICES } from '../helpers/shared-data.js';
import { detectFormat, parseDocument } from '../../src/library/formats/detect.js';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const fixture = (name: string) => readFileSync(path.join(repoRoot, 'tests/fixtures/formats', name), 'utf8');

describe('detectFormat: content first, the name only a hint', () => {
  it.each([
    ['{"headline":"x"}', 'a.txt', 'json'],
    ['  [{"headline":"x"}]', 'a', 'json'],
    ['[Breaking] Storm hits the coast\n\nWinds of 120 km/h.', 'a.txt', 'plain-text'], // "[" but not JSON
    ['<?xml version="1.0"?>\n<!-- saved -->\n<rss version="2.0"><channel/></rss>', 'news.txt', 'feed'],
    ['<feed xmlns="http://www.w3.org/2005/Atom"><title>t</title></feed>', 'a.xml', 'feed'],
    ['<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"></rdf:RDF>', 'a', 'feed'],
    ['<feed><title>not atom</title></feed>', 'a.xml', 'plain-text'],
    ['<!DOCTYPE html><html><body><p>x</p></body></html>', 'page.txt', 'html'],
    ['<html lang="en"><p>x</p></html>', 'a', 'html'],
    ['\n<head><title>t</title></head>', 'a', 'html'],
    ['<div><p>A fragment saved from a browser.</p></div>', 'page.html', 'html'],
    ['---\ntitle: T\n---\nBody', 'note.txt', 'markdown'],
    ['Just words.', 'note.md', 'markdown'],
    ['Headline\n\nBody text.', 'story.txt', 'plain-text'],
  ])('%j (%s) → %s', (text, name, format) => {
    expect(detectFormat(text, name)).toBe(format);
  });

  it('sees a feed behind a long DOCTYPE internal subset', () => {
    expect(detectFormat(fixture('rss-entity-bomb.xml'), 'x.xml')).toBe('feed');
  });
});

describe('parseDocument', () => {
  it('routes each fixture to its parser', () => {
    const formats = (text: string, name: string) => {
      const outcome = parseDocument(text, name);
      return outcome.ok ? outcome.articles.map((a) => a.format) : outcome.reason;
    };
    expect(formats(fixture('atom.xml'), 'atom.xml')).toEqual(['atom', 'atom']);
    expect(formats(fixture('rss-escaped.xml'), 'feed.txt')).toEqual(['rss', 'rss']);
    expect(formats(fixture('article-og.html'), 'saved')).toEqual(['html']);
    expect(formats(fixture('note-front-matter.md'), 'note')).toEqual(['markdown']);
    expect(formats('{"headline":"H","paragraphs":["p"]}', 'a.json')).toEqual(['json']);
    expect(formats('Headline\n\nBody text here.', 'a.txt')).toEqual(['plain-text']);
  });

  it('reads a .md file without heading or front matter as plain text', () => {
    const outcome = parseDocument('Bakery notes\n\nThe ovens are cold.', 'notes.md');
    expect(outcome.ok && outcome.articles[0]).toMatchObject({ format: 'plain-text', headline: 'Bakery notes' });
  });

  it('gives short reasons for files with no article', () => {
    expect(parseDocument(fixture('front-page.html'), 'index.html')).toEqual({
      ok: false,
      reason: 'no article found (front page?)',
    });
    expect(parseDocument(fixture('rss-empty.xml'), 'feed.xml')).toEqual({ ok: false, reason: 'no items in feed' });
    expect(parseDocument('  \n\t ', 'blank.txt')).toEqual({ ok: false, reason: 'empty file' });
    expect(parseDocument('{"headline": 3', 'bad.json')).toMatchObject({ ok: false, reason: /^invalid JSON/ });
  });

  it('never throws and never answers with a stack trace, whatever the input', () => {
    const prefixes = ['', '{', '[', '<rss>', '<feed xmlns="http://www.w3.org/2005/Atom">', '<html>', '---\n', '# '];
    fc.assert(
      fc.property(fc.constantFrom(...prefixes), fc.string({ maxLength: 300 }), fc.constantFrom('a.txt', 'a.md', 'a.html', 'a.json'), (prefix, rest, name) => {
        const outcome = parseDocument(prefix + rest, name);
        if (!outcome.ok) expect(outcome.reason).not.toMatch(/\n\s+at /);
        else for (const a of outcome.articles) expect(a.headline.length).toBeGreaterThan(0);
      }),
      { numRuns: 300 },
    );
  });
});

describeWithShared(GLOBAL_VOICES, 'detecting the Global Voices corpus', (gv) => {
  it('the pages are HTML articles, the feed fifteen RSS items, the front page no article', () => {
    const page = parseDocument(readFileSync(path.join(gv, 'index_5.html'), 'utf8'), 'index_5.html');
    expect(page.ok && page.articles[0]!.format).toBe('html');
    const feed = parseDocument(readFileSync(path.join(gv, 'test.rss'), 'utf8'), 'test.rss');
    expect(feed.ok && feed.articles.length).toBe(15);
    const front = JSON.parse(readFileSync(path.join(gv, 'crawler_stories/16.json'), 'utf8')).content;
    expect(parseDocument(front, 'home.html')).toEqual({ ok: false, reason: 'no article found (front page?)' });
  });
});
