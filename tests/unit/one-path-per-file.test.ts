/** The scan lists each file once, whatever number of paths lead to it (links, hard links). */
import { describe, expect, it } from 'vitest';
import type { ScannedFile } from '../../src/library/files/scanned-file.js';
import { onePathPerFile } from '../../src/library/files/one-path-per-file.js';

const file = (rel: string, ino: number, dev = 1): ScannedFile => ({ abs: `/lib/${rel}`, rel, size: 10, mtimeMs: 1, ino, dev });

describe('onePathPerFile', () => {
  it('keeps the first path of a file reached twice, the others in order, as the same objects', () => {
    const files = [file('a.txt', 1), file('b.txt', 2), file('c.txt', 1), file('d.txt', 3)];
    const chosen = onePathPerFile(files, new Set());
    expect(chosen.map((f) => f.rel)).toEqual(['a.txt', 'b.txt', 'd.txt']);
    expect(chosen[1]).toBe(files[1]);
  });

  it('prefers a path not reached through a link, wherever it comes in the order', () => {
    const files = [file('a-link.txt', 7), file('b.txt', 8), file('z/real.txt', 7)];
    const chosen = onePathPerFile(files, new Set([files[0]!]));
    expect(chosen.map((f) => f.rel)).toEqual(['b.txt', 'z/real.txt']);
  });

  it('keeps two files with one inode number on two devices, and still folds each one\'s own second path', () => {
    const files = [file('a.txt', 5, 1), file('m/b.txt', 5, 2), file('m/c.txt', 5, 2), file('z.txt', 5, 1)];
    expect(onePathPerFile(files, new Set()).map((f) => f.rel)).toEqual(['a.txt', 'm/b.txt']);
  });

  it('on the other device too, a path not through a link wins', () => {
    const files = [file('a.txt', 5, 1), file('m/link.txt', 5, 2), file('m/real.txt', 5, 2)];
    expect(onePathPerFile(files, new Set([files[1]!])).map((f) => f.rel)).toEqual(['a.txt', 'm/real.txt']);
  });
});
