/**
 * Which parser reads a file: decided from its content, with the file name only as a hint (a feed
 * saved as `news.txt` is still a feed; a note named `.md` without a heading is text). Reads the
 * text formats itself (a saved page as text, a plain note): these need none of the parsers of
 * pages, feeds and Markdown (Readability, linkedom, htmlparser2, yaml: most of the code a process
 * loads to parse), so a library of text files is read without loading them (`detect.ts` has the rest).
 */
import type { ParsedArticle } from '../model/article.js';
import { hasFrontMatter } from './front-matter.js';
import { looksLikePageText, parsePageText } from './page-text/page-text.js';
import { parsePlainText } from './plain-text.js';
import { splitLines, type TextLine } from './text-lines.js';
import { isJsSpace } from '../text/whitespace.js';
import type { ParseOutcome } from './parse-outcome.js';

/** The formats told apart by {@link detectFormat}; feeds become `rss` or `atom` articles. */
export type DetectedFormat = 'json' | 'feed' | 'html' | 'markdown' | 'page-text' | 'plain-text';
/** The formats read by other parsers than this module's. */
export type OtherFormat = Exclude<DetectedFormat, 'page-text' | 'plain-text'>;
/** Reads a file of one of the {@link OtherFormat}s. */
export type OtherParser = (format: OtherFormat, text: string) => ParseOutcome;

// What may stand before the first element: an XML declaration, comments, processing
// instructions and a DOCTYPE (with an internal subset, as in entity-bomb feeds).
const PROLOG = /^(?:\s+|<\?[\s\S]*?\?>|<!--[\s\S]*?-->|<!doctype\b[^[>]*(?:\[[\s\S]*?\])?\s*>)*/i;
const FEED_ROOT = /^<(?:rss\b|rdf:rdf\b|feed\b[^>]*\bxmlns(?::\w+)?\s*=\s*["']http:\/\/www\.w3\.org\/2005\/atom)/i;
const HTML_START = /^(?:<!doctype\s+html\b|<(?:html|head|body|meta|title|article|main)\b)/i;
// A long DOCTYPE subset can push the root element far down; look that far and no further.
const HEAD_LIMIT = 64 * 1024;

/** Detects the format from the content; `fileName` breaks ties (`.html`, `.md`, `.json`). */
export function detectFormat(text: string, fileName: string): DetectedFormat {
  return detect(text, fileName).format;
}

/** The format, and for text formats the lines detection split (the parser reuses them). */
function detect(text: string, fileName: string): { format: DetectedFormat; lines?: readonly TextLine[] } {
  const body = text.replace(/^\uFEFF/, '');
  const trimmed = body.trimStart();
  const ext = /\.([a-z0-9]+)$/i.exec(fileName)?.[1]?.toLowerCase() ?? '';
  if (/^[{[]/.test(trimmed) && (ext === 'json' || parsesAsJson(trimmed))) return { format: 'json' };

  const head = body.slice(0, HEAD_LIMIT);
  const prolog = PROLOG.exec(head)?.[0].length ?? 0;
  const start = head.slice(prolog, prolog + 512);
  if (FEED_ROOT.test(start)) return { format: 'feed' };
  if (HTML_START.test(start) || HTML_START.test(trimmed)) return { format: 'html' };
  if (/^x?html?$/.test(ext) && /<(?:p|div|body|h1)\b/i.test(head)) return { format: 'html' };
  if (hasFrontMatter(body) || ext === 'md' || ext === 'markdown') return { format: 'markdown' };
  // The lines of `body` are those of `text`: splitLines drops a leading BOM itself.
  const lines = splitLines(body);
  return { format: looksLikePageText(body, lines) ? 'page-text' : 'plain-text', lines };
}

/** Whether the text is only whitespace (as `!text.trim()`, without copying a 5 MB page that ends in a space). */
function isBlank(text: string): boolean {
  for (let i = 0; i < text.length; i += 1) if (!isJsSpace(text.charCodeAt(i))) return false;
  return true;
}

function parsesAsJson(text: string): boolean {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}

/**
 * Detects the format and parses: the text formats here, the others with `others`; null for those
 * when `others` is null (the caller loads `detect.ts` and asks it). Never throws.
 */
export function parseDetected(text: string, fileName: string, others: OtherParser): ParseOutcome;
export function parseDetected(text: string, fileName: string, others: null): ParseOutcome | null;
export function parseDetected(text: string, fileName: string, others: OtherParser | null): ParseOutcome | null {
  try {
    if (isBlank(text)) return { ok: false, reason: 'empty file' };
    const { format, lines } = detect(text, fileName);
    if (format === 'page-text') return single(parsePageText(text, lines));
    // detect found no saved-page layout; parseText would look again (a second splitLines and
    // scoring, ~12 % of reading a plain note in the profile of bench/parse-throughput.mjs).
    // Its BOM strip changes no line looksLikePageText reads.
    if (format === 'plain-text') return single(parsePlainText(text, lines));
    return others === null ? null : others(format, text);
  } catch (error) {
    return { ok: false, reason: `could not parse (${String((error as Error)?.message ?? error).slice(0, 80)})` };
  }
}

/** A text as a saved page or a plain note, whichever it looks like. */
export function parseText(text: string): ParseOutcome {
  const lines = splitLines(text);
  return single(looksLikePageText(text, lines) ? parsePageText(text, lines) : parsePlainText(text, lines));
}

function single(article: ParsedArticle): ParseOutcome {
  return article.headline ? { ok: true, articles: [article] } : { ok: false, reason: 'no headline found' };
}
