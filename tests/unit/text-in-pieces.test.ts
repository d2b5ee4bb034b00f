/**
 * The caches read and written in pieces (`index/text-in-pieces.ts`): the same text as reading or
 * writing the file whole, whatever falls on a piece's edge. Why pieces (the memory glibc keeps
 * after a big block is freed) is a peak-RSS matter, shown in the bench, not here.
 */
import { closeSync, existsSync, openSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readIndexCache, writeIndexCache } from '../../src/library/index/index-cache.js';
import { linesInPieces, PIECE, readTextInPieces, writeTextInPieces } from '../../src/library/index/text-in-pieces.js';
import type { ArticleSummary } from '../../src/library/model/library.js';
import { tempDir } from '../helpers/temp-dir.js';

const EMOJI = '😀'; // 4 bytes in UTF-8, two UTF-16 units
const UNITS = Math.floor(PIECE / 3);

function saved(bytes: Buffer | string): string {
  const path = join(tempDir(), 'file');
  writeFileSync(path, bytes);
  return path;
}

describe('readTextInPieces', () => {
  it.each([
    ['an empty file', Buffer.alloc(0)],
    ['a character split by the first piece edge', Buffer.from(`${'a'.repeat(PIECE - 2)}${EMOJI}tail`)],
    ['accents over several pieces', Buffer.from('déjà vu, señor, 東京 '.repeat(20_000))],
    ['a byte-order mark', Buffer.from(`\uFEFF${'x'.repeat(PIECE)}`)],
    ['invalid bytes on an edge', Buffer.concat([Buffer.from('a'.repeat(PIECE - 1)), Buffer.from([0xe2, 0x82]), Buffer.from('z')])],
    ['a file ending inside a character', Buffer.concat([Buffer.from('a'.repeat(PIECE * 2)), Buffer.from([0xf0, 0x9f])])],
  ])('reads %s as readFileSync does', (_, bytes) => {
    const path = saved(bytes);
    expect(readTextInPieces(path)).toBe(readFileSync(path, 'utf8'));
  });

  it('throws on a missing file, as readFileSync does', () => {
    expect(() => readTextInPieces(join(tempDir(), 'missing'))).toThrow(/ENOENT/);
  });
});

describe('linesInPieces', () => {
  it.each([
    ['an empty file', Buffer.alloc(0)],
    ['only newlines', Buffer.from('\n\n\n')],
    ['a newline on a piece edge', Buffer.from(`${'a'.repeat(PIECE - 1)}\n${'b'.repeat(PIECE)}\nend`)],
    ['a character split by a piece edge inside a line', Buffer.from(`head\n${'a'.repeat(PIECE - 7)}${EMOJI}tail\n`)],
    ['many short lines', Buffer.from('déjà\n東京\n\nx\n'.repeat(30_000))],
    ['lines longer than a piece', Buffer.from(`${'long line '.repeat(20_000)}\n${'another '.repeat(30_000)}`)],
    ['invalid bytes on an edge', Buffer.concat([Buffer.from('a'.repeat(PIECE - 1)), Buffer.from([0xe2, 0x82]), Buffer.from('\nz')])],
  ])('gives the lines of %s, as splitting the whole text does', (_, bytes) => {
    const path = saved(bytes);
    expect([...linesInPieces(path)]).toEqual(readFileSync(path, 'utf8').split('\n'));
  });

  // Open files counted where Linux lists them.
  it.skipIf(!existsSync('/proc/self/fd'))('closes the file when the caller stops early', () => {
    const path = saved(Buffer.from('one\ntwo\nthree\n'.repeat(50_000)));
    const open = () => readdirSync('/proc/self/fd').length;
    const before = open();
    for (let k = 0; k < 20; k += 1) {
      for (const line of linesInPieces(path)) if (line === 'two') break;
    }
    expect(open()).toBe(before);
  });
});

describe('writeTextInPieces', () => {
  it.each([
    ['a surrogate pair on the piece edge', `${'a'.repeat(UNITS - 1)}${EMOJI}${'b'.repeat(UNITS)}`],
    ['three-byte characters filling whole pieces', '€'.repeat(UNITS * 3 + 7)],
    ['a lone surrogate', `x\uD800y${'z'.repeat(UNITS)}`],
    ['nothing', ''],
  ])('writes %s as Buffer.from would', (_, text) => {
    const path = join(tempDir(), 'out');
    const fd = openSync(path, 'w');
    writeTextInPieces(fd, text);
    closeSync(fd);
    expect(readFileSync(path).equals(Buffer.from(text))).toBe(true);
  });
});

describe('the index cache, megabytes of it', () => {
  it('reads back every summary it wrote, accents and emoji included', () => {
    const cache = tempDir();
    const summaries = (file: number): ArticleSummary[] =>
      Array.from({ length: 3 }, (_, n) => ({
        id: `id-${file}-${n}`, path: `s/${file}.txt`, format: 'page-text', section: 'Économie',
        headline: `Headline ${file}.${n}: déjà ${EMOJI} 東京`, published: null, byline: 'José', url: null,
      }));
    const files = Array.from({ length: 8_000 }, (_, f): [string, { size: number; mtimeMs: number; ino: number; problem: null; summaries: ArticleSummary[] }] => [
      `s/${f}.txt`, { size: f, mtimeMs: f, ino: f, problem: null, summaries: summaries(f) },
    ]);
    expect(writeIndexCache(cache, '/lib', files)).toBe(true);
    const read = readIndexCache(cache, '/lib');
    expect(read.files.size).toBe(8_000);
    expect(read.files.get('s/7999.txt')?.summaries).toEqual(summaries(7999));
    expect(read.files.get('s/4000.txt')?.summaries[2]?.headline).toBe(`Headline 4000.2: déjà ${EMOJI} 東京`);
  });
});
