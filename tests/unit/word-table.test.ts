import { describe, expect, it } from 'vitest';
import { hashStep, lowerAscii, WordTable } from '../../src/library/index/word-table.js';
import { forgetWords, termsOf, termsOfWhole } from '../../src/library/index/terms.js';

/** The words of `text` (ASCII words split at spaces) as the table gives them, in one text. */
function give(table: WordTable, text: string): string[] {
  const out: string[] = [];
  table.begin();
  let start = 0;
  for (const word of text.split(' ')) {
    let hash = 0;
    for (let i = 0; i < word.length; i++) hash = hashStep(hash, lowerAscii(word.charCodeAt(i)));
    if (word) table.addAscii(text, start, start + word.length, hash, out);
    start += word.length + 1;
  }
  return out;
}

describe('WordTable', () => {
  it('gives each word once per text, lower-cased, in the order first met, and again in the next text', () => {
    const table = new WordTable();
    expect(give(table, 'The cat saw the Cat and THE dog')).toEqual(['the', 'cat', 'saw', 'and', 'dog']);
    expect(give(table, 'dog the cat')).toEqual(['dog', 'the', 'cat']);
  });

  it('finds a folded word and the same ASCII word as one', () => {
    const table = new WordTable();
    const out = give(table, 'Cafe au lait');
    table.addWord('cafe', out);
    table.addWord('bogota', out);
    table.addWord('bogota', out);
    expect(out).toEqual(['cafe', 'au', 'lait', 'bogota']);
  });

  it('keeps every word as it grows far past its first size, and starts again past its bound', () => {
    for (const bound of [200_000, 1_000]) {
      const table = new WordTable(bound);
      const many = Array.from({ length: 20_000 }, (_, i) => `w${i.toString(36)}`);
      for (let round = 0; round < 2; round++) {
        for (let k = 0; k < many.length; k += 500) {
          const text = many.slice(k, k + 500).join(' ');
          expect(give(table, `${text} ${text.toUpperCase()}`)).toEqual(many.slice(k, k + 500));
        }
      }
    }
  });
});

/** 2^k words of k pairs, each pair `c0` or `an`: every one has the same unseeded hash. */
const sharingHash = (k: number): string[] => {
  let words = [''];
  for (let i = 0; i < k; i++) words = words.flatMap((w) => [`${w}c0`, `${w}an`]);
  return words;
};

describe('words made to share a hash', () => {
  it('are given up on by the table after a bounded search, with nothing pushed', () => {
    const table = new WordTable();
    const words = sharingHash(8);
    const out = give(table, words.join(' '));
    // The first words fill a run of slots; past its bound the table stops instead of probing on.
    expect(out.length).toBeGreaterThan(0);
    expect(out.length).toBeLessThan(words.length);
    expect(out).toEqual(words.slice(0, out.length));
  });

  it('still give termsOf every word of the text, once, in order', () => {
    const words = sharingHash(11);
    const text = `Bogotá ${words.join(' ')} ${words.slice(0, 50).join(' ').toUpperCase()} straße`;
    expect(termsOf(text)).toEqual(['bogota', ...words, 'straße']);
    expect(termsOf('São Paulo news')).toEqual(termsOfWhole('São Paulo news'));
  });
});

describe('termsOf over many texts (one table for all)', () => {
  it('gives what folding the whole text gives, text after text, with words shared and new', () => {
    const vocabulary = ['Bogotá', 'bogota', 'São', 'Paulo', 'río', 'RIO', 'news', 'News', 'ΣΟΦΙΑ', 'straße', 'ﬁnance', '2024'];
    for (let n = 0; n < 3_000; n++) {
      const words = Array.from({ length: 1 + (n % 17) }, (_, k) => vocabulary[(n * 7 + k * 3) % vocabulary.length] + (k % 4 === 0 ? String(n % 300) : ''));
      const text = words.join(n % 2 ? ' ' : ', ');
      expect(termsOf(text)).toEqual(termsOfWhole(text));
      // A load that ends lets go of the table; the next text starts a new one.
      if (n % 1_000 === 999) forgetWords();
    }
  });
});
