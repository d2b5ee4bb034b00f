import { readdirSync, readFileSync, statSync, writeFileSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { appendRecord, replaceFile, type WriteIo } from '../../src/store/durable-file.js';
import { tempDir } from '../helpers/temp-dir.js';

/** A write(2) that takes at most `max` bytes per call, and fails once `budget` bytes are used (a nearly full disk). */
function shortWrites(max: number, budget = Infinity): WriteIo {
  let used = 0;
  return {
    writeSync(fd, data, offset, length) {
      const n = Math.min(length, max, budget - used);
      if (n <= 0) return 0;
      used += n;
      return writeSync(fd, data, offset, n);
    },
  };
}

describe('replaceFile', () => {
  it('writes every byte when write(2) takes only part of the buffer', () => {
    const dir = tempDir();
    const path = join(dir, 'state.json');
    const text = 'x'.repeat(39_632);
    replaceFile(path, text, 0o600, shortWrites(8_192));
    expect(readFileSync(path, 'utf8')).toBe(text);
    expect(statSync(path).mode & 0o777).toBe(0o600);
  });

  it('keeps the old file whole, and leaves no temporary file, when the disk fills mid-write', () => {
    const dir = tempDir();
    const path = join(dir, 'state.json');
    writeFileSync(path, 'old content');
    expect(() => replaceFile(path, 'y'.repeat(40_000), 0o600, shortWrites(8_192, 12_000))).toThrow(/ENOSPC/);
    expect(readFileSync(path, 'utf8')).toBe('old content');
    expect(readdirSync(dir)).toEqual(['state.json']);
  });
});

describe('appendRecord', () => {
  it('cuts a half-written record back, so the next record starts on a clean line', () => {
    const dir = tempDir();
    const path = join(dir, 'journal.log');
    appendRecord(path, '{"a":1}\n');
    expect(() => appendRecord(path, `{"b":"${'z'.repeat(100)}"}\n`, shortWrites(10, 30))).toThrow(/ENOSPC/);
    expect(readFileSync(path, 'utf8')).toBe('{"a":1}\n');
    appendRecord(path, '{"c":3}\n', shortWrites(3));
    expect(readFileSync(path, 'utf8')).toBe('{"a":1}\n{"c":3}\n');
  });
});
