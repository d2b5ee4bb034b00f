import fc from 'fast-check';
import stringWidth from 'string-width';
import { describe, expect, test } from 'vitest';
import type { Article } from '../../src/library/model/article.js';
import { layoutFor, MAX_READING_WIDTH } from '../../src/state/layout.js';
import { maxTop, positionLabel, scrollIntoView } from '../../src/state/window.js';
import { articleLines, captionText, longDate } from '../../src/render/article-lines.js';
import { padToWidth, truncateToWidth } from '../../src/library/text/text-width.js';
import { wrapText } from '../../src/library/text/wrap-text.js';
import { ZAKHAROVA } from '../helpers/fake-library.js';

const article: Article = { ...ZAKHAROVA, id: 'z', path: 'z.txt' };

describe('window maths', () => {
  test('scrollIntoView moves the window only as far as needed', () => {
    expect(scrollIntoView(0, 5, 10, 100)).toBe(0);
    expect(scrollIntoView(0, 10, 10, 100)).toBe(1);
    expect(scrollIntoView(20, 5, 10, 100)).toBe(5);
    expect(scrollIntoView(95, 99, 10, 100)).toBe(90);
    expect(scrollIntoView(3, 0, 10, 4)).toBe(0);
    expect(maxTop(4, 10)).toBe(0);
  });

  test('the selection is always inside the window', () => {
    fc.assert(
      fc.property(fc.nat(200), fc.nat(200), fc.integer({ min: 1, max: 50 }), fc.integer({ min: 1, max: 200 }), (top, i, h, n) => {
        const index = i % n;
        const t = scrollIntoView(top, index, h, n);
        return t <= index && index < t + h && t >= 0 && t <= maxTop(n, h);
      }),
    );
  });

  test('position labels read like less', () => {
    expect(positionLabel(0, 10, 5)).toBe('All');
    expect(positionLabel(0, 10, 50)).toBe('Top');
    expect(positionLabel(40, 10, 50)).toBe('Bot');
    expect(positionLabel(15, 10, 50)).toBe('50%');
  });
});

describe('layout', () => {
  const input = { focus: 'headlines' as const, articleOpen: false, searchBar: false };

  test('wide terminals: sections and headlines fill the width while no article is open', () => {
    for (const columns of [110, 120, 160, 250]) {
      const l = layoutFor({ columns, rows: 40 }, input);
      expect(l.kind).toBe('wide');
      expect(l.panes.article.visible).toBe(false);
      expect(l.panes.sections.width + l.panes.headlines.width + 1).toBe(columns);
    }
    // Issue 12: at 120 columns a headline had 26 characters; now the list has 100 columns.
    expect(layoutFor({ columns: 120, rows: 40 }, input).panes.headlines.width).toBeGreaterThanOrEqual(90);
  });

  test('wide terminals show three panes that fill the width exactly once an article is open', () => {
    for (const columns of [110, 120, 160, 250]) {
      const l = layoutFor({ columns, rows: 40 }, { ...input, articleOpen: true });
      expect(l.panes.sections.width + l.panes.headlines.width + l.panes.article.width + 2).toBe(columns);
      expect(l.readingWidth).toBeLessThanOrEqual(Math.min(MAX_READING_WIDTH, l.panes.article.width - 4));
    }
  });

  test('zoom: the focused article alone, full width; the three panes again when it loses the keys', () => {
    const open = { ...input, articleOpen: true, focus: 'article' as const, zoom: true };
    const zoomed = layoutFor({ columns: 200, rows: 60 }, open);
    expect([zoomed.panes.sections.visible, zoomed.panes.headlines.visible, zoomed.panes.article.width]).toEqual([false, false, 200]);
    expect(zoomed.readingWidth).toBe(MAX_READING_WIDTH);
    const back = layoutFor({ columns: 200, rows: 60 }, { ...open, focus: 'headlines' });
    expect([back.panes.sections.visible, back.panes.headlines.visible, back.panes.article.visible]).toEqual([true, true, true]);
  });

  test('narrow terminals show lists, and the article alone when it has focus', () => {
    const lists = layoutFor({ columns: 80, rows: 24 }, input);
    expect([lists.kind, lists.panes.sections.visible, lists.panes.headlines.visible, lists.panes.article.visible]).toEqual(['narrow', true, true, false]);
    const reading = layoutFor({ columns: 80, rows: 24 }, { ...input, focus: 'article', articleOpen: true });
    expect([reading.panes.sections.visible, reading.panes.article.visible, reading.panes.article.width]).toEqual([false, true, 80]);
  });

  test('too small below 40×10; output stays one row short of the terminal (Ink clears at full height)', () => {
    expect(layoutFor({ columns: 39, rows: 30 }, input).kind).toBe('too-small');
    expect(layoutFor({ columns: 80, rows: 9 }, input).kind).toBe('too-small');
    const l = layoutFor({ columns: 40, rows: 10 }, { ...input, searchBar: true });
    expect(l.height).toBe(9);
    expect(l.bodyRows + 1 + 1).toBe(9);
    expect(l.listRows).toBe(l.bodyRows - 1);
  });
});

describe('article lines', () => {
  test('the sample article: meta, headline, caption with credit, standfirst, related, in order', () => {
    const lines = articleLines(article, 200).map((l) => l.text);
    expect(lines.slice(0, 7)).toEqual([
      'Palestine · 26 October 2023',
      '',
      'Palestinian Resistance to Meet Russian Authorities: Zakharova',
      '',
      'Photo: Russian FM spokesperson Maria Zakharova. — X/ @Lantidiplomatic',
      '',
      ZAKHAROVA.standfirst,
    ]);
    expect(lines).toContain('Related: Israeli Tanks Raid Northern Gaza Strip');
    const styled = articleLines(article, 200);
    expect(styled.find((l) => l.text.startsWith('Related:'))?.token).toBe('text.related');
    expect(styled.find((l) => l.text.startsWith('Photo:'))?.token).toBe('text.caption');
    expect(styled.find((l) => l.text === ZAKHAROVA.standfirst)?.token).toBe('text.standfirst');
  });

  test('embeds are indented quotes with their source; the disclaimer comes last, muted', () => {
    const a: Article = {
      ...article,
      blocks: [
        { kind: 'embed', text: 'A post', source: '— Someone (@someone) October 26, 2023' },
        { kind: 'caption', text: 'Gallery photo', credit: 'EFE' },
      ],
      disclaimer: 'The opinions expressed are the author’s own.',
    };
    const lines = articleLines(a, 60);
    const texts = lines.map((l) => l.text);
    expect(texts).toContain('  │ A post');
    expect(texts).toContain('  │ — Someone (@someone) October 26, 2023');
    expect(texts).toContain('Photo: Gallery photo — EFE');
    expect(lines.at(-1)).toMatchObject({ text: 'The opinions expressed are the author’s own.', token: 'text.muted' });
  });

  test('wrapped once per article and width', () => {
    expect(articleLines(article, 50)).toBe(articleLines(article, 50));
    expect(articleLines(article, 50)).not.toBe(articleLines(article, 51));
  });

  test('no line is wider than the reading width, CJK and emoji included', () => {
    const wide: Article = {
      ...article,
      blocks: [
        { kind: 'paragraph', text: '東京都は二十六日、新しい図書館を開くと発表した。'.repeat(6) },
        { kind: 'paragraph', text: 'Emoji 👩‍👩‍👧‍👦 families 🇵🇸 and flags '.repeat(8) },
        { kind: 'paragraph', text: `https://example.org/${'x'.repeat(150)}` },
      ],
    };
    for (const width of [10, 23, 40, 80]) {
      for (const line of articleLines(wide, width)) expect(stringWidth(line.text)).toBeLessThanOrEqual(width);
    }
  });

  test('wrapText never exceeds the width and keeps every word', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.string(), fc.constantFrom('漢字かな', '🇵🇸', 'é', 'word')), { maxLength: 40 }), fc.integer({ min: 1, max: 60 }), (words, width) => {
        const text = words.join(' ');
        const lines = wrapText(text, width);
        const joined = lines.join('').replace(/\s+/g, '');
        // A lone grapheme wider than the line (an emoji in one column) cannot be split.
        const single = (l: string) => [...new Intl.Segmenter().segment(l)].length === 1;
        return lines.every((l) => stringWidth(l) <= width || single(l)) && joined === text.replace(/\s+/g, '');
      }),
    );
  });

  test('helpers', () => {
    expect(longDate('2023-10-26')).toBe('26 October 2023');
    expect(captionText({ text: 'A', credit: null })).toBe('Photo: A');
    expect(truncateToWidth('abcdef', 4)).toBe('abc…');
    expect(padToWidth('ab', 4)).toBe('ab  ');
    expect(stringWidth(padToWidth('東京都東京都', 5))).toBe(5);
  });
});
