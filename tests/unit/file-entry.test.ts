import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cachedEntry } from '../../src/library/live/file-entry.js';

const stamp = { size: 10, mtimeMs: 1.5, ino: 7, summaries: [], problem: null };

describe('a file remembered by the index cache', () => {
  it('is opened at the path join() makes of the library folder and its relative path', () => {
    for (const root of ['/lib', '/home/a b/news', '/']) {
      for (const rel of ['a.txt', 'world/2023/é page.html', 'x/y/z/w.md']) {
        expect(cachedEntry(root, rel, stamp).file.abs).toBe(join(root, rel));
      }
    }
    expect(cachedEntry('/lib', '/elsewhere/cache.db', stamp).file.abs).toBe('/elsewhere/cache.db');
  });

  it('keeps the stamp the scan compares (size, modification time, inode)', () => {
    expect(cachedEntry('/lib', 'a.txt', stamp).file).toEqual({ abs: '/lib/a.txt', rel: 'a.txt', size: 10, mtimeMs: 1.5, ino: 7, dev: -1 });
  });
});
