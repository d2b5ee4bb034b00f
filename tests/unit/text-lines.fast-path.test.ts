// splitLines remembers the last text it split (detection and parsing split the same file).
// Whatever the order of calls, it must give exactly what a fresh split gives, and parsing the
// same text twice must give the same article. looksLikePageText stops once two points are
// found. The slow references are the old code, kept here.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readDateLine } from '../../src/library/formats/meta-lines.js';
import { isCommentsLine, isNavLabel, readBreadcrumb, readEmbedSource } from '../../src/library/formats/page-text/page-lines.js';
import { looksLikePageText, parsePageText } from '../../src/library/formats/page-text/page-text.js';
import { splitLines } from '../../src/library/formats/text-lines.js';

const slowNormalizeSpace = (text: string): string =>
  text.replace(/[\u200B\u2060\u00AD\uFEFF]/g, '').replace(/\s+/g, ' ').trim();
const BULLET = /^(?:[•◦▪▫‣⁃●○■□·]\s*|[*+]\s+)/;

function slowSplitLines(text: string): object[] {
  const lines: object[] = [];
  let blanks = 0;
  for (const raw of text.replace(/^\uFEFF/, '').replace(/\r\n?|[\u2028\u2029\u0085]/g, '\n').split('\n')) {
    const clean = slowNormalizeSpace(raw);
    if (clean === '') {
      blanks += 1;
      continue;
    }
    const bullet = BULLET.exec(clean);
    const body = bullet ? slowNormalizeSpace(clean.slice(bullet[0].length)) : clean;
    if (body === '') {
      blanks += 1;
      continue;
    }
    lines.push({ text: body, bullet: bullet !== null, indent: /^[\s\uFEFF]*/.exec(raw)![0].length, blanksBefore: blanks });
    blanks = 0;
  }
  return lines;
}

function slowLooksLikePageText(text: string): boolean {
  const lines = slowSplitLines(text) as { text: string; bullet: boolean }[];
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

describe('splitLines memo', () => {
  it('gives a fresh split whatever was split before', () => {
    fc.assert(
      fc.property(text, text, (a, b) => {
        expect(splitLines(a)).toEqual(slowSplitLines(a));
        expect(splitLines(b)).toEqual(slowSplitLines(b));
        expect(splitLines(a)).toEqual(slowSplitLines(a));
        expect(splitLines(a)).toEqual(slowSplitLines(a));
      }),
      { numRuns: 3000 },
    );
  });

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
