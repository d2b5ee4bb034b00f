// The fast paths in page-lines.ts (isNavLabel without a `$`-anchored regex or a whole-line
// split; readPhotoLine skipping its lazy regex without a `|`) must give exactly what the
// plain versions give. The slow references are the code as it was, kept here only.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isLoneHeadline, isTitleCase } from '../../src/library/formats/page-text/lone-headline.js';
import { isNavLabel, NAV_LABELS, readPhotoLine, SHARE_PREFIX } from '../../src/library/formats/page-text/page-lines.js';

// The label list is data, shared with the code; the reference copies only the old algorithm.

function slowIsNavLabel(text: string): boolean {
  const label = (s: string): boolean => {
    const key = s.toLowerCase().replace(/[\s:|.]+$/, '').trim();
    return NAV_LABELS.has(key) || NAV_LABELS.has(key.replace(SHARE_PREFIX, ''));
  };
  if (label(text)) return true;
  const parts = text.split(/\s*[|·•,]\s*|\s+/).filter((p) => p !== '');
  return parts.length > 1 && parts.every(label);
}

function slowReadPhotoLine(text: string): { text: string; credit: string | null } | null {
  const piped = /^(.*?)\s*\|\s*(?:photos?|images?|pictures?|credit|foto)\s*(?::|by\b)\s*(.*)$/i.exec(text);
  const lone = piped ? null : /^(?:photos?|image|credit)\s*:\s*(.+)$/i.exec(text);
  const found = piped ?? lone;
  if (!found) return null;
  const caption = piped ? (piped[1] ?? '') : '';
  const credit = (piped ? piped[2] : lone?.[1]) ?? '';
  return { text: caption.trim(), credit: credit.trim() === '' ? null : credit.trim() };
}

function slowIsLoneHeadline(text: string, blanksBefore: number): boolean {
  const words = text.split(' ');
  if (words.length < 3 || words.length > 20 || text.length > 160) return false;
  if (!/^[\p{Lu}\p{N}"'“‘«¿¡]/u.test(text)) return false;
  if (/[@/]|https?:/i.test(text)) return false;
  const bare = text.replace(/["'”’»)\]]+$/u, '');
  if (/[.,;:…]$/.test(bare)) return false;
  const strong = blanksBefore >= 2;
  const titled = isTitleCase(text) && words.length >= 4;
  if (/[?!]$/.test(bare)) return strong && titled;
  return strong || titled;
}

const word = fc.constantFrom(
  'Live', 'live', 'TV', 'Facebook', 'TWITTER', 'X', '(twitter)', 'google', 'plus', 'google+', 'Share', 'on', 'via',
  'this', 'article', 'Email', 'e-mail', 'to', 'a', 'friend', 'Follow', 'us', 'Skip', 'main', 'content', 'Photo',
  'Photos', 'Image', 'credit', 'Foto', 'by', 'EFE', 'Reuters', 'Russian', 'Zakharova.', 'The', 'talks', '\u212Aelvin',
  'İ', 'tumblr', 'vk', 'sms', '2023', 'é',
);
const glue = fc.constantFrom(' ', '  ', '', '|', ' | ', '·', ' • ', ',', ', ', ':', ': ', '.', '\u00a0', '\t', ' :| ', '\n');
/** Share prefixes and labels with every spacing, up to the longest a label can be. */
const spaced = fc
  .tuple(
    fc.constantFrom('', ' ', '\u00a0 '),
    fc.constantFrom('', 'Email to a friend via', 'share on', 'Follow us on', 'post  to'),
    fc.constantFrom(' ', '   ', '\t', ''),
    fc.constantFrom('skip to main content', 'Share this story', 'live tv', 'x (twitter)', 'the talks went on'),
    fc.constantFrom('', ' :', ' : | .', '.', '  '),
  )
  .map((parts) => parts.join(''));
const navish = fc.oneof(
  spaced,
  fc.array(fc.tuple(word, glue), { maxLength: 8 }).map((ps) => ps.map(([w, g]) => w + g).join('')),
  fc.tuple(glue, fc.array(word, { maxLength: 4 }), glue).map(([a, ws, b]) => a + ws.join(' ') + b),
  fc.string({ unit: fc.constantFrom('a', 'x', ' ', '|', ':', '.', ',', '•', '·', '\u2009'), maxLength: 20 }),
  fc.string({ maxLength: 40 }),
);

describe('page-lines fast paths', () => {
  it('isNavLabel equals the plain version', () => {
    fc.assert(
      fc.property(navish, (s) => {
        expect(isNavLabel(s)).toBe(slowIsNavLabel(s));
      }),
      { numRuns: 20000 },
    );
  });

  it('readPhotoLine equals the plain version', () => {
    fc.assert(
      fc.property(navish, (s) => {
        expect(readPhotoLine(s)).toEqual(slowReadPhotoLine(s));
      }),
      { numRuns: 20000 },
    );
  });

  it('isLoneHeadline equals the plain version', () => {
    const headlineish = fc.oneof(
      fc.array(word, { minLength: 1, maxLength: 25 }).map((ws) => ws.join(' ')),
      fc.array(fc.constantFrom('Israeli', 'Tanks', 'Raid', 'Gaza', 'x'.repeat(40)), { maxLength: 8 }).map((ws) => ws.join(' ')),
    );
    fc.assert(
      fc.property(headlineish, fc.integer({ min: 0, max: 3 }), (s, blanks) => {
        expect(isLoneHeadline(s, blanks)).toBe(slowIsLoneHeadline(s, blanks));
      }),
      { numRuns: 5000 },
    );
  });

  it('the generator reaches labels, share wordings and link rows', () => {
    for (const s of ['Share on  Facebook :|', 'Facebook | Twitter | Email', 'X (twitter).', ' • live • ', 'Email to a friend via\u00a0SMS']) {
      expect(isNavLabel(s)).toBe(slowIsNavLabel(s));
    }
    expect(isNavLabel('Facebook | Twitter | Email')).toBe(true);
    expect(isNavLabel(' Email to a friend via   skip to main content : | .')).toBe(true);
    expect(isNavLabel('Facebook Twitter the')).toBe(false);
    expect(readPhotoLine('A boat. | Photo: EFE')).toEqual({ text: 'A boat.', credit: 'EFE' });
  });
});
