/**
 * MIME body decoding for mail and saved pages: quoted-printable (RFC 2045 §6.7), base64
 * (§6.8) and the part's charset. Bodies arrive as "binary strings" (one char per byte, Latin-1),
 * so an 8-bit body in any charset survives until its own charset decodes it.
 */
import { decodeBytes } from '../../text/decode.js';

/** A binary string (each char code 0–255) to its bytes. */
export function bytesOf(binary: string): Uint8Array {
  const out = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) out[i] = binary.charCodeAt(i) & 0xff;
  return out;
}

/**
 * Bytes to a binary string (one char per byte). Node's latin1 decoding maps each byte to the
 * char of that code, natively: spreading the bytes into String.fromCharCode cost 57 µs per KiB,
 * and every file's first KiB passes here on the way to format detection (cold start).
 */
export function binaryOf(bytes: Uint8Array): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
}

const hexValue = (c: number): number =>
  c >= 0x30 && c <= 0x39 ? c - 0x30 : c >= 0x41 && c <= 0x46 ? c - 0x37 : c >= 0x61 && c <= 0x66 ? c - 0x57 : -1;

/**
 * Quoted-printable to bytes: `=XX` is a byte, `=` at a line end is a soft break, and a malformed
 * `=` is kept as it is (RFC 2045 §6.7 note 2: be robust). Linear in the input.
 */
export function decodeQuotedPrintable(binary: string): Uint8Array {
  const out = new Uint8Array(binary.length);
  let n = 0;
  for (let i = 0; i < binary.length; i++) {
    const c = binary.charCodeAt(i);
    if (c !== 0x3d /* = */) {
      out[n++] = c & 0xff;
      continue;
    }
    // Soft line break: "=" then optional trailing spaces then CRLF or LF.
    let j = i + 1;
    while (binary.charCodeAt(j) === 0x20 || binary.charCodeAt(j) === 0x09) j++;
    if (binary.charCodeAt(j) === 0x0d && binary.charCodeAt(j + 1) === 0x0a) {
      i = j + 1;
      continue;
    }
    if (binary.charCodeAt(j) === 0x0a || j >= binary.length) {
      i = j;
      continue;
    }
    const hi = hexValue(binary.charCodeAt(i + 1));
    const lo = hexValue(binary.charCodeAt(i + 2));
    if (hi >= 0 && lo >= 0) {
      out[n++] = (hi << 4) | lo;
      i += 2;
    } else out[n++] = c;
  }
  return out.subarray(0, n);
}

/** Base64 to bytes, ignoring line breaks and any character outside the alphabet. */
export function decodeBase64(binary: string): Uint8Array {
  return new Uint8Array(Buffer.from(binary.replace(/[^A-Za-z0-9+/]/g, ''), 'base64'));
}

/** A part's body bytes, by its Content-Transfer-Encoding (7bit, 8bit and binary are as is). */
export function decodeTransfer(body: string, encoding: string | null): Uint8Array {
  const name = (encoding ?? '').trim().toLowerCase();
  if (name === 'quoted-printable') return decodeQuotedPrintable(body);
  if (name === 'base64') return decodeBase64(body);
  return bytesOf(body);
}

// Labels decodeBytes reads better than TextDecoder does (Node 20's windows-1252 is really Latin-1).
const SNIFFED = new Set(['', 'us-ascii', 'ascii', 'utf-8', 'utf8', 'iso-8859-1', 'latin1', 'windows-1252', 'cp1252']);

/**
 * Text of `bytes` in the declared `charset`: UTF-8 and Latin-1/Windows-1252 labels (often wrong
 * in mail) go through the library's own sniffing; others through TextDecoder (ISO-8859-2, KOI8-R,
 * Shift_JIS...), and an unknown label falls back to sniffing. Null for binary data.
 */
export function decodeCharset(bytes: Uint8Array, charset: string | null): string | null {
  const label = (charset ?? '').trim().toLowerCase();
  if (!SNIFFED.has(label)) {
    try {
      return new TextDecoder(label).decode(bytes);
    } catch {
      // an unknown label: sniff as for any file
    }
  }
  const decoded = decodeBytes(bytes);
  return decoded.ok ? decoded.text : null;
}
