import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseFlatObject } from '../../src/store/flat-json.js';

/** What JSON.parse makes of `bytes` (as the store read them before), or 'refused'. */
function jsonOf(bytes: Buffer): unknown {
  try {
    return JSON.parse(bytes.toString('utf8'));
  } catch {
    return 'refused';
  }
}

const anyString = fc.oneof(fc.string({ unit: 'binary', maxLength: 40 }), fc.base64String({ maxLength: 60 }), fc.constantFrom('', '\n', '"', '\\', '__proto__', 'constructor', '\u0000\u001f'));
const value = fc.oneof(anyString, fc.integer(), fc.double({ noNaN: true, noDefaultInfinity: true }));
const flat = fc.dictionary(anyString, value, { maxKeys: 8 });

describe('reading a mark file without JSON.parse of the whole file', () => {
  it('gives what JSON.parse gives for any flat object, however written', () => {
    fc.assert(
      fc.property(flat, fc.constantFrom(undefined, 1, '\t'), (object, indent) => {
        const bytes = Buffer.from(JSON.stringify(object, null, indent));
        const parsed = parseFlatObject(bytes);
        // null is allowed (the caller then uses JSON.parse); anything else must be JSON's answer.
        if (parsed !== null) expect(parsed).toEqual(jsonOf(bytes));
      }),
      { numRuns: 500 },
    );
  });

  it('reads the usual files itself (strings of ids and positions, a format number)', () => {
    const file = { formatVersion: 4, read: 'AAECAwQFBgc=', readOther: 'x1\nx2', starred: '', starredOther: '', positioned: '', positionedOther: '', positions: '3:12\n0:4' };
    expect(parseFlatObject(Buffer.from(JSON.stringify(file)))).toEqual(file);
  });

  it('never accepts what JSON.parse refuses, nor reads damaged bytes differently', () => {
    const damage = fc.tuple(flat, fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 })), { minLength: 1, maxLength: 4 }), fc.nat());
    fc.assert(
      fc.property(damage, ([object, edits, cut]) => {
        const bytes = Buffer.from(JSON.stringify(object));
        for (const [at, byte] of edits) if (bytes.length > 0) bytes[at % bytes.length] = byte;
        // Also a torn file: cut short.
        for (const candidate of [bytes, bytes.subarray(0, cut % (bytes.length + 1))]) {
          const parsed = parseFlatObject(candidate);
          const json = jsonOf(candidate);
          if (json === 'refused') expect(parsed).toBeNull();
          else if (parsed !== null) expect(parsed).toEqual(json);
        }
      }),
      { numRuns: 2000 },
    );
  });

  it('leaves nested values, literals and __proto__ to JSON.parse', () => {
    for (const text of ['{"a":{"b":1}}', '{"a":[1]}', '{"a":true}', '{"a":null}', '{"__proto__":"x"}', '[1]', '"x"']) {
      expect(parseFlatObject(Buffer.from(text)), text).toBeNull();
    }
  });
});
