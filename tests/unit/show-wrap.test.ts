// Issue 12, item 11: `show` wraps paragraphs to a width between words, and its meta line says
// each name once (the section, the outlet, the byline).
import { describe, expect, it } from 'vitest';
import { DEFAULT_WIDTH, showWidth } from '../../src/cli/commands/show.js';
import type { Article } from '../../src/library/model/article.js';
import { displayWidth } from '../../src/library/text/text-width.js';
import { articleLines } from '../../src/render/article-lines.js';
import { articleText, wrappedArticleText } from '../../src/render/article-text.js';
import { plainArticle, ZAKHAROVA } from '../helpers/fake-library.js';

const article = (change: Partial<Article> = {}): Article => ({ ...ZAKHAROVA, id: 'a1', path: 'a.txt', ...change });
const wordsOf = (text: string) => text.split(/\s+/).filter(Boolean);

describe('wrappedArticleText', () => {
  it.each([20, 33, 60, 80])('keeps every line within %i columns and every word whole', (width) => {
    const a = article();
    const text = wrappedArticleText(a, width);
    for (const line of text.split('\n')) expect(displayWidth(line), line).toBeLessThanOrEqual(width);
    expect(wordsOf(text)).toEqual(wordsOf(articleText(a)));
  });

  it('breaks only a word longer than the line', () => {
    const long = 'https://example.org/a/very/long/address/that/cannot/fit/anywhere';
    const text = wrappedArticleText(article({ blocks: [{ kind: 'paragraph', text: `See ${long} for more.` }] }), 30);
    const body = text.split('\n\n').at(-1)!.split('\n');
    expect(body[0]).toBe('See');
    expect(body.every((l) => displayWidth(l) <= 30)).toBe(true);
    expect(body.join('')).toContain(long);
  });

  it('hangs list items under their text and keeps quote marks and code lines', () => {
    const text = wrappedArticleText(article({
      blocks: [
        { kind: 'list-item', marker: '•', depth: 0, text: 'one two three four five six seven eight nine ten' },
        { kind: 'quote', text: 'alpha beta gamma delta epsilon zeta eta theta iota kappa' },
        { kind: 'preformatted', text: 'const aVeryLongIdentifierName = someFunction(withArguments, andMore);' },
      ],
    }), 24);
    expect(text).toContain('• one two three four\n  five six seven eight\n  nine ten');
    expect(text).toContain('> alpha beta gamma delta\n> epsilon zeta eta theta\n> iota kappa');
    expect(text).toContain('    const aVeryLongIdentifierName = someFunction(withArguments, andMore);');
  });
});

describe('the meta line says each name once', () => {
  const herald = article({ section: 'Example Herald » Regional', byline: 'Mara Velde', outlet: 'Example Herald', published: '2024-06-11' });

  it('on stdout: the outlet inside the section is not said again', () => {
    expect(articleText(herald).split('\n')[0]).toBe('Example Herald » Regional · 2024-06-11 · Mara Velde');
  });

  it('on stdout: a byline that is the section or the outlet is left out', () => {
    expect(articleText(article({ section: 'Opinion', byline: 'opinion', outlet: null })).split('\n')[0]).toBe('Opinion · 2023-10-26');
    expect(articleText(article({ section: 'World', byline: 'The Example Herald', outlet: 'Example Herald' })).split('\n')[0])
      .toBe('World · 2023-10-26 · The Example Herald');
  });

  it('on screen: no outlet twice, and no "By" line that repeats the section or outlet', () => {
    const lines = articleLines(herald, 80).map((l) => l.text);
    expect(lines.slice(0, 2)).toEqual(['Example Herald » Regional · 11 June 2024', 'By Mara Velde']);
    const staff = articleLines(article({ section: 'Sport', byline: 'By Sport', outlet: null }), 80).map((l) => l.text);
    expect(staff.some((l) => l.startsWith('By '))).toBe(false);
  });
});

describe('showWidth', () => {
  it('takes --width, else the terminal, else 80', () => {
    expect(showWidth('72', { isTTY: true, columns: 120 })).toBe(72);
    expect(showWidth(undefined, { isTTY: true, columns: 120 })).toBe(120);
    expect(showWidth(undefined, { isTTY: false })).toBe(DEFAULT_WIDTH);
    expect(() => showWidth('abc')).toThrow("option '--width' needs a number of columns, at least 10 (got 'abc')");
    expect(() => showWidth('3')).toThrow(/at least 10/);
  });

  it('wraps a plain article the same way at any width', () => {
    const a = { ...plainArticle('Long one', {}, 2), id: 'p', path: 'p.txt' };
    expect(wordsOf(wrappedArticleText(a, 15))).toEqual(wordsOf(articleText(a)));
  });
});
