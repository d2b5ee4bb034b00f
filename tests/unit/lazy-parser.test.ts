/**
 * The reader's thread loads the parsers of every format (Readability, linkedom, htmlparser2,
 * yaml, SQLite: 14-17 MB once evaluated, and the compile an early Enter waited for) only for a
 * file in a format that needs them: a library of text files is listed, searched and opened with
 * the text formats' parsers alone, and the first page or feed found loads the rest.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { scanFile } from '../../src/library/files/scan-extras.js';
import type { ArticleSummary } from '../../src/library/model/library.js';
import * as lazy from '../../src/library/live/lazy-parser.js';
import { tempDir } from '../helpers/temp-dir.js';

const loads = vi.hoisted(() => ({ count: 0 }));
vi.mock('../../src/library/parse/parse-scanned-file.js', async (importOriginal) => {
  loads.count += 1;
  return importOriginal();
});

const PAGE_TEXT = 'News > World\n\nHarbour Ferry Returns\n\nPublished 12 March 2024\n\nThe ferry is back.\n\nThe lighthouse keeper spoke of the crossing.';
const PARAGRAPH = '<p>The new tram line opened on Monday with a parade through the old town, and the mayor rode the first car from the harbour to the station, waving to the crowds that lined the streets.</p>';
const HTML = `<!doctype html><html><head><title>Tram Line Opens</title></head><body><article><h1>Tram Line Opens</h1>${PARAGRAPH.repeat(4)}</article></body></html>`;

function scanned(name: string, content: string) {
  const abs = join(tempDir(), name);
  writeFileSync(abs, content);
  const found = scanFile(abs);
  if (!found.ok) throw new Error(found.reason);
  return { ...found.file, rel: name };
}

describe('parsers loaded as the library needs them', () => {
  it('lists, searches and opens text articles without the other parsers, and loads them once a page needs them', async () => {
    const file = scanned('ferry.txt', PAGE_TEXT);
    const parsed = await lazy.readFileArticles(file);
    expect(parsed.summaries.map((s) => [s.headline, s.format])).toEqual([['Harbour Ferry Returns', 'page-text']]);
    expect(parsed.words?.[0]).toContain('lighthouse');
    expect(await lazy.searchWords(file, parsed.summaries)).toEqual(parsed.words);
    const article = await lazy.readArticleFromFile(file, parsed.summaries[0]!.id);
    expect(article?.blocks.map((b) => b.text)).toContain('The lighthouse keeper spoke of the crossing.');
    await lazy.preloadParser(false);
    expect(loads.count).toBe(0);

    // The library holds a page: preloaded once it is idle; a page read after uses them.
    await lazy.preloadParser(true);
    expect(loads.count).toBe(1);
    const page = await lazy.readFileArticles(scanned('tram.html', HTML));
    expect(page.summaries.map((s) => [s.headline, s.format])).toEqual([['Tram Line Opens', 'html']]);
    const opened = await lazy.readArticleFromFile(scanned('tram.html', HTML), page.summaries[0]!.id);
    expect(opened?.headline).toBe('Tram Line Opens');
    // Text reads the same with every parser loaded.
    expect(await lazy.readFileArticles(file)).toEqual(parsed);
    expect(loads.count).toBe(1);
  });

  it('preloads them when the library holds an article that is not text', () => {
    const entry = (format: string) => ({ summaries: [{ format }] }) as unknown as { summaries: ArticleSummary[] };
    expect(lazy.allText([entry('page-text'), entry('plain-text')])).toBe(true);
    expect(lazy.allText([entry('page-text'), entry('html')])).toBe(false);
    expect(lazy.allText([entry('rss')])).toBe(false);
  });
});
