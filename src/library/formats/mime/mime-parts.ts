/**
 * A MIME message (mail or MHTML) split into its leaf parts, with the limits of the hostile-input
 * rules: multiparts nested more than {@link MAX_MIME_DEPTH} deep or more than
 * {@link MAX_MIME_PARTS} parts make the message unreadable with a reason, never a deep recursion.
 */
import { decodeWords, header, headerEnd, type Headers, parseHeaders, parseParams, type ParamValue } from './mime-headers.js';
import { decodeCharset, decodeTransfer } from './transfer-encoding.js';

/** Real mail nests 3–5 deep (mixed ⊃ alternative ⊃ related); far more is an attack. */
export const MAX_MIME_DEPTH = 24;
/** A newsletter with images has tens of parts; a saved page a few hundred. */
export const MAX_MIME_PARTS = 5000;

/** One leaf part: its headers, its type and the raw (still transfer-encoded) body. */
export interface MimePart {
  headers: Headers;
  type: ParamValue;
  body: string;
  /** The multipart types it sits in, outermost first (`multipart/alternative` ...). */
  within: string[];
}

/** Why a message could not be split. */
export class MimeLimitError extends Error {}

/** The header fields and the leaf parts of a message given as a binary string. */
export function parseMime(binary: string): { headers: Headers; parts: MimePart[] } {
  const { end, bodyStart } = headerEnd(binary);
  const headers = parseHeaders(binary.slice(0, end));
  const parts: MimePart[] = [];
  // An explicit stack, not recursion: depth is data the file controls.
  const stack: Array<{ headers: Headers; body: string; depth: number; within: string[] }> = [
    { headers, body: binary.slice(bodyStart), depth: 0, within: [] },
  ];
  while (stack.length > 0) {
    const entity = stack.pop()!;
    const type = parseParams(header(entity.headers, 'content-type') ?? 'text/plain');
    const boundary = type.params.get('boundary');
    if (!type.value.startsWith('multipart/') || !boundary) {
      parts.push({ headers: entity.headers, type, body: entity.body, within: entity.within });
      if (parts.length > MAX_MIME_PARTS) throw new MimeLimitError(`too many MIME parts (more than ${MAX_MIME_PARTS})`);
      continue;
    }
    if (entity.depth >= MAX_MIME_DEPTH) throw new MimeLimitError(`MIME parts nested too deeply (more than ${MAX_MIME_DEPTH} levels)`);
    const children = splitMultipart(entity.body, boundary);
    for (let i = children.length - 1; i >= 0; i--) {
      const child = children[i]!;
      const split = headerEnd(child);
      // A part that starts with a blank line has no headers (RFC 2046 §5.1.1: text/plain).
      const blank = /^\r?\n/.exec(child);
      stack.push({
        headers: blank ? new Map() : parseHeaders(child.slice(0, split.end)),
        body: blank ? child.slice(blank[0].length) : child.slice(split.bodyStart),
        depth: entity.depth + 1,
        within: [...entity.within, type.value],
      });
    }
    if (stack.length > MAX_MIME_PARTS) throw new MimeLimitError(`too many MIME parts (more than ${MAX_MIME_PARTS})`);
  }
  return { headers, parts };
}

/** The bodies between `--boundary` lines, up to `--boundary--` (RFC 2046 §5.1.1). */
function splitMultipart(body: string, boundary: string): string[] {
  const delimiter = `--${boundary}`;
  const parts: string[] = [];
  let start = -1;
  let pos = 0;
  while (pos <= body.length) {
    const at = body.indexOf(delimiter, pos);
    if (at < 0) break;
    const lineStart = at === 0 || body[at - 1] === '\n';
    // The delimiter line is the boundary alone (`--b1` must not match `--b10`): then `--`, spaces, the end.
    const eolAt = body.indexOf('\n', at);
    const tail = body.slice(at + delimiter.length, eolAt < 0 ? body.length : eolAt);
    if (!lineStart || !/^(?:--)?[ \t]*\r?$/.test(tail)) {
      pos = at + delimiter.length;
      continue;
    }
    if (start >= 0) parts.push(body.slice(start, at).replace(/\r?\n$/, ''));
    const closing = body.startsWith('--', at + delimiter.length);
    const eol = body.indexOf('\n', at);
    if (closing) return parts;
    start = eol < 0 ? body.length : eol + 1;
    pos = start;
  }
  if (start >= 0 && start < body.length) parts.push(body.slice(start)); // no closing delimiter: keep what came
  return parts;
}

/** The decoded text of a text part, in its charset (null when it is not text). */
export function partText(part: MimePart): string | null {
  const bytes = decodeTransfer(part.body, header(part.headers, 'content-transfer-encoding'));
  return decodeCharset(bytes, part.type.params.get('charset') ?? null);
}

/** Whether a part is an attachment (Content-Disposition: attachment, or a named non-text file). */
export function isAttachment(part: MimePart): boolean {
  const disposition = parseParams(header(part.headers, 'content-disposition'));
  return disposition.value === 'attachment';
}

/** A header decoded for display (RFC 2047 words), or null. */
export function decodedHeader(headers: Headers, name: string): string | null {
  const value = header(headers, name);
  return value === null ? null : decodeWords(value).replace(/\s+/g, ' ').trim() || null;
}
