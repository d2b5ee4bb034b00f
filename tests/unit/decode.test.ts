import { describe, expect, it } from 'vitest';
import { decodeBytes, type DecodeResult } from '../../src/library/text/decode.js';

const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s);
const bytes = (...parts: (number[] | Uint8Array | string)[]): Uint8Array =>
  Uint8Array.from(parts.flatMap((p) => (typeof p === 'string' ? [...utf8(p)] : [...p])));

function ok(r: DecodeResult): Extract<DecodeResult, { ok: true }> {
  if (!r.ok) throw new Error(`expected ok, got: ${r.reason}`);
  return r;
}

describe('decodeBytes: byte-order marks', () => {
  it('UTF-8 BOM decides and is not part of the text', () => {
    const r = ok(decodeBytes(bytes([0xef, 0xbb, 0xbf], 'Café “news”')));
    expect(r).toMatchObject({ encoding: 'utf-8', text: 'Café “news”', warnings: [] });
  });

  it('keeps a second U+FEFF (the sanitizer removes it), only the leading BOM is stripped', () => {
    expect(ok(decodeBytes(bytes([0xef, 0xbb, 0xbf, 0xef, 0xbb, 0xbf], 'a'))).text).toBe('\uFEFFa');
  });

  it('UTF-16 LE with BOM', () => {
    const body = Buffer.from('Héllo 世界 🎉', 'utf16le');
    const r = ok(decodeBytes(bytes([0xff, 0xfe], body)));
    expect(r).toMatchObject({ encoding: 'utf-16le', text: 'Héllo 世界 🎉' });
  });

  it('UTF-16 BE with BOM', () => {
    const le = Buffer.from('Hi “there” 🎉', 'utf16le');
    const be = Buffer.from(le);
    be.swap16();
    const r = ok(decodeBytes(bytes([0xfe, 0xff], be)));
    expect(r).toMatchObject({ encoding: 'utf-16be', text: 'Hi “there” 🎉' });
  });

  it('UTF-16 with an odd trailing byte warns and ignores it', () => {
    const r = ok(decodeBytes(bytes([0xff, 0xfe, 0x41, 0x00, 0x42])));
    expect(r.text).toBe('A');
    expect(r.warnings.join()).toMatch(/odd number of bytes/);
  });

  it('UTF-16 without a BOM is recognised from its NUL pattern', () => {
    const r = ok(decodeBytes(Buffer.from('Plain ASCII article text', 'utf16le')));
    expect(r).toMatchObject({ encoding: 'utf-16le', text: 'Plain ASCII article text' });
    expect(r.warnings.join()).toMatch(/no byte-order mark/);
  });

  it('refuses UTF-32', () => {
    expect(decodeBytes(bytes([0xff, 0xfe, 0, 0, 0x41, 0, 0, 0]))).toEqual({ ok: false, reason: 'UTF-32 text is not supported' });
  });
});

describe('decodeBytes: UTF-8 and Windows-1252', () => {
  it('valid UTF-8 without BOM', () => {
    expect(ok(decodeBytes(utf8('naïve café — 東京 👨‍👩‍👧')))).toMatchObject({
      encoding: 'utf-8',
      text: 'naïve café — 東京 👨‍👩‍👧',
      warnings: [],
    });
  });

  it('empty input is empty UTF-8 text', () => {
    expect(ok(decodeBytes(new Uint8Array()))).toMatchObject({ text: '', encoding: 'utf-8' });
  });

  it('mostly-valid UTF-8 keeps UTF-8 with U+FFFD and a warning', () => {
    const r = ok(decodeBytes(bytes('é è ê ë à ', [0x93], ' ok')));
    expect(r.encoding).toBe('utf-8');
    expect(r.text).toBe('é è ê ë à \uFFFD ok');
    expect(r.warnings).toEqual(['1 invalid UTF-8 sequence(s) shown as �']);
  });

  it('a UTF-8 file cut in the middle of a character stays UTF-8', () => {
    const r = ok(decodeBytes(bytes('café', [0xe2, 0x80])));
    expect(r.encoding).toBe('utf-8');
    expect(r.warnings.join()).toMatch(/middle of a character/);
  });

  it('Windows-1252, not Latin-1: 0x9B is ›, 0x93/0x94 curly quotes, 0x80 €', () => {
    const r = ok(decodeBytes(bytes([0x93], 'Hi', [0x94, 0x20, 0x80, 0x35, 0x20, 0x9b, 0x20, 0x85])));
    expect(r.encoding).toBe('windows-1252');
    expect(r.text).toBe('“Hi” €5 › …');
    expect(r.warnings).toContain('not valid UTF-8; read as Windows-1252');
  });

  it('"café" in Windows-1252 (ends in a lone lead byte) is Windows-1252', () => {
    expect(ok(decodeBytes(bytes('caf', [0xe9])))).toMatchObject({ encoding: 'windows-1252', text: 'café' });
  });

  it('the five undefined Windows-1252 bytes never become C1 controls', () => {
    const r = ok(decodeBytes(bytes([0x93, 0x81, 0x8d, 0x8f, 0x90, 0x9d, 0x94])));
    expect(r.text).toBe('“\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD”');
    expect(r.text).not.toMatch(/[\u0080-\u009f]/);
  });

  it('maps every byte 0x80–0xFF to something that is not a C1 control', () => {
    const all = Uint8Array.from({ length: 128 }, (_, i) => 0x80 + i);
    const r = ok(decodeBytes(all));
    expect(r.encoding).toBe('windows-1252');
    expect([...r.text]).toHaveLength(128);
    expect(r.text).not.toMatch(/[\u0080-\u009f]/);
    expect(r.text.slice(0x20)).toBe(String.fromCharCode(...Array.from({ length: 96 }, (_, i) => 0xa0 + i)));
  });
});

describe('decodeBytes: not an article', () => {
  it.each([
    ['PNG image', [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2]],
    ['JPEG image', [0xff, 0xd8, 0xff, 0xe0, 0x41]],
    ['GIF image', [...utf8('GIF89a'), 1, 0]],
    ['PDF document', [...utf8('%PDF-1.7\n')]],
    ['ZIP archive', [0x50, 0x4b, 0x03, 0x04, 0x14]],
    ['gzip archive', [0x1f, 0x8b, 0x08, 0x00]],
    ['ELF executable', [0x7f, 0x45, 0x4c, 0x46, 2, 1, 1]],
  ])('%s', (name, data) => {
    expect(decodeBytes(Uint8Array.from(data))).toEqual({ ok: false, reason: `binary file (${name})` });
  });

  it('NUL bytes outside UTF-16', () => {
    expect(decodeBytes(bytes('hello', [0], 'world, this is text'))).toEqual({ ok: false, reason: 'contains NUL bytes' });
  });

  it('mostly control bytes', () => {
    const r = decodeBytes(Uint8Array.from({ length: 100 }, (_, i) => (i % 2 ? 0x01 : 0x41)));
    expect(r).toEqual({ ok: false, reason: 'binary file (mostly control bytes)' });
  });

  it('does not mistake text that starts like a weak signature for binary', () => {
    expect(ok(decodeBytes(utf8('RIFF raff: a story about GIFs and PK ratings'))).encoding).toBe('utf-8');
  });

  // A guard against quadratic work (the test timeout), not a timing: speed is the benchmark's.
  it('decodes 5 MiB of Windows-1252 and of UTF-8', () => {
    const big = new Uint8Array(5 * 1024 * 1024).fill(0x41);
    for (let i = 0; i < big.length; i += 100) big[i] = 0x93;
    expect(ok(decodeBytes(big)).encoding).toBe('windows-1252');
    expect(ok(decodeBytes(utf8('é'.repeat(2_500_000)))).encoding).toBe('utf-8');
  });

  it('never throws on a non-Uint8Array', () => {
    expect(decodeBytes('nope' as unknown as Uint8Array).ok).toBe(false);
  });
});
