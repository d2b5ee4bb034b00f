/**
 * The search index against a model (each live article's words, in the order the articles were
 * added): articles added alone, in workers' batches (kept as sent, not merged into per-word
 * lists), removed and added again, and the index exported and searched in its compact form, in
 * any order. Every search and every export must be what the model says.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { batchIndex } from '../../src/library/index/compact-index.js';
import { forEachDoc } from '../../src/library/index/packed-postings.js';
import { SearchIndex } from '../../src/library/index/search-index.js';

const WORDS = ['a', 'ab', 'abc', 'b', 'ba', 'c', 'zu', 'zur'];
const QUERIES = ['a', 'ab', 'b', 'z', 'zur', 'c', 'x', 'a b', 'ab zu'];
const article = fc.record({ id: fc.integer({ min: 0, max: 12 }).map((n) => `id${n}`), words: fc.uniqueArray(fc.constantFrom(...WORDS), { maxLength: 5 }) });
const op = fc.oneof(
  fc.record({ kind: fc.constant('add' as const), items: fc.tuple(article) }),
  fc.record({ kind: fc.constant('batch' as const), items: fc.uniqueArray(article, { minLength: 1, maxLength: 4, selector: (a) => a.id }) }),
  fc.record({ kind: fc.constant('remove' as const), items: fc.tuple(article) }),
  fc.record({ kind: fc.constant('compact' as const), items: fc.constant([]) }),
);

function check(index: SearchIndex, model: Map<string, readonly string[]>): void {
  for (const query of QUERIES) {
    const terms = query.split(' ');
    const expected = [...model].filter(([, words]) => terms.every((t) => words.some((w) => w.startsWith(t)))).map(([id]) => id);
    expect([...index.search(query)!].sort(), query).toEqual(expected.sort());
  }
  const exported = index.exportCompact();
  expect(exported.ids).toEqual([...model.keys()]);
  const vocabulary = WORDS.filter((w) => [...model.values()].some((words) => words.includes(w)));
  expect(exported.vocabulary).toEqual(vocabulary);
  vocabulary.forEach((word, i) => {
    const docs = [...model.values()].flatMap((words, doc) => (words.includes(word) ? [doc] : []));
    const got: number[] = [];
    forEachDoc(exported.gaps, exported.offsets[i]!, exported.offsets[i + 1]!, (doc) => got.push(doc));
    expect(got, word).toEqual(docs);
  });
}

describe('the search index against a model', () => {
  it('finds and exports what the model holds, whatever the order of adds, batches, removals and compactions', () => {
    fc.assert(
      fc.property(fc.array(op, { maxLength: 30 }), (ops) => {
        const index = new SearchIndex();
        const model = new Map<string, readonly string[]>();
        for (const { kind, items } of ops) {
          if (kind === 'compact') index.adoptExport(index.exportCompact());
          for (const { id } of items) model.delete(id);
          if (kind === 'remove') index.remove(items[0]!.id);
          if (kind === 'add') index.add(items[0]!.id, items[0]!.words);
          if (kind === 'batch') index.addBatch(items.map((a) => a.id), batchIndex(items.map((a) => a.words)));
          if (kind !== 'remove') for (const { id, words } of items) model.set(id, words);
        }
        check(index, model);
      }),
      { numRuns: 400 },
    );
  });

  it('keeps a worker batch as sent: no per-word lists are made of it', () => {
    // Merged into per-word lists, a cold load of 10,000 articles held ~17 MB of growing arrays.
    const index = new SearchIndex();
    index.addBatch(['a', 'b'], batchIndex([['harbour', 'zurich'], ['harbour']]));
    expect(index.listedWords).toBe(0);
    expect(index.search('harb')).toEqual(new Set(['a', 'b']));
  });
});
