// parseDocument reads text that detectFormat calls plain straight as plain text, without
// parseText's second look for the saved-page layout. It must give exactly what that second
// look gave; the slow reference is the old branch, kept here.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { detectFormat, parseDocument } from '../../src/library/formats/detect.js';
import { looksLikePageText, parsePageText } from '../../src/library/formats/page-text/page-text.js';
import { parsePlainText } from '../../src/library/formats/plain-text.js';

function slowPlainBranch(text: string): unknown {
  const article = looksLikePageText(text) ? parsePageText(text) : parsePlainText(text);
  return article.headline ? { ok: true, articles: [article] } : { ok: false, reason: 'no headline found' };
}

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

describe('detect fast paths', () => {
  it('plain text parses as the second look for the page layout did', () => {
    let plain = 0;
    fc.assert(
      fc.property(text, (t) => {
        if (!t.trim() || detectFormat(t, 'note.txt') !== 'plain-text') return;
        plain += 1;
        expect(parseDocument(t, 'note.txt')).toEqual(slowPlainBranch(t));
      }),
      { numRuns: 5000 },
    );
    expect(plain).toBeGreaterThan(1000);
  });
});
