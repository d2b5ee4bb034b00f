/**
 * Formats told apart by their bytes, before any decoding: an EPUB is a zip, and a MIME message
 * (MHTML page, `.eml` newsletter, mbox) carries a charset per part, so each part must be decoded
 * from its own bytes rather than from a whole-file guess.
 */
import type { ParseOutcome } from './parse-outcome.js';
import { parseEmail, parseMbox } from './email.js';
import { isEpub, parseEpub } from './epub/epub.js';
import { isMhtmlHeaders, parseMhtml } from './mhtml.js';
import { headerEnd, MAX_HEADER_BYTES, parseHeaders } from './mime/mime-headers.js';
import { binaryOf } from './mime/transfer-encoding.js';
import { bytesStart } from './bytes-format-hint.js';

/** How far into a file its mail headers are looked for. */
const HEAD = 64 * 1024;

/** Which byte-level format `bytes` are, if any. */
export type BytesFormat = 'epub' | 'mhtml' | 'email' | 'mbox';

/** Detects an EPUB, an MHTML page, a mail message or an mbox from the first bytes. */
export function detectBytesFormat(bytes: Uint8Array): BytesFormat | null {
  // The text formats' path (parse/text-articles.ts) leaves a file here by this same test.
  const start = bytesStart(bytes);
  if (start === 'zip') return isEpub(bytes) ? 'epub' : null;
  if (start !== 'fields') return start;
  const head = binaryOf(bytes.subarray(0, HEAD));
  const { end } = headerEnd(head);
  if (end >= HEAD && bytes.length > MAX_HEADER_BYTES) return null;
  const headers = parseHeaders(head.slice(0, end));
  if (isMhtmlHeaders(headers)) return 'mhtml';
  // A mail message: a sender and either a subject or MIME framing. (A Markdown note's
  // front matter is `key: value` too, but it opens with `---`, and names no sender.)
  const mail = headers.has('from') && (headers.has('subject') || headers.has('mime-version')) && (headers.has('date') || headers.has('content-type'));
  return mail ? 'email' : null;
}

/** Parses a byte-level format, or null when `bytes` are none (decode them as text instead). */
export function parseBytesDocument(bytes: Uint8Array): ParseOutcome | null {
  const format = detectBytesFormat(bytes);
  if (format === null) return null;
  try {
    if (format === 'epub') return parseEpub(bytes);
    const binary = binaryOf(bytes);
    if (format === 'mhtml') return parseMhtml(binary);
    return format === 'mbox' ? parseMbox(binary) : parseEmail(binary);
  } catch (error) {
    return { ok: false, reason: `could not parse (${String((error as Error)?.message ?? error).slice(0, 80)})` };
  }
}
