import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { paragraphsOf } from '../../src/library/model/article.js';
import { parsePlainText } from '../../src/library/formats/plain-text.js';

describe('parsePlainText', () => {
  it('takes the first non-empty line as headline and blank-line-separated paragraphs after it', () => {
    const a = parsePlainText('\n\n  Harbour Opens Early  \n\nFirst paragraph.\n\nSecond paragraph.\n');
    expect(a.format).toBe('plain-text');
    expect(a.headline).toBe('Harbour Opens Early');
    expect(paragraphsOf(a)).toEqual(['First paragraph.', 'Second paragraph.']);
    expect(a.section).toBeNull();
    expect(a.published).toBeNull();
    expect(a.standfirst).toBeNull();
  });

  it('joins a hard-wrapped paragraph with single spaces', () => {
    const a = parsePlainText('Title\n\nThe ferry is running again\nafter a month\n   in dry dock.\n\nNext.');
    expect(paragraphsOf(a)).toEqual(['The ferry is running again after a month in dry dock.', 'Next.']);
  });

  it.each([
    ['14 March 2024', '2024-03-14'],
    ['March 14, 2024', '2024-03-14'],
    ['2024-03-14', '2024-03-14'],
    ['Published Thursday, 14 March 2024 09:30', '2024-03-14'],
  ])('reads a date line %j right under the headline', (line, iso) => {
    const a = parsePlainText(`Title\n${line}\n\nBody text.`);
    expect(a.published).toBe(iso);
    expect(paragraphsOf(a)).toEqual(['Body text.']);
  });

  it('reads a byline and a date in either order, separated or not by blank lines', () => {
    const a = parsePlainText('Title\nBy Ana Example\n\n14 March 2024\n\nBody text.');
    expect(a.byline).toBe('Ana Example');
    expect(a.published).toBe('2024-03-14');
    expect(paragraphsOf(a)).toEqual(['Body text.']);
  });

  it('reads an "Outlet | date" line as outlet and date', () => {
    const a = parsePlainText('Title\nExample Herald | May 30, 2017\n\nBody.');
    expect(a.outlet).toBe('Example Herald');
    expect(a.published).toBe('2017-05-30');
  });

  it('leaves a paragraph that merely starts with a date or "By" as text', () => {
    const a = parsePlainText('Title\n\n14 March 2024 was the coldest day.\n\nBy the end of the week it was warm.');
    expect(a.published).toBeNull();
    expect(a.byline).toBeNull();
    expect(paragraphsOf(a)).toHaveLength(2);
  });

  it('only looks for metadata right under the headline', () => {
    const a = parsePlainText('Title\n\nFirst paragraph.\n\n14 March 2024');
    expect(a.published).toBeNull();
    expect(paragraphsOf(a)).toEqual(['First paragraph.', '14 March 2024']);
  });

  it('handles CRLF, a BOM and non-breaking spaces', () => {
    const a = parsePlainText('\uFEFFThe\u00a0 Title\r\n2 May 2024\r\n\r\nOne\u00a0line\r\ntwo lines.\r\n');
    expect(a.headline).toBe('The Title');
    expect(a.published).toBe('2024-05-02');
    expect(paragraphsOf(a)).toEqual(['One line two lines.']);
  });

  it('gives an empty article for empty text', () => {
    const a = parsePlainText(' \n\u00a0\n');
    expect(a.headline).toBe('');
    expect(a.blocks).toEqual([]);
  });

  it('never produces untrimmed or empty paragraphs', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.string(), fc.constant(''), fc.constant('\u00a0'))), (lines) => {
        const a = parsePlainText(lines.join('\n'));
        for (const p of paragraphsOf(a)) {
          expect(p).not.toBe('');
          expect(p).toBe(p.trim());
          expect(p).not.toMatch(/\s{2}|\u00a0/);
        }
      }),
    );
  });
});
