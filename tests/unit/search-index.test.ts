import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fold } from '../../src/library/text/fold.js';
import { SearchIndex, termsOf } from '../../src/library/index/search-index.js';
import { termsOfWhole } from '../../src/library/index/terms.js';
import { batchIndex } from '../../src/library/index/compact-index.js';

function indexOf(docs: Record<string, string>): SearchIndex {
  const index = new SearchIndex();
  for (const [id, text] of Object.entries(docs)) index.add(id, termsOf(text));
  return index;
}

describe('search', () => {
  const index = indexOf({
    cafe: 'A small café in Bogotá wins the coffee prize',
    tea: 'A tea house in Lima wins a prize',
    moscow: 'Zakharova said the delegation would meet in Moscow',
  });

  it('ignores case and accents both ways', () => {
    expect(index.search('bogota')).toEqual(new Set(['cafe']));
    expect(index.search('BOGOTÁ')).toEqual(new Set(['cafe']));
    expect(index.search('cafe')).toEqual(new Set(['cafe']));
  });

  it('matches word prefixes as the query is typed, and every word must match', () => {
    expect(index.search('z')).toEqual(new Set(['moscow']));
    expect(index.search('zakh')).toEqual(new Set(['moscow']));
    expect(index.search('prize')).toEqual(new Set(['cafe', 'tea']));
    expect(index.search('prize lim')).toEqual(new Set(['tea']));
    expect(index.search('prize limx')).toEqual(new Set());
  });

  it('gives every article back after narrowing and widening again', () => {
    expect(index.search('wins bog')).toEqual(new Set(['cafe']));
    expect(index.search('wins')).toEqual(new Set(['cafe', 'tea']));
    expect(index.search('   ')).toBeNull();
  });

  it('forgets a removed article and replaces a re-added one', () => {
    const live = indexOf({ a: 'alpha beta', b: 'beta gamma' });
    live.remove('a');
    expect(live.search('beta')).toEqual(new Set(['b']));
    live.add('b', termsOf('delta'));
    expect(live.search('beta')).toEqual(new Set());
    expect(live.search('delta')).toEqual(new Set(['b']));
  });
});

describe('termsOf', () => {
  it('gives the same words with and without its ASCII shortcut', () => {
    const slow = (t: string) => [...new Set(fold(t).split(/[^\p{L}\p{N}]+/u))].filter(Boolean).sort();
    const text = fc.string({ unit: fc.constantFrom(...'abcXYZ019 .,-_\'\n\t!é'.split('')) });
    fc.assert(fc.property(text, (t) => { expect(termsOf(t).sort()).toEqual(slow(t)); }));
    fc.assert(fc.property(fc.string(), (t) => { expect(termsOf(t).sort()).toEqual(slow(t)); }));
  });

  // termsOf folds the text run by run between ASCII separators; the words and their order (the
  // order a worker's batch numbers them in) must be those of folding the whole text.
  it('gives the words of folding the whole text, in the same order', () => {
    const units = [...'aZ9 .\'’:-\n\té', 'e\u0301', '\u00A0', 'İ', 'ß', 'ﬁ', '²', '·', 'Σ', 'σ', 'ς', 'Α', 'ϒ', 'Ϲ', '\u{1D6BA}', '\u0345', 'ᾼ', '한', 'Ⅻ', '\uD800'];
    const text = fc.string({ unit: fc.constantFrom(...units), maxLength: 40 });
    fc.assert(fc.property(text, (t) => { expect(termsOf(t)).toEqual(termsOfWhole(t)); }), { numRuns: 3000 });
    fc.assert(fc.property(fc.string({ unit: 'grapheme' }), (t) => { expect(termsOf(t)).toEqual(termsOfWhole(t)); }));
    fc.assert(fc.property(fc.string({ unit: 'binary' }), (t) => { expect(termsOf(t)).toEqual(termsOfWhole(t)); }));
  });

  it('keeps a capital sigma final or not as its whole word says', () => {
    // Split at the apostrophe first, ΟΔΟΣ would end in ς; in the whole text the Σ is followed by a letter.
    expect(termsOf("ΟΔΟΣ'Α ΟΔΟΣ Zürich")).toEqual(['οδοσ', 'α', 'οδος', 'zurich']);
    expect(termsOf('Bogotá, São Paulo.')).toEqual(['bogota', 'sao', 'paulo']);
  });
});

describe('fold', () => {
  it('gives the same result with and without its ASCII shortcut', () => {
    const slow = (t: string) => t.normalize('NFKD').replace(/\p{M}+/gu, '').toLowerCase();
    fc.assert(fc.property(fc.string({ unit: 'grapheme' }), (t) => fold(t) === slow(t)));
    fc.assert(fc.property(fc.string(), (t) => fold(t) === slow(t)));
  });
});

describe('the compact forms', () => {
  const texts = {
    a: 'Talks in Zürich on the harbour',
    b: 'The harbour master of Lima',
    c: 'A lighthouse near Zürich',
    d: 'Market day',
  };
  const queries = ['zurich', 'harb', 'l', 'the harbour', 'market', 'nothing'];
  const results = (index: SearchIndex) => queries.map((q) => [...(index.search(q) ?? [])].sort());

  it('finds the same with a batch of articles as with each article added alone', () => {
    const batch = new SearchIndex();
    batch.addBatch(Object.keys(texts), batchIndex(Object.values(texts).map(termsOf)));
    expect(results(batch)).toEqual(results(indexOf(texts)));
  });

  it('searches a cached index in place, with articles added and removed since, and saves them all', async () => {
    const { a, b, c } = texts;
    const cached = indexOf({ a, b, c }).exportCompact();
    const index = await SearchIndex.fromCompact(cached, (id) => id !== 'b');
    index.add('d', termsOf(texts.d));
    index.add('c', termsOf('A lighthouse near Lima'));
    const expected = indexOf({ a, c: 'A lighthouse near Lima', d: texts.d });
    expect(results(index)).toEqual(results(expected));
    // Saved and taken again: the same, and no word is left that only removed articles had.
    const again = await SearchIndex.fromCompact(index.exportCompact(), () => true);
    expect(results(again)).toEqual(results(expected));
    expect(index.exportCompact().vocabulary).toEqual(expected.exportCompact().vocabulary);
  });

  it('takes a big cached index in steps, pausing every few hundred articles (a reader answers keys between)', async () => {
    const big = new SearchIndex();
    for (let i = 0; i < 5_000; i++) big.add(`id${i}`, [`w${i % 50}`]);
    let pauses = 0;
    const index = await SearchIndex.fromCompact(big.exportCompact(), () => true, async () => void pauses++);
    expect(pauses).toBeGreaterThanOrEqual(5_000 / 256 - 1);
    expect(index.search('w7')?.size).toBe(100);
  });
});
