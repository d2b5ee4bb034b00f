/**
 * Bytes on disk to a JavaScript string, for untrusted saved pages. Decides the encoding
 * (byte-order mark, then UTF-8, then Windows-1252), refuses binary files, and never throws.
 * The text is NOT yet safe to print: pass it through `sanitizeText` (sanitize.ts).
 */
import { binarySignature } from './binary-signature.js';
import { scanUtf8 } from './utf8-scan.js';

/** The encodings an article file can be read in. */
export type TextEncodingName = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';

/** Decoded text with the encoding used and anything worth telling the reader, or why not. */
export type DecodeResult =
  | { ok: true; text: string; encoding: TextEncodingName; warnings: string[] }
  | { ok: false; reason: string };

/**
 * Windows-1252 bytes 0x80–0x9F (WHATWG Encoding Standard index-windows-1252; unicode.org
 * CP1252.TXT). The five bytes CP1252 leaves undefined (0x81 0x8D 0x8F 0x90 0x9D) become U+FFFD:
 * WHATWG maps them to C1 controls, and U+009D is an 8-bit OSC introducer to some terminals.
 * We do not use `TextDecoder('windows-1252')`: Node 20 decodes that label as ISO-8859-1
 * (0x93 → U+0093 instead of “), and newer versions follow WHATWG (undefined bytes → C1).
 */
const CP1252_HIGH =
  '\u20AC\uFFFD\u201A\u0192\u201E\u2026\u2020\u2021\u02C6\u2030\u0160\u2039\u0152\uFFFD\u017D\uFFFD' +
  '\uFFFD\u2018\u2019\u201C\u201D\u2022\u2013\u2014\u02DC\u2122\u0161\u203A\u0153\uFFFD\u017E\u0178';

/**
 * Mostly-valid UTF-8 is read as UTF-8 with U+FFFD for the bad sequences when there are at least
 * this many valid multi-byte sequences per invalid one (≥ 80 % of non-ASCII characters decode):
 * a UTF-8 page with a pasted Windows-1252 quote or a flipped bit. Windows-1252 text almost never
 * forms a valid multi-byte UTF-8 sequence (a lead byte must be followed by 0x80–0xBF), so it
 * lands well below the ratio and falls back to Windows-1252.
 */
export const UTF8_VALID_PER_INVALID = 4;

/** Below this share of printable bytes in the first 4 KiB, BOM-less data is called binary. */
const CONTROL_SAMPLE = 4096;
const MAX_CONTROL_SHARE = 0.3;

function decodeCp1252(b: Uint8Array): string {
  const chunks: string[] = [];
  const CHUNK = 8192;
  const codes = new Uint16Array(Math.min(b.length, CHUNK));
  for (let start = 0; start < b.length; start += CHUNK) {
    const end = Math.min(b.length, start + CHUNK);
    for (let i = start; i < end; i++) {
      const byte = b[i]!;
      codes[i - start] = byte >= 0x80 && byte <= 0x9f ? CP1252_HIGH.charCodeAt(byte - 0x80) : byte;
    }
    chunks.push(String.fromCharCode(...codes.subarray(0, end - start)));
  }
  return chunks.join('');
}

function decodeUtf16(b: Uint8Array, bigEndian: boolean, warnings: string[]): string {
  let body = b;
  if (body.length % 2 === 1) {
    warnings.push('odd number of bytes in UTF-16 text; the last byte was ignored');
    body = body.subarray(0, body.length - 1);
  }
  if (bigEndian) {
    // Swap to little-endian ourselves rather than rely on ICU shipping the utf-16be label.
    const swapped = new Uint8Array(body.length);
    for (let i = 0; i < body.length; i += 2) {
      swapped[i] = body[i + 1]!;
      swapped[i + 1] = body[i]!;
    }
    body = swapped;
  }
  return new TextDecoder('utf-16le', { ignoreBOM: true }).decode(body);
}

/** BOM-less UTF-16 (some Windows tools): nearly every other byte is NUL, the rest are not. */
function guessUtf16(b: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const n = Math.min(b.length - (b.length % 2), CONTROL_SAMPLE);
  if (n < 4) return null;
  let evenNul = 0;
  let oddNul = 0;
  for (let i = 0; i < n; i += 2) {
    if (b[i] === 0) evenNul++;
    if (b[i + 1] === 0) oddNul++;
  }
  const pairs = n / 2;
  if (oddNul >= pairs * 0.9 && evenNul === 0) return 'utf-16le';
  if (evenNul >= pairs * 0.9 && oddNul === 0) return 'utf-16be';
  return null;
}

function mostlyControls(b: Uint8Array): boolean {
  const n = Math.min(b.length, CONTROL_SAMPLE);
  let controls = 0;
  for (let i = 0; i < n; i++) {
    const c = b[i]!;
    // Tab, LF, VT, FF, CR and ESC occur in real text files (ESC in captured terminal output).
    if ((c < 0x20 && !(c >= 0x09 && c <= 0x0d) && c !== 0x1b) || c === 0x7f) controls++;
  }
  return n > 0 && controls / n > MAX_CONTROL_SHARE;
}

function decodeUnsafe(bytes: Uint8Array): DecodeResult {
  const warnings: string[] = [];
  const [b0, b1, b2, b3] = bytes;
  if (b0 === 0xef && b1 === 0xbb && b2 === 0xbf) {
    const body = bytes.subarray(3);
    const scan = scanUtf8(body);
    if (scan.invalid > 0) warnings.push(`${scan.invalid} invalid UTF-8 sequence(s) shown as �`);
    if (scan.truncatedTail) warnings.push('text ends in the middle of a character');
    const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(body);
    return { ok: true, text, encoding: 'utf-8', warnings };
  }
  if (b0 === 0xff && b1 === 0xfe && !(b2 === 0 && b3 === 0)) {
    return { ok: true, text: decodeUtf16(bytes.subarray(2), false, warnings), encoding: 'utf-16le', warnings };
  }
  if (b0 === 0xfe && b1 === 0xff) {
    return { ok: true, text: decodeUtf16(bytes.subarray(2), true, warnings), encoding: 'utf-16be', warnings };
  }
  if ((b0 === 0xff && b1 === 0xfe) || (b0 === 0 && b1 === 0 && b2 === 0xfe && b3 === 0xff)) {
    return { ok: false, reason: 'UTF-32 text is not supported' };
  }
  const signature = binarySignature(bytes);
  if (signature !== null) return { ok: false, reason: `binary file (${signature})` };
  if (bytes.includes(0)) {
    const guess = guessUtf16(bytes);
    if (guess === null) return { ok: false, reason: 'contains NUL bytes' };
    warnings.push(`no byte-order mark; read as ${guess.toUpperCase()}`);
    return { ok: true, text: decodeUtf16(bytes, guess === 'utf-16be', warnings), encoding: guess, warnings };
  }
  if (mostlyControls(bytes)) return { ok: false, reason: 'binary file (mostly control bytes)' };

  const scan = scanUtf8(bytes);
  // "café" in Windows-1252 ends in a lone lead byte: only trust a cut-off tail as UTF-8 when
  // the rest of the file shows real multi-byte sequences.
  const invalid = scan.invalid + (scan.truncatedTail && scan.multiByte === 0 ? 1 : 0);
  if (invalid === 0 || scan.multiByte >= invalid * UTF8_VALID_PER_INVALID) {
    if (scan.invalid > 0) warnings.push(`${scan.invalid} invalid UTF-8 sequence(s) shown as �`);
    if (scan.truncatedTail) warnings.push('text ends in the middle of a character');
    const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
    return { ok: true, text, encoding: 'utf-8', warnings };
  }
  warnings.push('not valid UTF-8; read as Windows-1252');
  return { ok: true, text: decodeCp1252(bytes), encoding: 'windows-1252', warnings };
}

/**
 * Decodes an article file's bytes. A byte-order mark decides the encoding and is removed;
 * otherwise UTF-8 when valid or mostly valid (see {@link UTF8_VALID_PER_INVALID}), else
 * Windows-1252. Binary files (by signature, NUL bytes or mostly control bytes) are refused.
 * Never throws, whatever the input.
 */
export function decodeBytes(bytes: Uint8Array): DecodeResult {
  try {
    if (!(bytes instanceof Uint8Array)) return { ok: false, reason: 'not a byte array' };
    return decodeUnsafe(bytes);
  } catch (error) {
    return { ok: false, reason: `could not decode (${error instanceof Error ? error.message : String(error)})` };
  }
}
