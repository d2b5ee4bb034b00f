import type { DecodeResult } from './decode.js';
import { declaredCharset } from './declared-charset.js';

// decodeBytes already reads these right (valid UTF-8 first, else a correct Windows-1252 table;
// Node 20's own 'windows-1252' decoder is really Latin-1). Pages often mislabel UTF-8 as Latin-1.
const HANDLED = new Set(['utf-8', 'utf8', 'unicode-1-1-utf-8', 'iso-8859-1', 'latin1', 'l1', 'windows-1252', 'cp1252', 'us-ascii', 'ascii', 'utf-16', 'utf-16le', 'utf-16be']);

const hasBom = (b: Uint8Array) =>
  (b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf) || (b[0] === 0xff && b[1] === 0xfe) || (b[0] === 0xfe && b[1] === 0xff);

/** The text in the encoding chosen, and a note when the page's declaration was overruled. */
export interface DeclaredDecoding {
  text: string;
  note: string | null;
}

/**
 * Honours the encoding a feed or saved page declares about itself (`<?xml encoding>`,
 * `<meta charset>`) for encodings the content sniffing cannot tell apart, such as
 * ISO-8859-2, KOI8-R or Shift_JIS. A byte-order mark always wins over a declaration, and so
 * does valid UTF-8 with multi-byte characters: a page re-saved as UTF-8 often keeps its old
 * `charset=gb2312`, and legacy multi-byte text is almost never valid UTF-8 by chance.
 */
export function withDeclaredEncoding(bytes: Uint8Array, decoded: DecodeResult & { ok: true }): DeclaredDecoding {
  if (hasBom(bytes)) return { text: decoded.text, note: null };
  const label = declaredCharset(decoded.text);
  if (label === null || HANDLED.has(label)) return { text: decoded.text, note: null };
  const validUtf8 = decoded.encoding === 'utf-8' && decoded.warnings.length === 0;
  if (validUtf8 && /[^\u0000-\u007f]/.test(decoded.text)) {
    return { text: decoded.text, note: `declares charset ${label}, but the bytes are valid UTF-8: read as UTF-8` };
  }
  try {
    return { text: new TextDecoder(label).decode(bytes), note: null };
  } catch {
    return { text: decoded.text, note: null };
  }
}
