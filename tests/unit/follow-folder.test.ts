import { cpSync, mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openLibrary } from '../../src/library/live/live-library.js';
import { readIndexCache } from '../../src/library/index/index-cache.js';
import { tempDir } from '../helpers/temp-dir.js';
import { waitFor } from '../helpers/wait-for.js';

const page = (n: number) => `News > World\n\nHeadline number ${n} here\n\nPublished 2 March 2024\n\nA standfirst ${n}.\n\nThe body ${n}.\n`;

function library(count: number): string {
  const root = join(tempDir(), 'news');
  mkdirSync(join(root, 'world'), { recursive: true });
  for (let i = 0; i < count; i += 1) writeFileSync(join(root, 'world', `${i}.txt`), page(i));
  return root;
}

describe('the live library follows its folder through anything', () => {
  it('sees the whole folder deleted and restored, and shows everything again', async () => {
    const root = library(30);
    const backup = join(tempDir(), 'backup');
    cpSync(root, backup, { recursive: true });
    const lib = openLibrary(root, { watch: true, cacheDir: tempDir() });
    await lib.ready;
    await waitFor(() => lib.current().summaries.length === 30, () => `${lib.current().summaries.length}`, { timeout: 10_000 });
    rmSync(root, { recursive: true });
    await waitFor(() => lib.current().summaries.length === 0, () => `${lib.current().summaries.length}`, { timeout: 10_000 });
    cpSync(backup, root, { recursive: true });
    await waitFor(() => lib.current().summaries.length === 30, () => `${lib.current().summaries.length} after restore`, { timeout: 10_000 });
    lib.close();
  });

  it('sees the folder replaced by another of the same name', async () => {
    const root = library(5);
    const other = join(tempDir(), 'other');
    mkdirSync(other);
    for (let i = 100; i < 112; i += 1) writeFileSync(join(other, `${i}.txt`), page(i));
    const lib = openLibrary(root, { watch: true, cacheDir: tempDir() });
    await lib.ready;
    await waitFor(() => lib.current().summaries.length === 5, () => '', { timeout: 10_000 });
    rmSync(root, { recursive: true });
    renameSync(other, root);
    await waitFor(() => lib.current().summaries.length === 12, () => `${lib.current().summaries.length}`, { timeout: 10_000 });
    // And it follows the new folder: a file added there shows.
    writeFileSync(join(root, 'late.txt'), page(999));
    await waitFor(() => lib.current().summaries.length === 13, () => `${lib.current().summaries.length}`, { timeout: 10_000 });
    lib.close();
  });

  it('shows every one of 1,500 files written at once into new sub-folders', async () => {
    const root = library(1);
    const lib = openLibrary(root, { watch: true, cacheDir: tempDir() });
    await lib.ready;
    await waitFor(() => lib.current().summaries.length === 1, () => '', { timeout: 10_000 });
    for (let f = 0; f < 3; f += 1) {
      const folder = join(root, `burst-${f}`, 'deeper');
      mkdirSync(folder, { recursive: true });
      for (let i = 0; i < 500; i += 1) writeFileSync(join(folder, `${i}.txt`), page(10_000 + f * 1000 + i));
    }
    await waitFor(() => lib.current().summaries.length === 1501, () => `${lib.current().summaries.length} of 1501`, { timeout: 50_000 });
    lib.close();
  }, 60_000);

  it('keeps in the index cache what it saw while following, written once closed at the latest', async () => {
    const root = library(2);
    const cache = tempDir();
    const lib = openLibrary(root, { watch: true, cacheDir: cache });
    await lib.ready;
    await waitFor(() => lib.current().summaries.length === 2 && lib.progress() === null, () => '', { timeout: 10_000 });
    mkdirSync(join(root, 'late'));
    writeFileSync(join(root, 'late', 'new.txt'), page(77));
    await waitFor(() => lib.current().summaries.length === 3, () => `${lib.current().summaries.length}`, { timeout: 10_000 });
    lib.close();
    expect([...readIndexCache(cache, root).files.keys()].sort()).toEqual(['late/new.txt', 'world/0.txt', 'world/1.txt']);
  });
});
