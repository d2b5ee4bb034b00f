// What the saved-page line classifiers promise, stated as properties over generated lines:
// navigation and share labels (alone or as a row of links), `| Photo:` captions, and related
// headlines left between paragraphs. The specification is the doc comments in page-lines.ts
// and lone-headline.ts; nothing here copies their code.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isLoneHeadline } from '../../src/library/formats/page-text/lone-headline.js';
import { isNavLabel, isNavLabelFully, NAV_LABELS, readPhotoLine } from '../../src/library/formats/page-text/page-lines.js';

const LABELS = [...NAV_LABELS];
const ONE_WORD_LABELS = LABELS.filter((l) => !/\s/.test(l));
const PREFIXES = ['', 'Share on ', 'share via ', 'Post to ', 'Follow us on ', 'Email to a friend via ', 'send by '];
/** Words that are no label and no part of one. */
const PROSE = ['talks', 'minister', 'ceasefire', 'gaza', 'reuters', 'the', 'harbour', 'council', 'said', 'ministers'];

/** Upper-cases a random subset of the letters, as sites write their labels. */
const anyCase = (s: string): fc.Arbitrary<string> =>
  fc.array(fc.boolean(), { minLength: s.length, maxLength: s.length }).map((up) =>
    [...s].map((c, i) => (up[i] ? c.toUpperCase() : c)).join(''),
  );
const trailing = fc.constantFrom('', ' ', ':', ' :', ' | ', '.', ' : | .', '\u00a0');
const separator = fc.constantFrom(' | ', '|', ' · ', ' • ', ', ', ' ', '  ');

describe('isNavLabel', () => {
  it('answers as without its first-word shortcut, on labels, rows, prose and odd separators', () => {
    const piece = fc.oneof(
      fc.constantFrom(...LABELS, ...PREFIXES, ...PROSE).chain(anyCase),
      trailing,
      separator,
      fc.constantFrom('|', ',', '·', '•', '\u2003', '\n', ':', '.', '..', 'K', '\u212a', 'İ', 'é', '+', '(', ')'),
    );
    const line = fc.array(piece, { maxLength: 8 }).map((parts) => parts.join(''));
    fc.assert(fc.property(line, (s) => { expect(isNavLabel(s)).toBe(isNavLabelFully(s)); }), { numRuns: 10000 });
    fc.assert(fc.property(fc.string(), (s) => { expect(isNavLabel(s)).toBe(isNavLabelFully(s)); }));
  });

  it('takes every label, in any case, after a share wording and before trailing punctuation', () => {
    const line = fc
      .tuple(fc.constantFrom(...PREFIXES), fc.constantFrom(...LABELS), trailing)
      .chain(([p, l, t]) => anyCase(l).map((cased) => p + cased + t));
    fc.assert(fc.property(line, (s) => { expect(isNavLabel(s)).toBe(true); }), { numRuns: 3000 });
  });

  it('takes a row of two or more one-word labels, whatever separates them', () => {
    const row = fc
      .array(fc.tuple(fc.constantFrom(...ONE_WORD_LABELS), separator), { minLength: 2, maxLength: 8 })
      .map((parts) => parts.map(([l, sep], i) => (i === 0 ? l : sep + l)).join(''));
    fc.assert(fc.property(row, (s) => { expect(isNavLabel(s)).toBe(true); }), { numRuns: 3000 });
  });

  it('refuses a row as soon as one part is an ordinary word', () => {
    const row = fc
      .tuple(
        fc.array(fc.constantFrom(...ONE_WORD_LABELS), { maxLength: 5 }),
        fc.constantFrom(...PROSE),
        fc.array(fc.constantFrom(...ONE_WORD_LABELS), { maxLength: 5 }),
        separator,
      )
      .map(([before, word, after, sep]) => [...before, word, ...after].join(sep));
    fc.assert(fc.property(row, (s) => { expect(isNavLabel(s)).toBe(false); }), { numRuns: 3000 });
  });

  it('refuses sentences of the body, however long', () => {
    const sentence = fc.array(fc.constantFrom(...PROSE, ...ONE_WORD_LABELS), { minLength: 1, maxLength: 60 })
      .filter((ws) => ws.some((w) => PROSE.includes(w)))
      .map((ws) => ws.join(' ') + '.');
    fc.assert(fc.property(sentence, (s) => { expect(isNavLabel(s)).toBe(false); }), { numRuns: 2000 });
    expect(isNavLabel('Facebook Twitter the')).toBe(false);
    expect(isNavLabel('')).toBe(false);
  });
});

const captionText = fc.array(fc.constantFrom('A', 'boat', 'leaves', 'the', 'harbour.', 'Maria', 'Zakharova', '—'), {
  minLength: 1,
  maxLength: 12,
}).map((ws) => ws.join(' '));
const creditText = fc.array(fc.constantFrom('EFE', 'Reuters', 'X/', '@Lantidiplomatic', 'AP', 'Chang', 'W.', 'Lee'), {
  minLength: 1,
  maxLength: 4,
}).map((ws) => ws.join(' '));

describe('readPhotoLine', () => {
  it('splits `caption | Photo: credit` for every credit word and spacing', () => {
    const kind = fc.constantFrom('Photo', 'photos', 'Image', 'IMAGES', 'picture', 'Pictures', 'Credit', 'Foto');
    const glue = fc.constantFrom(':', ' :', ': ', ' by ', ' by');
    fc.assert(
      fc.property(captionText, kind, glue, creditText, fc.constantFrom(' | ', '|', '  |  '), (cap, k, g, credit, bar) => {
        expect(readPhotoLine(`${cap}${bar}${k}${g} ${credit}`)).toEqual({ text: cap, credit });
      }),
      { numRuns: 3000 },
    );
  });

  it('reads a lone `Photo: credit` as a credit without caption, and an empty credit as none', () => {
    fc.assert(
      fc.property(fc.constantFrom('Photo', 'PHOTOS', 'image', 'Credit'), creditText, (k, credit) => {
        expect(readPhotoLine(`${k}: ${credit}`)).toEqual({ text: '', credit });
      }),
    );
    expect(readPhotoLine('A boat. | Photo:')).toEqual({ text: 'A boat.', credit: null });
  });

  it('leaves lines that name no photo alone', () => {
    const line = fc.array(fc.constantFrom(...PROSE, '|', 'Facebook', 'photograph', 'imagine'), { minLength: 1, maxLength: 20 })
      .map((ws) => ws.join(' '));
    fc.assert(fc.property(line, (s) => { expect(readPhotoLine(s)).toBeNull(); }), { numRuns: 2000 });
  });
});

const Title = fc.constantFrom('Israeli', 'Tanks', 'Raid', 'Northern', 'Gaza', 'Strip', 'Talks', 'Resume', '2023');
const lower = fc.constantFrom('talks', 'resume', 'after', 'weeks', 'quiet', 'harbour');
const small = fc.constantFrom('of', 'the', 'in', 'on');

describe('isLoneHeadline', () => {
  it('takes Title Case lines of 4 to 20 words, whatever the blank lines before them', () => {
    const headline = fc.array(fc.oneof({ weight: 5, arbitrary: Title }, { weight: 1, arbitrary: small }), { minLength: 4, maxLength: 20 })
      .filter((ws) => !['of', 'the', 'in', 'on'].includes(ws[0]!))
      .filter((ws) => ws.filter((w) => /^\p{L}/u.test(w) && !['of', 'the', 'in', 'on'].includes(w)).length >= 2);
    fc.assert(
      fc.property(headline, fc.integer({ min: 0, max: 3 }), (ws, blanks) => {
        expect(isLoneHeadline(ws.join(' '), blanks)).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });

  it('takes a sentence-case line only after two blank lines (a removed related box)', () => {
    const line = fc.tuple(Title, fc.array(lower, { minLength: 3, maxLength: 10 })).map(([t, ws]) => [t, ...ws].join(' '));
    fc.assert(
      fc.property(line, fc.integer({ min: 0, max: 3 }), (s, blanks) => {
        expect(isLoneHeadline(s, blanks)).toBe(blanks >= 2);
      }),
    );
  });

  it('never takes a sentence, a short or long line, a lower-case start or a link', () => {
    const words = fc.array(Title, { minLength: 4, maxLength: 12 }).map((ws) => ws.join(' '));
    const blanks = fc.integer({ min: 0, max: 3 });
    fc.assert(
      fc.property(words, fc.constantFrom('.', ',', ';', ':', '…', '."', '.)'), blanks, (s, end, b) => {
        expect(isLoneHeadline(s + end, b)).toBe(false);
      }),
    );
    fc.assert(
      fc.property(words, fc.constantFrom(' @handle', ' http://x.example', ' and/or'), blanks, (s, link, b) => {
        expect(isLoneHeadline(s + link, b)).toBe(false);
      }),
    );
    fc.assert(
      fc.property(fc.array(Title, { minLength: 21, maxLength: 30 }), blanks, (ws, b) => {
        expect(isLoneHeadline(ws.join(' '), b)).toBe(false);
      }),
    );
    fc.assert(fc.property(fc.array(Title, { minLength: 1, maxLength: 2 }), blanks, (ws, b) => {
      expect(isLoneHeadline(ws.join(' '), b)).toBe(false);
    }));
    fc.assert(fc.property(lower, words, blanks, (w, s, b) => { expect(isLoneHeadline(`${w} ${s}`, b)).toBe(false); }));
  });

  it('takes a question only when it is Title Case after two blank lines', () => {
    expect(isLoneHeadline('Will Gaza Talks Resume Soon?', 2)).toBe(true);
    expect(isLoneHeadline('Will Gaza Talks Resume Soon?', 1)).toBe(false);
    expect(isLoneHeadline('Will the talks resume soon?', 2)).toBe(false);
  });
});
