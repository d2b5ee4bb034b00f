/**
 * How a file opens, as far as the formats read from their bytes care (an EPUB book, an MHTML
 * page, a mail message, an mbox: `detect-bytes.ts`), told without the parsers of those formats.
 * `detect-bytes.ts` decides from this first, so every file it reads passes
 * {@link mayBeBytesFormat}; most text files fail on their first line.
 */
import { binaryOf } from './mime/transfer-encoding.js';

// RFC 5322 field names; a message starts with one (or with mbox's `From ` separator line).
const FIRST_FIELD = /^[!-9;-~]+[ \t]*:/;
const MBOX_START = /^From \S+.*\r?\n[!-9;-~]+[ \t]*:/;

/** A zip archive (an EPUB is one), an mbox's separator line, or a header field; null for none. */
export type BytesStart = 'zip' | 'mbox' | 'fields';

/** Whether the bytes open a zip archive. */
export const isZip = (bytes: Uint8Array): boolean => bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;

/** How `bytes` open (see {@link BytesStart}). */
export function bytesStart(bytes: Uint8Array): BytesStart | null {
  if (isZip(bytes)) return 'zip';
  // Most files fail on their first line: 1 KiB is looked at.
  const start = binaryOf(bytes.subarray(0, 1024));
  if (MBOX_START.test(start)) return 'mbox';
  return FIRST_FIELD.test(start) ? 'fields' : null;
}

/** False when `bytes` are surely none of the byte-level formats (so they are decoded as text). */
export function mayBeBytesFormat(bytes: Uint8Array): boolean {
  return bytesStart(bytes) !== null;
}
