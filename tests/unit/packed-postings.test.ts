import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { drain } from '../../src/library/index/compact-index.js';
import { forEachDoc, markDocs, packPostings } from '../../src/library/index/packed-postings.js';

/** Packs `lists` (each ascending) and unpacks every word's list again. */
function roundTrip(lists: number[][]): { back: number[][]; bytes: number } {
  const offsets = new Uint32Array(lists.length + 1);
  lists.forEach((list, i) => (offsets[i + 1] = offsets[i]! + list.length));
  const packed = drain(packPostings(offsets, Uint32Array.from(lists.flat())));
  const back = lists.map((_, i) => {
    const docs: number[] = [];
    forEachDoc(packed.gaps, packed.offsets[i]!, packed.offsets[i + 1]!, (doc) => docs.push(doc));
    return docs;
  });
  return { back, bytes: packed.gaps.length };
}

describe('packed postings', () => {
  it('give back every list, with gaps at each byte boundary up to the largest article number', () => {
    const edges = [0, 1, 127, 128, 16_383, 16_384, 2_097_151, 2_097_152, 268_435_455, 268_435_456, 4_294_967_295];
    const lists = [edges, [5], [], [0, 4_294_967_295], edges.slice(3, 6)];
    expect(roundTrip(lists).back).toEqual(lists);
  });

  it('give back any ascending lists (random)', () => {
    const list = fc.uniqueArray(fc.nat({ max: 2 ** 32 - 1 }), { maxLength: 40 }).map((l) => l.sort((a, b) => a - b));
    fc.assert(
      fc.property(fc.array(list, { maxLength: 12 }), (lists) => {
        expect(roundTrip(lists).back).toEqual(lists);
      }),
    );
  });

  it('give back every list of many words, packed a step of a few thousand words at a time', () => {
    // 9,000 words: steps of 4,096 end inside the word list twice; lists of 0 to 4 articles.
    const lists = Array.from({ length: 9_000 }, (_, w) => Array.from({ length: w % 5 }, (_, k) => w * 300 + k * ((w % 7) + 1) * 40));
    const steps = packPostings(new Uint32Array(1), new Uint32Array(0));
    expect(steps.next().done).toBe(true); // no word: nothing to pack
    expect(roundTrip(lists).back).toEqual(lists);
  });

  it('take a byte per article of a word most articles hold (four as 32-bit numbers)', () => {
    const every = Array.from({ length: 10_000 }, (_, doc) => doc);
    const { back, bytes } = roundTrip([every, every.filter((doc) => doc % 3 === 0)]);
    expect(back[0]).toEqual(every);
    expect(bytes).toBe(10_000 + 3_334);
  });

  it('mark only the articles the narrowing holds', () => {
    const { offsets, gaps } = drain(packPostings(Uint32Array.of(0, 3), Uint32Array.of(2, 300, 70_000)));
    const hits = new Uint8Array(70_001);
    const within = new Uint8Array(70_001);
    within[300] = within[70_000] = 1;
    markDocs(gaps, offsets[0]!, offsets[1]!, within, hits);
    expect([...hits.keys()].filter((doc) => hits[doc])).toEqual([300, 70_000]);
  });
});
