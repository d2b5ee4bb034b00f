/**
 * Whether a file may be one of the formats read from their bytes (an EPUB book, an MHTML page, a
 * mail message, an mbox: `detect-bytes.ts`), told from its first bytes without the parsers of
 * those formats. Every file those parsers read passes; most text files fail on their first line.
 */
import { binaryOf } from './mime/transfer-encoding.js';

// RFC 5322 field names; a message starts with one (or with mbox's `From ` separator line).
export const FIRST_FIELD = /^[!-9;-~]+[ \t]*:/;
export const MBOX_START = /^From \S+.*\r?\n[!-9;-~]+[ \t]*:/;

/** Whether the bytes open a zip archive (an EPUB is one). */
export const isZip = (bytes: Uint8Array): boolean => bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;

/** False when `bytes` are surely none of the byte-level formats (so they are decoded as text). */
export function mayBeBytesFormat(bytes: Uint8Array): boolean {
  if (isZip(bytes)) return true;
  const start = binaryOf(bytes.subarray(0, 1024));
  return MBOX_START.test(start) || FIRST_FIELD.test(start);
}
