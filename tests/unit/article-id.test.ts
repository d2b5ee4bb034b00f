/**
 * An article's id is a hash of what it is (model/article-id.ts). It must never change for an
 * article that did not (ids key every read mark and star), and a big body is hashed as it is:
 * putting a newline in front of it first made a copy that hashing flattened whole (issue 10: 51 of
 * 58 ms for a page that is one 4.5 MB paragraph).
 */
import { describe, expect, it, vi } from 'vitest';
import type { Block, ParsedArticle } from '../../src/library/model/article.js';

const updates = vi.hoisted(() => [] as number[]);
vi.mock('node:crypto', async (importOriginal) => {
  const crypto = await importOriginal<typeof import('node:crypto')>();
  // The length of every piece given to a hash, to see what was built before hashing.
  const createHash = (algorithm: string) => {
    const hash = crypto.createHash(algorithm);
    const update = hash.update.bind(hash);
    hash.update = ((data: string) => {
      updates.push(data.length);
      return update(data);
    }) as typeof hash.update;
    return hash;
  };
  return { ...crypto, createHash };
});
const { articleId } = await import('../../src/library/model/article-id.js');

const article = (blocks: Block[], url: string | null = null): ParsedArticle => ({
  format: 'html', section: 'World', headline: 'Harbour Bridge Reopens', captions: [{ text: 'The bridge', credit: 'Ann Lee' }],
  published: '2024-03-12', byline: 'By Ann Lee', outlet: null, standfirst: 'After two years of repairs.', disclaimer: null, blocks, url,
});
const paragraphs = (n: number): Block[] => Array.from({ length: n }, (_, i) => ({ kind: 'paragraph', text: `Paragraph ${i}, € and 東.` }));

describe('article ids', () => {
  it('are what they were for the same article (computed before this change)', () => {
    expect(articleId(article([{ kind: 'paragraph', text: 'One, two.' }, { kind: 'heading', text: 'Sub', level: 2 }, { kind: 'caption', text: 'Not body', credit: null }, { kind: 'paragraph', text: 'Three.' }]))).toBe('227c01ddef018997');
    expect(articleId(article(paragraphs(9000)))).toBe('80be42d23dd25a03');
    expect(articleId(article(paragraphs(3), 'https://example.com/a'))).toBe('115212a15f7acce7');
    expect(articleId(article([{ kind: 'paragraph', text: 'x € '.repeat(300_000) }]))).toBe('4bc2bcb42736198e');
  });

  it('hash a body of one long paragraph as it is, not a copy of it with a newline in front', () => {
    const text = 'x € '.repeat(300_000);
    updates.length = 0;
    articleId(article([{ kind: 'paragraph', text }]));
    expect(Math.max(...updates)).toBe(text.length);
  });
});
