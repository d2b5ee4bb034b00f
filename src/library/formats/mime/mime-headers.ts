/**
 * RFC 5322 header blocks: unfolded fields, RFC 2047 encoded words, and Content-Type parameters
 * (RFC 2045 §5.1, with RFC 2231 `name*=charset''value`). Input is a binary string.
 */
import { bytesOf, decodeBase64, decodeCharset } from './transfer-encoding.js';

/** Header fields by lower-case name, each with every value in order (folding removed). */
export type Headers = Map<string, string[]>;

/** Header blocks longer than this are not mail headers (a real one is a few KiB). */
export const MAX_HEADER_BYTES = 256 * 1024;
const FIELD = /^([!-9;-~]+)[ \t]*:[ \t]*(.*)$/;

/** Where the header block ends: the index of the blank line, and where the body starts. */
export function headerEnd(text: string, from = 0): { end: number; bodyStart: number } {
  const m = /\r?\n\r?\n/g;
  m.lastIndex = from;
  const hit = m.exec(text);
  if (!hit) return { end: text.length, bodyStart: text.length };
  return { end: hit.index, bodyStart: hit.index + hit[0].length };
}

/** Parses the header block `text[from, end)`; lines that are not fields end it (null if none). */
export function parseHeaders(block: string): Headers {
  const headers: Headers = new Map();
  let name: string | null = null;
  let value = '';
  const commit = (): void => {
    if (name === null) return;
    const list = headers.get(name) ?? [];
    list.push(value.trim());
    headers.set(name, list);
  };
  for (const line of block.split(/\r?\n/)) {
    if (/^[ \t]/.test(line) && name !== null) {
      value += ' ' + line.trim();
      continue;
    }
    commit();
    const m = FIELD.exec(line);
    name = m ? m[1]!.toLowerCase() : null;
    value = m ? m[2]! : '';
  }
  commit();
  return headers;
}

/** The first value of a field, or null. */
export function header(headers: Headers, name: string): string | null {
  return headers.get(name)?.[0] ?? null;
}

const ENCODED_WORD = /=\?([^?\s]+)\?([bBqQ])\?([^?\s]*)\?=/g;

/** Decodes RFC 2047 encoded words (`=?utf-8?Q?caf=C3=A9?=`); whitespace between two of them goes. */
export function decodeWords(value: string): string {
  const joined = value.replace(/(\?=)\s+(?==\?)/g, '$1');
  return joined.replace(ENCODED_WORD, (whole, charset: string, kind: string, data: string) => {
    const bytes =
      kind.toLowerCase() === 'b'
        ? decodeBase64(data)
        : bytesOf(data.replace(/_/g, ' ').replace(/=([0-9A-Fa-f]{2})/g, (_, h: string) => String.fromCharCode(parseInt(h, 16))));
    return decodeCharset(bytes, charset.split('*')[0]!) ?? whole;
  });
}

/** A Content-Type (or Content-Disposition) value: its lower-case value and its parameters. */
export interface ParamValue {
  value: string;
  params: Map<string, string>;
}

/** Splits `multipart/related; type="text/html"; boundary="--x"` into value and parameters. */
export function parseParams(field: string | null): ParamValue {
  const params = new Map<string, string>();
  if (!field) return { value: '', params };
  const re = /;\s*([^=\s;]+)\s*=\s*("(?:[^"\\]|\\.)*"|[^;]*)/g;
  const semi = field.indexOf(';');
  const value = (semi < 0 ? field : field.slice(0, semi)).trim().toLowerCase();
  re.lastIndex = semi < 0 ? field.length : semi;
  for (let m = re.exec(field); m; m = re.exec(field)) {
    let key = m[1]!.toLowerCase();
    let v = m[2]!.trim();
    if (v.startsWith('"')) v = v.slice(1, -1).replace(/\\(.)/g, '$1');
    // RFC 2231: name*=utf-8''caf%C3%A9 (continuations name*0*= are joined in order).
    const star = /^(.+?)(?:\*\d+)?\*$/.exec(key);
    if (star) {
      key = star[1]!;
      const ext = /^([^']*)'[^']*'(.*)$/.exec(v);
      const raw = (ext ? ext[2]! : v).replace(/%([0-9A-Fa-f]{2})/g, (_, h: string) => String.fromCharCode(parseInt(h, 16)));
      v = decodeCharset(bytesOf(raw), ext ? ext[1]! : 'utf-8') ?? raw;
    } else key = key.replace(/\*\d+$/, '');
    params.set(key, (params.has(key) && /\*\d+/.test(m[1]!) ? params.get(key)! : '') + v);
  }
  return { value, params };
}

/** `"The Daily" <news@daily.example>` → `The Daily`; a bare address → its local part's mailbox. */
export function displayName(from: string | null): string | null {
  if (!from) return null;
  const decoded = decodeWords(from).trim();
  const named = /^\s*"?([^"<]*?)"?\s*<[^>]*>/.exec(decoded);
  if (named && named[1]!.trim()) return named[1]!.trim();
  const address = /<?([^<>\s]+@[^<>\s]+)>?/.exec(decoded);
  const comment = /\(([^()]+)\)/.exec(decoded);
  if (comment) return comment[1]!.trim();
  return address ? address[1]! : decoded || null;
}
