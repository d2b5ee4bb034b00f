import { statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { FileParse } from '../../src/library/parse/parse-scanned-file.js';
import { collectGarbage } from '../../src/library/live/full-collection.js';
import { readInSlices } from '../../src/library/live/read-in-slices.js';
import { Slicer } from '../../src/library/live/slicer.js';
import { tempDir } from '../helpers/temp-dir.js';

describe("files read on the reader's thread during a load", () => {
  it("keep only their summaries, not each file's whole text (a headline cut from it would)", async () => {
    // 24 articles of ~400 KB of body each: ~9.6 MB of text, as UTF-16 ~19 MB.
    const root = tempDir();
    const body = 'The council met again on Tuesday and said little of note. '.repeat(7_000);
    const files = Array.from({ length: 24 }, (_, i) => {
      const abs = join(root, `a${i}.txt`);
      writeFileSync(abs, `News > Desk\n\nHeadline Number ${i} of a Long Day in Quito\n\nPublished 3 March 2024\n\nStandfirst ${i}.\n\n${body}\n\nEnd ${i}.`);
      const st = statSync(abs);
      return { abs, rel: `a${i}.txt`, size: st.size, mtimeMs: st.mtimeMs, ino: st.ino, dev: st.dev };
    });
    const heapAfterCollection = () => {
      expect(collectGarbage()).toBe(true);
      return process.memoryUsage().heapUsed;
    };
    const kept: FileParse[] = [];
    let next = 0;
    // The parsers loaded and their first garbage gone before measuring.
    await readInSlices(() => (next < 1 ? files[next++]! : null), () => undefined, () => false, new Slicer());
    const before = heapAfterCollection();
    next = 0;
    await readInSlices(() => files[next++] ?? null, (results) => kept.push(...results), () => false, new Slicer());
    const grown = heapAfterCollection() - before;
    expect(kept.map((r) => r.summaries[0]?.headline)).toEqual(files.map((_, i) => `Headline Number ${i} of a Long Day in Quito`));
    expect(kept.every((r) => r.words === undefined)).toBe(true);
    expect(grown).toBeLessThan(2 * 1024 * 1024);
  });
});
