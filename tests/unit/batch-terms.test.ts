import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { TermNumbers, TermTable } from '../../src/library/index/batch-terms.js';
import { batchIndex } from '../../src/library/index/compact-index.js';

const word = fc.constantFrom('harbour', 'zürich', 'lima', 'a', 'b', 'c', 'd', 'e', 'talks', 'market');
const batches = fc.array(fc.array(fc.uniqueArray(word), { maxLength: 4 }), { maxLength: 12 });

describe('words sent as numbers', () => {
  it('gives the reader each batch with the words the worker had, through table resets', () => {
    fc.assert(
      fc.property(batches, fc.integer({ min: 10, max: 30 }), (articlesPerBatch, max) => {
        const worker = new TermNumbers(max);
        const reader = new TermTable();
        for (const articles of articlesPerBatch) {
          const sent = batchIndex(articles);
          const got = reader.decode(worker.encode(batchIndex(articles)));
          expect(got.terms).toEqual(sent.terms);
          expect([...got.offsets]).toEqual([...sent.offsets]);
          expect([...got.postings]).toEqual([...sent.postings]);
        }
      }),
    );
  });

  it('sends a word as a string only the first time', () => {
    const worker = new TermNumbers();
    expect(worker.encode(batchIndex([['harbour', 'lima']])).fresh).toEqual(['harbour', 'lima']);
    const again = worker.encode(batchIndex([['lima', 'market']]));
    expect(again.fresh).toEqual(['market']);
    expect([...again.termIds]).toEqual([1, 2]);
  });
});
