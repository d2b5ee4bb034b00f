import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fold } from '../../src/library/text/fold.js';
import { SearchIndex, termsOf } from '../../src/library/index/search-index.js';

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
});

describe('fold', () => {
  it('gives the same result with and without its ASCII shortcut', () => {
    const slow = (t: string) => t.normalize('NFKD').replace(/\p{M}+/gu, '').toLowerCase();
    fc.assert(fc.property(fc.string({ unit: 'grapheme' }), (t) => fold(t) === slow(t)));
    fc.assert(fc.property(fc.string(), (t) => fold(t) === slow(t)));
  });
});
