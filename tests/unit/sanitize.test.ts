import { describe, expect, it } from 'vitest';
import { emptyArticle } from '../../src/library/model/article.js';
import { sanitizeArticle, sanitizeLine, sanitizeText } from '../../src/library/text/sanitize.js';

const ESC = '\u001B';
const BEL = '\u0007';
const ST = `${ESC}\\`;

describe('sanitizeText: escape sequences', () => {
  it.each([
    ['CSI colour (SGR)', `a${ESC}[1;31mred${ESC}[0m b`, 'ared b'],
    ['CSI with private parameters', `${ESC}[?1049hx${ESC}[2J`, 'x'],
    ['OSC title ended by BEL', `x${ESC}]0;pwned${BEL}y`, 'xy'],
    ['OSC 52 clipboard write ended by ST', `x${ESC}]52;c;cm0gLXJmIH4=${ST}y`, 'xy'],
    ['OSC 8 hyperlink keeps the link text', `${ESC}]8;;http://evil.example${ST}click${ESC}]8;;${ST}!`, 'click!'],
    ['DCS', `a${ESC}P1$r0m${ST}b`, 'ab'],
    ['APC (kitty graphics)', `a${ESC}_Gf=100;AAAA${ST}b`, 'ab'],
    ['PM and SOS', `a${ESC}^pm${ST}b${ESC}Xsos${ST}c`, 'abc'],
    ['two-character ESC sequences', `a${ESC}cb${ESC}7c${ESC}8d`, 'abcd'],
    ['charset designation (nF)', `a${ESC}(0b${ESC}(Bc`, 'abc'],
    ['8-bit CSI U+009B', 'a\u009B31mb', 'ab'],
    ['8-bit OSC U+009D ended by U+009C', 'a\u009D0;title\u009Cb', 'ab'],
    ['8-bit DCS U+0090', 'a\u0090q#0;2;0;0;0\u009Cb', 'ab'],
    ['lone ESC at the end', `end${ESC}`, 'end'],
    ['ESC before a non-ASCII letter', `a${ESC}é`, 'aé'],
  ])('%s', (_name, input, expected) => {
    expect(sanitizeText(input)).toBe(expected);
  });

  it('an unterminated OSC keeps the rest of the article (CVE-2022-46663, Ink)', () => {
    const out = sanitizeText(`Title${ESC}]52;c;Y2xpcGJvYXJk the rest\nsecond line\nthird`);
    expect(out).toBe('Title52;c;Y2xpcGJvYXJk the rest\nsecond line\nthird');
  });

  it('an OSC is not terminated by a BEL on a later line', () => {
    expect(sanitizeText(`a${ESC}]0;x\nkept line${BEL}z`)).toBe('a0;x\nkept linez');
  });

  it('an unterminated 8-bit OSC keeps the text', () => {
    expect(sanitizeText('a\u009D8;;http://x the rest')).toBe('a8;;http://x the rest');
  });

  it('an OSC interrupted by another ESC keeps its text and handles the next sequence', () => {
    expect(sanitizeText(`a${ESC}]0;half${ESC}[31mred`)).toBe('a0;halfred');
  });

  it('a malformed CSI loses only its introducer', () => {
    expect(sanitizeText(`a${ESC}[12;\u00e9t\u00e9`)).toBe('a12;été');
  });

  it('is linear on many unterminated introducers', () => {
    const evil = `${ESC}]`.repeat(200_000) + 'x'.repeat(200_000);
    // Quadratic work would run past the test timeout; no timing is asserted here.
    expect(sanitizeText(evil)).toBe('x'.repeat(200_000));
  });
});

describe('sanitizeText: controls, lines, tabs, invisibles', () => {
  it('normalises CR, CRLF, NEL, VT, FF, U+2028 and U+2029 to \\n', () => {
    expect(sanitizeText('a\r\nb\rc\u0085d\u000Be\u000Cf\u2028g\u2029h')).toBe('a\nb\nc\nd\ne\nf\ng\nh');
  });

  it('removes other C0 controls, DEL and C1 controls', () => {
    expect(sanitizeText('a\u0000b\u0007c\u0008d\u007Fe\u0080f\u009Fg\u0085')).toBe('abcdefg\n');
  });

  it('expands tabs to multiples of 8 columns by display width, per line', () => {
    expect(sanitizeText('a\tb')).toBe('a       b');
    expect(sanitizeText('12345678\tx')).toBe('12345678        x');
    expect(sanitizeText('東京\tx\n\ty')).toBe('東京    x\n        y');
    expect(sanitizeText('e\u0301\tx')).toBe('e\u0301       x');
  });

  it('caps runs of combining marks at four', () => {
    const zalgo = 'Z' + '\u0300\u0301\u0302\u0303\u0304\u0305\u0306'.repeat(10) + 'a';
    expect(sanitizeText(zalgo)).toBe('Z\u0300\u0301\u0302\u0303a');
    expect(sanitizeText('Vie\u0302\u0323t')).toBe('Vie\u0302\u0323t');
  });

  it('removes BOM, zero width space, soft hyphen, word joiner and interlinear annotations', () => {
    expect(sanitizeText('a\uFEFFb\u200Bc\u00ADd\u2060e\uFFF9base\uFFFAhidden\uFFFBf')).toBe('abcdebasehiddenf');
  });

  it('keeps emoji ZWJ sequences, flags, keycaps and ZWNJ', () => {
    const s = 'family 👨‍👩‍👧‍👦 flag 🇯🇵 🏴󠁧󠁢󠁳󠁣󠁴󠁿 keycap 1️⃣ persian می‌خواهم';
    expect(sanitizeText(s)).toBe(s);
  });

  it('removes stray tag characters (ASCII smuggling)', () => {
    expect(sanitizeText('ok\u{E0069}\u{E0067}\u{E006E}done')).toBe('okdone');
    expect(sanitizeText('a\u0301\u0301\u0301\u{E0041}\u0301\u0301')).toBe('a\u0301\u0301\u0301\u0301');
  });

  it('replaces lone surrogates with U+FFFD', () => {
    expect(sanitizeText('a\uD800b\uDC00c')).toBe('a\uFFFDb\uFFFDc');
  });

  it('keeps bidi marks in body text (right-to-left prose needs them)', () => {
    expect(sanitizeText('שלום\u200F world')).toBe('שלום\u200F world');
  });

  it('stays linear on 2 MiB of text with tabs, escapes and CRLF on every line', () => {
    // A guard against quadratic work, not a benchmark: quadratic would take minutes here.
    const line = `Col\tumn\t東京\t${ESC}[1mbold${ESC}[0m “quoted” e\u0301\r\n`;
    const big = line.repeat(Math.ceil((2 * 1024 * 1024) / line.length));
    const out = sanitizeText(big);
    expect(out.split('\n')).toHaveLength(Math.ceil((2 * 1024 * 1024) / line.length) + 1);
    expect(out.startsWith('Col     umn     東京    bold “quoted” e\u0301\n')).toBe(true);
  });

  it('returns plain text unchanged', () => {
    const s = 'Plain text, “quotes” — and 東京.\n\nSecond paragraph.';
    expect(sanitizeText(s)).toBe(s);
  });
});

describe('sanitizeLine', () => {
  it('turns newlines and tabs into single spaces and trims', () => {
    expect(sanitizeLine('  Breaking:\r\n  big\tnews \u2028 today  ')).toBe('Breaking: big news today');
  });

  it('removes bidi overrides, isolates and marks (Trojan Source, CVE-2021-42574)', () => {
    expect(sanitizeLine('a\u202Eevil\u202C b\u2066c\u2069 d\u200E\u200F\u061Ce')).toBe('aevil bc de');
  });

  it('removes escape sequences like sanitizeText', () => {
    expect(sanitizeLine(`${ESC}]0;title${BEL}Head${ESC}[1mline`)).toBe('Headline');
  });
});

describe('sanitizeArticle', () => {
  it('sanitizes every field and drops empty blocks and captions', () => {
    const a = {
      ...emptyArticle('html'),
      extra: 42,
      section: `${ESC}[1m \u202E `,
      headline: `Big\nnews${ESC}]0;x${BEL}`,
      captions: [
        { text: 'A\tphoto', credit: ' Jane\u202E ' },
        { text: `${ESC}[0m`, credit: null },
      ],
      published: '2017-05-30',
      byline: 'By\r\nSomeone',
      outlet: '',
      standfirst: 'Line one\r\nline two',
      disclaimer: '\u0007',
      blocks: [
        { kind: 'paragraph' as const, text: `Body${ESC}]52;c;AAAA\u0007 text\r\nmore` },
        { kind: 'paragraph' as const, text: ` ${ESC}[2J \r\n` },
        { kind: 'related' as const, text: 'Related\nheadline' },
        { kind: 'embed' as const, text: 'tweet\ttext', source: '\u202E— X (@x)' },
        { kind: 'caption' as const, text: '\u200B', credit: 'c' },
      ],
      url: ' https://example.com/a\u0000 ',
    };
    const out = sanitizeArticle(a);
    expect(out).toEqual({
      ...emptyArticle('html'),
      extra: 42,
      section: null,
      headline: 'Big news',
      captions: [{ text: 'A photo', credit: 'Jane' }],
      published: '2017-05-30',
      byline: 'By Someone',
      outlet: null,
      standfirst: 'Line one\nline two',
      disclaimer: null,
      blocks: [
        { kind: 'paragraph', text: 'Body text\nmore' },
        { kind: 'related', text: 'Related headline' },
        { kind: 'embed', text: 'tweet   text', source: '— X (@x)' },
      ],
      url: 'https://example.com/a',
    });
  });
});
