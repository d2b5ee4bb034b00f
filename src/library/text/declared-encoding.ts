import type { DecodeResult } from './decode.js';
import { declaredCharset } from './declared-charset.js';

// decodeBytes already reads these right (valid UTF-8 first, else a correct Windows-1252 table;
// Node 20's own 'windows-1252' decoder is really Latin-1). Pages often mislabel UTF-8 as Latin-1.
const HANDLED = new Set(['utf-8', 'utf8', 'unicode-1-1-utf-8', 'iso-8859-1', 'latin1', 'l1', 'windows-1252', 'cp1252', 'us-ascii', 'ascii', 'utf-16', 'utf-16le', 'utf-16be']);

const hasBom = (b: Uint8Array) =>
  (b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf) || (b[0] === 0xff && b[1] === 0xfe) || (b[0] === 0xfe && b[1] === 0xff);

/**
 * Honours the encoding a feed or saved page declares about itself (`<?xml encoding>`,
 * `<meta charset>`) for encodings the content sniffing cannot tell apart, such as
 * ISO-8859-2, KOI8-R or Shift_JIS. A byte-order mark always wins over a declaration.
 */
export function withDeclaredEncoding(bytes: Uint8Array, decoded: DecodeResult & { ok: true }): string {
  if (hasBom(bytes)) return decoded.text;
  const label = declaredCharset(decoded.text);
  if (label === null || HANDLED.has(label)) return decoded.text;
  try {
    return new TextDecoder(label).decode(bytes);
  } catch {
    return decoded.text;
  }
}
