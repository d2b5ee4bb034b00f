import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readSearchCache, writeSearchCache } from '../../src/library/index/index-cache.js';
import { SearchIndex } from '../../src/library/index/search-index.js';
import { LibrarySearch } from '../../src/library/index/library-search.js';
import type { ArticleSummary } from '../../src/library/model/library.js';
import { tempDir } from '../helpers/temp-dir.js';

/** An index of `n` articles over `n` words (each article has its own word and a shared one). */
function bigIndex(n: number): SearchIndex {
  const index = new SearchIndex();
  for (let i = 0; i < n; i++) index.add(`id-${i}`, [`word${i}`, `shared${i % 3}`, 'zurich']);
  return index;
}

describe('the search cache', () => {
  it('gives back the index it saved, its strings taken a few thousand per turn (a reader answers keys between)', async () => {
    const dir = tempDir();
    const saved = bigIndex(10_000).exportCompact();
    writeSearchCache(dir, '/lib', saved);
    let pauses = 0;
    const read = await readSearchCache(dir, '/lib', async () => void pauses++);
    expect(read).not.toBeNull();
    expect(read!.ids).toEqual(saved.ids);
    expect(read!.vocabulary).toEqual(saved.vocabulary);
    expect([...read!.offsets]).toEqual([...saved.offsets]);
    expect([...read!.gaps]).toEqual([...saved.gaps]);
    // 10,000 ids and 10,004 words: at least five lines, each parsed in a turn of its own.
    expect(pauses).toBeGreaterThanOrEqual(5);
    const index = await SearchIndex.fromCompact(read!, () => true);
    expect(index.search('word9999')).toEqual(new Set(['id-9999']));
    expect(index.search('zurich')?.size).toBe(10_000);
  });

  it('is not used when cut short, or for another folder', async () => {
    const dir = tempDir();
    writeSearchCache(dir, '/lib', bigIndex(5_000).exportCompact());
    expect(await readSearchCache(dir, '/other')).toBeNull();
    const file = join(dir, readdirSync(dir).find((f) => f.startsWith('search-'))!);
    const bytes = readFileSync(file);
    writeFileSync(file, bytes.subarray(0, bytes.indexOf(10, bytes.indexOf(10) + 1) + 100));
    expect(await readSearchCache(dir, '/lib')).toBeNull();
  });
});

describe('the search index once its cache is written', () => {
  it('searches the written form: its per-word lists are let go, and every query is answered as before', async () => {
    // After a cold load of 10,000 articles the per-word lists were ~17 MB of heap, kept for the
    // whole session; the written form is the warm start's (~6 MB).
    const file = (i: number) => ({ file: { rel: `f${i}.txt` }, summaries: [{ id: `id-${i}` }] as unknown as ArticleSummary[] });
    const load = (search: LibrarySearch) => {
      for (let i = 0; i < 3_000; i++) search.add(file(i), [[`word${i}`, `shared${i % 3}`, 'zurich']]);
      search.forget(file(7));
    };
    // Files read, dropped and read again once the cache is written.
    const later = (search: LibrarySearch) => {
      search.add(file(3_000), [['word3000', 'zurich']]);
      search.forget(file(1));
      search.add(file(7), [['harbour', 'word7']]);
      search.add(file(2), [['shared2', 'harbour']]);
    };
    const queries = ['word1', 'word7', 'word2', 'shared2', 'zur', 'shared1 word29', 'harb', 'nothing'];
    const saved = new LibrarySearch();
    const never = new LibrarySearch();
    load(saved);
    load(never);
    expect(saved.listedWords).toBeGreaterThan(3_000);
    await saved.saveCacheInSteps(tempDir(), '/lib', async () => undefined, () => false);
    expect(saved.listedWords).toBe(0);
    expect(queries.map((q) => saved.search(q))).toEqual(queries.map((q) => never.search(q)));
    later(saved);
    later(never);
    expect(queries.map((q) => saved.search(q))).toEqual(queries.map((q) => never.search(q)));
    expect(saved.search('harb')).toEqual(new Set(['id-7', 'id-2']));
  });
});
