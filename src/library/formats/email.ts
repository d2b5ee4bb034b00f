/**
 * Newsletters saved from mail: one message (`.eml`) or an mbox of them. The subject is the
 * headline, the list's name (List-Id) or else the sender the section, the Date header the date;
 * the HTML part (else the text part) is the body, and attachments are ignored.
 */
import { emptyArticle, type ParsedArticle } from '../model/article.js';
import { sanitizeText } from '../text/sanitize.js';
import { parseDate } from './dates.js';
import type { ParseOutcome } from './parse-outcome.js';
import { htmlToBlocks } from './html/html-to-blocks.js';
import { parseHtml } from './html/html.js';
import { decodedHeader, isAttachment, MimeLimitError, type MimePart, parseMime, partText } from './mime/mime-parts.js';
import { displayName, type Headers } from './mime/mime-headers.js';
import { normalizeSpace } from '../text/whitespace.js';

/** An mbox holding more messages than this is read up to it, the rest reported. */
export const MAX_MBOX_MESSAGES = 5000;

/** One message (a binary string) to one article, or why not. Never throws past a MIME limit. */
export function parseEmail(binary: string): ParseOutcome {
  try {
    const article = emailArticle(binary);
    return article ? { ok: true, articles: [article] } : { ok: false, reason: 'mail message without a subject or text' };
  } catch (error) {
    if (error instanceof MimeLimitError) return { ok: false, reason: error.message };
    throw error;
  }
}

/**
 * Every message of an mbox (mboxo/mboxrd: each starts with a `From ` line; `>From ` lines are
 * unescaped). Messages that fail are skipped; the file fails only when none reads.
 */
export function parseMbox(binary: string): ParseOutcome {
  const starts: number[] = [];
  const re = /^From [^\n]*\n/gm;
  for (let m = re.exec(binary); m; m = re.exec(binary)) {
    if (m.index === 0 || binary[m.index - 1] === '\n') starts.push(m.index);
    if (starts.length > MAX_MBOX_MESSAGES) break;
  }
  const articles: ParsedArticle[] = [];
  let reason = 'mailbox without readable messages';
  for (let i = 0; i < Math.min(starts.length, MAX_MBOX_MESSAGES); i++) {
    const from = binary.indexOf('\n', starts[i]!) + 1;
    const message = binary.slice(from, starts[i + 1] ?? binary.length).replace(/^>(>*From )/gm, '$1');
    const outcome = parseEmail(message);
    if (outcome.ok) articles.push(...outcome.articles);
    else reason = outcome.reason;
  }
  return articles.length > 0 ? { ok: true, articles } : { ok: false, reason };
}

function emailArticle(binary: string): ParsedArticle | null {
  const { headers, parts } = parseMime(binary);
  const headline = decodedHeader(headers, 'subject') ?? '';
  const body = bodyPart(parts);
  const text = body ? partText(body) : null;
  if (!headline || text === null) return null;
  const content = body!.type.value === 'text/html' ? fromHtml(sanitizeText(text)) : fromPlainText(sanitizeText(text), body!);
  return {
    ...emptyArticle('email'),
    section: sectionOf(headers),
    headline,
    published: parseDate(decodedHeader(headers, 'date') ?? ''),
    // The sender is the outlet (and often the section); a byline is the writer the newsletter names.
    byline: content.byline,
    outlet: displayName(decodedHeader(headers, 'from')),
    captions: content.captions,
    blocks: content.blocks,
    url: content.url,
  };
}

/** The list's name (`List-Id: Morning Briefing <briefing.daily.example>`), else the sender's. */
function sectionOf(headers: Headers): string | null {
  const listId = decodedHeader(headers, 'list-id');
  const listName = listId ? /^\s*"?([^"<]+?)"?\s*</.exec(listId)?.[1]?.trim() : null;
  return listName || displayName(decodedHeader(headers, 'from'));
}

/** The body to read: HTML when the message has it (the newsletter as designed), else plain text. */
function bodyPart(parts: MimePart[]): MimePart | undefined {
  const readable = parts.filter((p) => !isAttachment(p) && (p.type.value === 'text/html' || p.type.value === 'text/plain'));
  return readable.find((p) => p.type.value === 'text/html') ?? readable[0];
}

type Content = Pick<ParsedArticle, 'blocks' | 'captions' | 'url' | 'byline'>;

function fromHtml(html: string): Content {
  // Readability drops a newsletter's header, footer and unsubscribe links when it finds an article.
  const outcome = parseHtml(html);
  if (outcome.ok && outcome.articles[0]) {
    const a = outcome.articles[0];
    return { blocks: a.blocks, captions: a.captions, url: a.url, byline: a.byline };
  }
  const { blocks, captions } = htmlToBlocks(html);
  return { blocks, captions, url: null, byline: null };
}

/** Paragraphs split at blank lines; `format=flowed` soft breaks (a line ending in a space) joined. */
function fromPlainText(text: string, part: MimePart): Content {
  const flowed = part.type.params.get('format')?.toLowerCase() === 'flowed';
  const joined = flowed ? text.replace(/ \r?\n/g, ' ') : text;
  const paragraphs = joined.split(/\r?\n[ \t]*\r?\n/).map(normalizeSpace).filter((p) => /[\p{L}\p{N}]/u.test(p));
  return { blocks: paragraphs.map((p) => ({ kind: 'paragraph' as const, text: p })), captions: [], url: null, byline: null };
}
