// What parseDocument does with text detectFormat calls plain, against the specification:
// plain text is text that does not look like a saved page, and it is read by the plain-text parser.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { detectFormat, parseDocument } from '../../src/library/formats/detect.js';
import { looksLikePageText } from '../../src/library/formats/page-text/page-text.js';
import { parsePlainText } from '../../src/library/formats/plain-text.js';

const line = fc.constantFrom(
  'A Headline About Harbours', '26 October 2023', 'By Jane Doe', '', 'A paragraph that goes on.', '\ufeff', '\ufeff\ufeff',
  '• Live', '• facebook', 'News > World', 'Published 26 October 2023', 'Post with no comments.', 'x | Photo: EFE',
  '  • indented bullet', '\u00a0', '\t',
);
const text = fc.oneof(
  fc.tuple(fc.constantFrom('', '\ufeff', '\ufeff\ufeff', '\ufeff \n'), fc.array(line, { maxLength: 20 })).map(
    ([start, ls]) => start + ls.join('\n'),
  ),
  fc.string({ maxLength: 80 }),
);

describe('plain text', () => {
  it('is text without the saved-page layout, read by the plain-text parser', () => {
    let plain = 0;
    let page = 0;
    fc.assert(
      fc.property(text, (t) => {
        if (!t.trim()) return;
        const format = detectFormat(t, 'note.txt');
        if (format === 'page-text') page += 1;
        if (format !== 'plain-text') return;
        plain += 1;
        expect(looksLikePageText(t)).toBe(false);
        const article = parsePlainText(t);
        expect(parseDocument(t, 'note.txt')).toEqual(
          article.headline ? { ok: true, articles: [article] } : { ok: false, reason: 'no headline found' },
        );
      }),
      { numRuns: 5000 },
    );
    expect(plain).toBeGreaterThan(1000);
    expect(page).toBeGreaterThan(100);
  });
});
