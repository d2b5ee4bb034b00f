/**
 * The index cache (`index/index-cache.ts`): every file's summaries in lines of a few hundred
 * files, read a line at a time so a warm start's first screen answers keys meanwhile.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { type CachedFile, readIndexCache, readIndexCacheSteps, writeIndexCache } from '../../src/library/index/index-cache.js';
import { tempDir } from '../helpers/temp-dir.js';

const root = '/library';
const cached = (n: number): [string, CachedFile] => [
  `s${n % 3}/a${n}.txt`,
  {
    size: n, mtimeMs: n + 0.5, ino: n * 7, problem: n % 97 === 0 ? 'not an article' : null,
    summaries: n % 97 === 0 ? [] : [{
      id: `id${n}`, path: `s${n % 3}/a${n}.txt`, format: 'page-text', section: `Section ${n % 3}`,
      headline: `Headline ${n}\nwith a newline`, published: n % 7 === 0 ? null : '2024-03-02', byline: null, url: n % 2 ? `https://example.com/${n}` : null,
    }],
  },
];
const files = Array.from({ length: 1_201 }, (_, n) => cached(n));
const renamed: Array<[string, string]> = [['old1', 'new1']];

function saved(): { cache: string; file: string } {
  const cache = tempDir();
  expect(writeIndexCache(cache, root, files, renamed)).toBe(true);
  return { cache, file: join(cache, readdirSync(cache).find((f) => f.startsWith('index-'))!) };
}

describe('the index cache', () => {
  it('gives back every file as written, read in one step per line of 500 files', () => {
    const { cache } = saved();
    const steps = readIndexCacheSteps(cache, root);
    let yields = 0;
    for (let step = steps.next(); ; step = steps.next(), yields += 1) {
      if (!step.done) continue;
      expect(yields).toBe(3);
      expect([...step.value.files]).toEqual(files);
      expect(step.value.renamed).toEqual(renamed);
      break;
    }
    expect(readIndexCache(cache, root)).toEqual({ files: new Map(files), renamed });
  });

  it('is not used when damaged (cut anywhere, a line lost or added, another folder); never throws', () => {
    const { cache, file } = saved();
    const whole = readFileSync(file, 'utf8');
    const none = { files: new Map(), renamed: [] };
    for (let cut = 0; cut < whole.length; cut += 4_999) {
      writeFileSync(file, whole.slice(0, cut));
      expect(readIndexCache(cache, root)).toEqual(none);
    }
    const lines = whole.split('\n');
    for (const damaged of [lines.filter((_, k) => k !== 3), [...lines.slice(0, 3), '[]', ...lines.slice(3)], [...lines.slice(0, 2), 'null', ...lines.slice(3)]]) {
      writeFileSync(file, damaged.join('\n'));
      expect(readIndexCache(cache, root)).toEqual(none);
    }
    writeFileSync(file, whole);
    expect(readIndexCache(cache, '/another').files.size).toBe(0);
    expect(readIndexCache(cache, root).files.size).toBe(files.length);
  });
});
