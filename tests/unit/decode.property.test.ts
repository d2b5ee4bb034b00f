import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeBytes } from '../../src/library/text/decode.js';

/** Byte arrays biased toward the interesting bytes: BOM starts, NUL, C1 range, UTF-8 leads. */
const hostileBytes = fc.oneof(
  fc.uint8Array({ maxLength: 600 }),
  fc.array(fc.constantFrom(0x00, 0x1b, 0x80, 0x81, 0x9b, 0x9d, 0xc2, 0xe0, 0xed, 0xef, 0xbb, 0xbf, 0xf4, 0xfe, 0xff, 0x41), {
    maxLength: 200,
  }).map((a) => Uint8Array.from(a)),
  fc.tuple(fc.constantFrom([0xef, 0xbb, 0xbf], [0xff, 0xfe], [0xfe, 0xff], [0x89, 0x50]), fc.uint8Array({ maxLength: 300 }))
    .map(([head, tail]) => Uint8Array.from([...head, ...tail])),
);

describe('decodeBytes properties', () => {
  it('never throws and always returns a well-formed result', () => {
    fc.assert(
      fc.property(hostileBytes, (b) => {
        const r = decodeBytes(b);
        if (r.ok) {
          expect(typeof r.text).toBe('string');
          expect(r.warnings.every((w) => typeof w === 'string')).toBe(true);
        } else {
          expect(r.reason.length).toBeGreaterThan(0);
        }
      }),
      { numRuns: 2000 },
    );
  });

  it('Windows-1252 output never contains C1 controls', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), (b) => {
        const r = decodeBytes(b);
        if (r.ok && r.encoding === 'windows-1252') expect(r.text).not.toMatch(/[\u0080-\u009f]/);
      }),
      { numRuns: 2000 },
    );
  });

  it('any valid UTF-8 text without NUL round-trips', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (s) => {
        fc.pre(!s.includes('\0') && !s.startsWith('\uFEFF'));
        const b = new TextEncoder().encode(s);
        const r = decodeBytes(b);
        // Text that is mostly controls, or begins like a binary format, is allowed to be refused.
        if (r.ok) expect(r).toMatchObject({ text: s, encoding: 'utf-8', warnings: [] });
      }),
      { numRuns: 500 },
    );
  });
});
