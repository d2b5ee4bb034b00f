// splitLines against a table of what each kind of line is (the specification by example), and
// looksLikePageText, which stops once two points are found, against scoring every sign its
// documentation lists with the public line classifiers.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readDateLine } from '../../src/library/formats/meta-lines.js';
import { isCommentsLine, isNavLabel, readBreadcrumb, readEmbedSource } from '../../src/library/formats/page-text/page-lines.js';
import { looksLikePageText, parsePageText } from '../../src/library/formats/page-text/page-text.js';
import { splitLines, type TextLine } from '../../src/library/formats/text-lines.js';

function slowLooksLikePageText(text: string): boolean {
  const lines = splitLines(text);
  const head = lines.slice(0, 15);
  let score = 0;
  if (head.some((l) => !l.bullet && readBreadcrumb(l.text) !== null)) score += 2;
  if (lines.some((l) => /^(?:published|posted)\b/i.test(l.text) && readDateLine(l.text))) score += 2;
  if (lines.some((l) => /\|\s*photos?\s*:/i.test(l.text))) score += 2;
  if (head.filter((l) => l.bullet && isNavLabel(l.text)).length >= 2) score += 2;
  const last = lines[lines.length - 1];
  if (last && isCommentsLine(last.text)) score += 1;
  if (lines.slice(0, 25).some((l) => readDateLine(l.text)?.outlet)) score += 1;
  if (lines.some((l) => readEmbedSource(l.text) !== null)) score += 1;
  return score >= 2;
}

const line = fc.constantFrom(
  '• Live', '    • Audio Only', '  • facebook', 'News > Palestine', '', '', 'Palestinian Resistance to Meet Russian Authorities',
  '  • Russian FM spokesperson Maria Zakharova.', '    Russian FM spokesperson Maria Zakharova. | Photo: X/ @L',
  'Published 26 October 2023', 'By Jane Doe', 'teleSUR | May 30, 2017', '— Jane (@jane) May 1, 2023', 'Posted by', 'Russia calls for an immediate ceasefire.', '\u00a0indented\u2009text ',
  '* not a bullet*', '+ plus bullet', '\ufeffbom', 'Post with no comments.', 'Share on Facebook',
);
const page = fc.tuple(fc.array(line, { maxLength: 25 }), fc.constantFrom('\n', '\r\n', '\r')).map(([ls, nl]) => ls.join(nl));
const text = fc.oneof(page, fc.string({ maxLength: 60 }));

/** What each line of a page is: null for a line that holds no text. */
const SPEC: ReadonlyArray<readonly [string, Omit<TextLine, 'blanksBefore'> | null]> = [
  ['• Live', { text: 'Live', bullet: true, indent: 0 }],
  ['    • Audio Only', { text: 'Audio Only', bullet: true, indent: 4 }],
  ['News > Palestine', { text: 'News > Palestine', bullet: false, indent: 0 }],
  ['', null],
  ['   \t ', null],
  ['•', null],
  ['• ', null],
  ['    Maria Zakharova. | Photo: X/ @L', { text: 'Maria Zakharova. | Photo: X/ @L', bullet: false, indent: 4 }],
  ['\u00a0indented\u2009 text\u200b ', { text: 'indented text', bullet: false, indent: 1 }],
  ['* star bullet*', { text: 'star bullet*', bullet: true, indent: 0 }],
  ['+ plus bullet', { text: 'plus bullet', bullet: true, indent: 0 }],
  ['*emphasis*', { text: '*emphasis*', bullet: false, indent: 0 }],
  ['\t\ttabbed', { text: 'tabbed', bullet: false, indent: 2 }],
  ['  ◦\u00a0 nested  item ', { text: 'nested item', bullet: true, indent: 2 }],
];

describe('splitLines', () => {
  it('gives each line as the table says, counting the blank lines before it, whatever the line ends', () => {
    const rows = fc.array(fc.integer({ min: 0, max: SPEC.length - 1 }), { maxLength: 25 });
    fc.assert(
      fc.property(rows, fc.constantFrom('\n', '\r\n', '\r', '\u2028'), fc.boolean(), (picked, nl, bom) => {
        const expected: TextLine[] = [];
        let blanks = 0;
        for (const k of picked) {
          const line = SPEC[k]![1];
          if (line === null) blanks += 1;
          else {
            expected.push({ ...line, blanksBefore: blanks });
            blanks = 0;
          }
        }
        expect(splitLines((bom ? '\ufeff' : '') + picked.map((k) => SPEC[k]![0]).join(nl))).toEqual(expected);
      }),
      { numRuns: 3000 },
    );
  });
});

describe('looksLikePageText', () => {
  it('looksLikePageText equals scoring every sign', () => {
    const sparse = fc.array(fc.oneof(line, fc.constantFrom('A plain line.', 'Another one', '')), { maxLength: 30 });
    fc.assert(
      fc.property(fc.oneof(page, sparse.map((ls) => ls.join('\n'))), (a) => {
        expect(looksLikePageText(a)).toBe(slowLooksLikePageText(a));
      }),
      { numRuns: 3000 },
    );
  });

  it('parsing the same text twice gives the same article', () => {
    fc.assert(
      fc.property(page, (a) => {
        expect(parsePageText(a)).toEqual(parsePageText(a));
      }),
      { numRuns: 1000 },
    );
  });
});
