import { describe, expect, test } from 'vitest';
import { anchorOfLine, lineOfPosition } from '../../src/render/article-anchor.js';
import { articleLines } from '../../src/render/article-lines.js';
import type { Article } from '../../src/library/model/article.js';
import { isFurther, isPosition, parseAnchor } from '../../src/store/position.js';
import { plainArticle } from '../helpers/fake-library.js';

const words = (n: number, tag: string) => Array.from({ length: n }, (_, i) => `${tag}${i}`).join(' ');
const article: Article = {
  ...plainArticle('Anchors'),
  url: null,
  blocks: [
    ...Array.from({ length: 12 }, (_, i) => ({ kind: 'paragraph' as const, text: `Sentence ${i} starts here. ${words(40, `p${i}w`)}` })),
    { kind: 'preformatted' as const, text: 'let a = 1;\n\n  let b = 2;\n' + 'x'.repeat(150) },
    { kind: 'list-item' as const, text: words(30, 'li'), marker: '•', depth: 0 },
  ],
} as Article;

/** The first word of a line's text (after indent and marker). */
const firstWord = (text: string) => text.trim().replace(/^• /, '').split(' ')[0];

describe('reading positions anchored in the text', () => {
  test('every line of every width maps to an anchor and back to itself', () => {
    for (const width of [30, 57, 80, 120, 200]) {
      const lines = articleLines(article, width);
      for (let top = 0; top < lines.length; top++) {
        expect(lineOfPosition(lines, anchorOfLine(lines, top)), `width ${width} line ${top}`).toBe(top);
      }
    }
  });

  test('an anchor taken at 120 columns finds the line holding the same word at 80, 40 and 200', () => {
    const wide = articleLines(article, 120);
    for (let top = 0; top < wide.length; top++) {
      const word = firstWord(wide[top]!.text);
      if (!word || wide[top]!.token === 'text.code') continue;
      const anchor = anchorOfLine(wide, top);
      for (const width of [80, 40, 200]) {
        const lines = articleLines(article, width);
        const line = lines[lineOfPosition(lines, anchor)]!;
        expect(line.text.split(/\s+/), `${word} at ${width}`).toContain(word);
      }
    }
  });

  test('a blank line between paragraphs and the lines of code keep their own anchors', () => {
    const lines = articleLines(article, 80);
    const blank = lines.findIndex((l, i) => i > 3 && l.text === '');
    expect(lineOfPosition(articleLines(article, 40), anchorOfLine(lines, blank))).toBe(articleLines(article, 40).findIndex((l, i) => i > 3 && l.text === ''));
    const code = lines.findIndex((l) => l.text.includes('let b'));
    const narrow = articleLines(article, 40);
    expect(narrow[lineOfPosition(narrow, anchorOfLine(lines, code))]!.text).toContain('let b');
  });

  test('the top is 0, an old line number is taken as a line, anything else goes to the top', () => {
    const lines = articleLines(article, 80);
    expect(anchorOfLine(lines, 0)).toBe(0);
    expect(lineOfPosition(lines, 0)).toBe(0);
    expect(lineOfPosition(lines, 7)).toBe(7);
    expect(lineOfPosition(lines, 10_000)).toBe(lines.length - 1);
    expect(lineOfPosition(lines, '999:0')).toBe(lines.length - 1);
    expect(lineOfPosition(lines, 'junk')).toBe(0);
    expect(lineOfPosition([], '3:4')).toBe(0);
    expect(anchorOfLine([], 5)).toBe(0);
  });

  test('positions are checked and compared', () => {
    expect(isPosition('3:40')).toBe(true);
    expect(isPosition(12)).toBe(true);
    for (const bad of ['3:', '-1:2', '3:4:5', 1.5, -2, null, '\x1b]2;x']) expect(isPosition(bad)).toBe(false);
    expect(parseAnchor('3:40')).toEqual({ part: 3, at: 40 });
    expect(parseAnchor(7)).toBeNull();
    expect(isFurther('3:40', '3:39')).toBe(true);
    expect(isFurther('2:400', '3:0')).toBe(false);
    expect(isFurther('0:1', 500)).toBe(true);
    expect(isFurther(5, '0:1')).toBe(false);
    expect(isFurther(6, 5)).toBe(true);
  });
});
