import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readSearchCache, writeSearchCache } from '../../src/library/index/index-cache.js';
import { SearchIndex } from '../../src/library/index/search-index.js';
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
    expect([...read!.postings]).toEqual([...saved.postings]);
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
