/**
 * MHTML (`.mhtml`/`.mht`, Chromium's "Webpage, Single File"; RFC 2557): a MIME multipart/related
 * message whose root part is the page's HTML and whose other parts are its images, styles and
 * frames. The root HTML goes through the saved-page extractor; image parts give nothing (their
 * captions and alt text are in the HTML), so a page reads as it would saved as `.html`.
 */
import { sanitizeText } from '../text/sanitize.js';
import type { ParseOutcome } from './parse-outcome.js';
import { httpUrl } from './http-url.js';
import { parseHtml } from './html/html.js';
import { header, type Headers } from './mime/mime-headers.js';
import { MimeLimitError, type MimePart, parseMime, partText } from './mime/mime-parts.js';

/** Whether a header block is a saved page: multipart/related with an HTML root, or Chromium's snapshot header. */
export function isMhtmlHeaders(headers: Headers): boolean {
  const type = header(headers, 'content-type') ?? '';
  if (headers.has('snapshot-content-location')) return true;
  return /^\s*multipart\/related\b/i.test(type) && /\btype\s*=\s*"?text\/html/i.test(type);
}

/** The page in an MHTML file given as a binary string. Never throws. */
export function parseMhtml(binary: string): ParseOutcome {
  let message: ReturnType<typeof parseMime>;
  try {
    message = parseMime(binary);
  } catch (error) {
    if (error instanceof MimeLimitError) return { ok: false, reason: error.message };
    throw error;
  }
  const root = rootPart(message.headers, message.parts);
  if (!root) return { ok: false, reason: 'saved page (MHTML) without an HTML part' };
  const html = partText(root);
  if (html === null) return { ok: false, reason: 'saved page (MHTML) whose HTML part is not text' };
  const outcome = parseHtml(sanitizeText(html));
  if (!outcome.ok) return outcome;
  // The address the page was saved from, when the page itself names none.
  const saved = httpUrl(header(message.headers, 'snapshot-content-location') ?? header(root.headers, 'content-location'));
  const articles = outcome.articles.map((a) => ({ ...a, format: 'mhtml' as const, url: a.url ?? saved }));
  return { ok: true, articles };
}

/** The root part: the one `start` names (by Content-ID), else the first HTML part. */
function rootPart(headers: Headers, parts: MimePart[]): MimePart | undefined {
  const start = /\bstart\s*=\s*"?<?([^">;]+)>?"?/i.exec(header(headers, 'content-type') ?? '')?.[1];
  const byId = start ? parts.find((p) => (header(p.headers, 'content-id') ?? '').replace(/[<>]/g, '') === start) : undefined;
  return byId ?? parts.find((p) => p.type.value === 'text/html' || p.type.value === 'application/xhtml+xml');
}
