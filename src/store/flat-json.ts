import { isAscii } from 'node:buffer';

/**
 * Reads a JSON object whose values are all strings or numbers (what a mark file is) straight
 * from its bytes. `JSON.parse` needs the whole file as a string first: with a 1,000,000-mark
 * history that was 14 MB decoded to a string and parsed again, about a third of the store's
 * open (profiled). Here each value is cut out of the bytes; only a string holding escapes
 * goes through `JSON.parse`, alone. Anything else returns null, and the caller parses the
 * usual way: the result is always what `JSON.parse` would give, or null.
 */
const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const NUMBER = /^-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?$/;
// JSON forbids these unescaped inside a string.
const CONTROL = /[\u0000-\u001f]/;

const isSpace = (b: number | undefined) => b === 0x20 || b === 0x0a || b === 0x0d || b === 0x09;

function skipSpace(bytes: Buffer, at: number): number {
  while (isSpace(bytes[at])) at++;
  return at;
}

/** Where the string opened at `open` ends (its closing quote), or -1. */
function stringEnd(bytes: Buffer, open: number): number {
  let close = bytes.indexOf(QUOTE, open + 1);
  while (close !== -1) {
    let slashes = 0;
    while (bytes[close - 1 - slashes] === BACKSLASH) slashes++;
    if (slashes % 2 === 0) return close;
    close = bytes.indexOf(QUOTE, close + 1);
  }
  return -1;
}

/** The string between the quotes at `open` and `close`, or null if JSON would refuse it. */
function stringAt(bytes: Buffer, open: number, close: number): string | null {
  const inner = bytes.subarray(open + 1, close);
  if (inner.indexOf(BACKSLASH) !== -1) {
    try {
      return JSON.parse(bytes.toString('utf8', open, close + 1)) as string;
    } catch {
      return null;
    }
  }
  // ASCII (base64, hex, digits: nearly all of a mark file) is made into a string without a
  // UTF-8 decode: 1 ms instead of 50-190 ms for 10 MB (measured, Node 20).
  const text = isAscii(inner) ? inner.toString('ascii') : inner.toString('utf8');
  return CONTROL.test(text) ? null : text;
}

/** The object in `bytes` if it is flat (string and number values only), else null. */
export function parseFlatObject(bytes: Buffer): Record<string, string | number> | null {
  let at = skipSpace(bytes, 0);
  if (bytes[at] !== 0x7b) return null;
  const out: Record<string, string | number> = {};
  at = skipSpace(bytes, at + 1);
  if (bytes[at] === 0x7d) return skipSpace(bytes, at + 1) === bytes.length ? out : null;
  for (;;) {
    if (bytes[at] !== QUOTE) return null;
    const keyEnd = stringEnd(bytes, at);
    const key = keyEnd === -1 ? null : stringAt(bytes, at, keyEnd);
    // `__proto__` would set the prototype here, where JSON.parse makes a property: leave it to JSON.parse.
    if (key === null || key === '__proto__') return null;
    at = skipSpace(bytes, keyEnd + 1);
    if (bytes[at] !== 0x3a) return null;
    at = skipSpace(bytes, at + 1);
    if (bytes[at] === QUOTE) {
      const end = stringEnd(bytes, at);
      const value = end === -1 ? null : stringAt(bytes, at, end);
      if (value === null) return null;
      out[key] = value;
      at = end + 1;
    } else {
      let end = at;
      while (end < bytes.length && bytes[end] !== 0x2c && bytes[end] !== 0x7d && !isSpace(bytes[end])) end++;
      const token = bytes.toString('latin1', at, end);
      if (!NUMBER.test(token)) return null;
      out[key] = Number(token);
      at = end;
    }
    at = skipSpace(bytes, at);
    if (bytes[at] === 0x2c) at = skipSpace(bytes, at + 1);
    else if (bytes[at] === 0x7d) return skipSpace(bytes, at + 1) === bytes.length ? out : null;
    else return null;
  }
}
