/**
 * Line classifiers for saved news pages: what is site furniture (navigation, share links,
 * comment counters, breadcrumbs) and what is a caption, an embed or a related headline.
 * Each takes one whitespace-normalized line with its bullet already removed.
 */
import { isJsSpace } from '../../text/whitespace.js';

/** Lower-case labels of navigation and share links, after `share on`/`share via` is removed. */
export const NAV_LABELS: ReadonlySet<string> = new Set([
  'live', 'live tv', 'watch live', 'audio only', 'listen', 'listen live', 'audio', 'video',
  'google plus', 'google+', 'google', 'facebook', 'twitter', 'x', 'x (twitter)', 'tweet',
  'tweet this', 'whatsapp', 'telegram', 'email', 'e-mail', 'mail', 'email this', 'print',
  'print this', 'copy link', 'copy', 'link', 'share', 'share this', 'share this article',
  'share article', 'share this story', 'reddit', 'linkedin', 'pinterest', 'tumblr', 'vk',
  'messenger', 'flipboard', 'bluesky', 'threads', 'mastodon', 'sms', 'instagram', 'youtube',
  'tiktok', 'menu', 'search', 'home', 'subscribe', 'follow us', 'follow', 'more', 'newsletter',
  'skip to content', 'skip to main content', 'sign in', 'log in', 'donate', 'comments',
]);
/** The wordings before a share link's network (`Share on Facebook`). */
export const SHARE_PREFIX = /^(?:share (?:on|via|to|with)|send (?:by|via)|post (?:to|on)|follow us on|follow on|email to a friend via)\s+/;

// isNavLabel runs on every line and item several times; it was 23 % of parsing a page in the
// profile of bench/parse-throughput.mjs (a `$`-anchored regex tried at every position, and
// splitting whole paragraphs into words). Both are now done without either.
const LINK_SEPARATOR = /\s*[|·•,]\s*|\s+/g;

const isTrailing = (c: number): boolean => c === 0x3a || c === 0x7c || c === 0x2e || isJsSpace(c);

/** Where the trailing run of whitespace, `:`, `|` and `.` starts in `s`. */
function trailingStart(s: string): number {
  let end = s.length;
  while (end > 0 && isTrailing(s.charCodeAt(end - 1))) end -= 1;
  return end;
}

// A label is at most this many words, or a share prefix (five words at most, `email to a friend
// via`, then a run of whitespace) and such a label.
const MAX_LABEL_SPACES = Math.max(...[...NAV_LABELS].map((l) => l.split(' ').length - 1)) + 5;

/** More runs of whitespace than `max` before `end` in `s`. */
function hasMoreSpaceRuns(s: string, end: number, max: number): boolean {
  let runs = 0;
  let inRun = false;
  for (let i = 0; i < end; i += 1) {
    const space = isJsSpace(s.charCodeAt(i));
    if (space && !inRun && ++runs > max) return true;
    inRun = space;
  }
  return false;
}

function isLabel(s: string): boolean {
  // Counted before lower-casing, which never adds, removes or makes whitespace, `:`, `|` or
  // `.`: the key keeps every run before the trailing one but perhaps a leading one.
  if (hasMoreSpaceRuns(s, trailingStart(s), MAX_LABEL_SPACES + 1)) return false;
  const lower = s.toLowerCase();
  const key = lower.slice(0, trailingStart(lower)).trim();
  return NAV_LABELS.has(key) || NAV_LABELS.has(key.replace(SHARE_PREFIX, ''));
}

const isPartSeparator = (c: number): boolean => c === 0x7c || c === 0xb7 || c === 0x2022 || c === 0x2c || isJsSpace(c);

// Every label, and every share wording, starts with one of these words.
const FIRST_WORDS: ReadonlySet<string> = new Set([...[...NAV_LABELS].map((l) => l.split(' ')[0]!), 'share', 'send', 'post', 'follow', 'email']);

/**
 * False when `text` cannot be a label or links: its first word (after any separators, up to the
 * next, without a trailing `:` or `.`) starts no label. Most lines are a paragraph or a headline
 * whose first word says so at once; isNavLabel runs on each line and item several times (6-8 %
 * of a parse worker's CPU at a cold start of the bench's 10,000 saved pages, profiled).
 */
function mayBeNavLabel(text: string): boolean {
  let start = 0;
  while (start < text.length && isPartSeparator(text.charCodeAt(start))) start += 1;
  let end = start;
  while (end < text.length && !isPartSeparator(text.charCodeAt(end))) end += 1;
  while (end > start && (text.charCodeAt(end - 1) === 0x3a || text.charCodeAt(end - 1) === 0x2e)) end -= 1;
  return FIRST_WORDS.has(text.slice(start, end).toLowerCase());
}

/** True for a navigation or share-link label (`Live`, `google plus`, `Share on Facebook`, `Tweet`, `X`...). */
export function isNavLabel(text: string): boolean {
  return mayBeNavLabel(text) && isNavLabelFully(text);
}

/** {@link isNavLabel} without its first-word shortcut (the tests compare both). */
export function isNavLabelFully(text: string): boolean {
  if (isLabel(text)) return true;
  // Several links on one line: "Facebook | Twitter | Email" or "Facebook Twitter WhatsApp".
  // Part by part, stopping at the first that is no label (a paragraph's first word).
  let parts = 0;
  let from = 0;
  LINK_SEPARATOR.lastIndex = 0;
  for (;;) {
    const separator = LINK_SEPARATOR.exec(text);
    const part = text.slice(from, separator ? separator.index : text.length);
    if (part !== '') {
      if (!isLabel(part)) return false;
      parts += 1;
    }
    if (!separator) return parts > 1;
    from = LINK_SEPARATOR.lastIndex;
  }
}

const COMMENTS =
  /^(?:post with (?:no|\d+) comments?|no comments(?: yet)?|\d+ comments?|comments? ?[:(]? ?\d+\)?|\(\d+\) comments?|(?:leave|add|post|write) a comment|(?:view|show|read|see|load) (?:all )?(?:\d+ )?comments?|be the first to comment|comments are closed)[.!]?$/i;

/** True for a comment counter such as `Post with no comments.`, `3 comments.`, `Comments (5)`. */
export function isCommentsLine(text: string): boolean {
  return COMMENTS.test(text);
}

/** The parts of a breadcrumb line such as `News > Palestine` or `Home > News > Sport`, or null. */
export function readBreadcrumb(text: string): string[] | null {
  if (!/[>›»]/.test(text)) return null;
  const parts = text.split(/\s*[>›»]\s*/).map((p) => p.trim());
  if (parts.length < 2 || parts.length > 6) return null;
  const crumb = (p: string): boolean =>
    p !== '' && p.length <= 60 && p.split(' ').length <= 8 && !/[.!?;]$/.test(p);
  return parts.every(crumb) ? parts : null;
}

const PIPED_CREDIT = /^(.*?)\s*\|\s*(?:photos?|images?|pictures?|credit|foto)\s*(?::|by\b)\s*(.*)$/i;

/** A caption line `Text | Photo: credit` (or a lone `Photo: credit`), split in two. */
export function readPhotoLine(text: string): { text: string; credit: string | null } | null {
  // The lazy `^(.*?)` retries at every character of every line (8 % of parsing a page in the
  // profile); without a `|` it cannot match.
  const piped = text.includes('|') ? PIPED_CREDIT.exec(text) : null;
  const lone = piped ? null : /^(?:photos?|image|credit)\s*:\s*(.+)$/i.exec(text);
  const found = piped ?? lone;
  if (!found) return null;
  const caption = piped ? (piped[1] ?? '') : '';
  const credit = (piped ? piped[2] : lone?.[1]) ?? '';
  return { text: caption.trim(), credit: credit.trim() === '' ? null : credit.trim() };
}

/**
 * The attribution line closing an embedded post: `— teleSUR English (@telesurenglish)
 * October 26, 2023` (Twitter/X) or `A post shared by Name (@handle)` (Instagram), or null.
 */
export function readEmbedSource(text: string): string | null {
  if (/^[—–-]{1,2}\s*\S.*\(@\w{1,30}\)/.test(text)) return text;
  if (/^A (?:post|photo|video) shared by \S.*$/i.test(text)) return text;
  if (/^Posted by \S.* on .*\d{4}$/.test(text)) return text; // Facebook
  return null;
}

/** True for the text of an embedded post: it carries a `pic.twitter.com` or `t.co` link. */
export function isEmbedText(text: string): boolean {
  return /\bpic\.(?:twitter|x)\.com\/\w+/i.test(text) || /https?:\/\/t\.co\/\w+$/.test(text);
}

const RELATED_MARKER =
  /^(?:related(?: articles?| stories| news| content| coverage| links?)?|read also|also read|see also|read more|more on this(?: story| topic)?|you may also like|recommended)\s*(?::\s*(.*))?$/i;

/**
 * A `RELATED:` marker line. Returns the headline written on the same line after the colon
 * (`''` when the headlines follow on their own lines), or null when the line is no marker.
 */
export function readRelatedMarker(text: string): string | null {
  const match = RELATED_MARKER.exec(text);
  return match ? (match[1] ?? '').trim() : null;
}

/** True for an opinion disclaimer ("The opinions expressed ... do not necessarily reflect ..."). */
export function isDisclaimer(text: string): boolean {
  if (text.length > 600) return false;
  const notNecessarily = /\bnot necessarily\b/i.test(text) && /\b(?:opinions?|views?|positions?)\b/i.test(text);
  const authorOwn = /\b(?:opinions?|views?)\s+expressed\b.{0,160}\b(?:author|writer|contributor)/i.test(text);
  return notNecessarily || authorOwn;
}

/**
 * An agency sign-off closing the text, e.g. `teleSUR/ JF`, `by: EFE/teleSUR-MS` or
 * `Example News/ RT - JF`: short names joined by slashes, no sentence punctuation.
 * Returns the credit without a leading `by`.
 */
export function readSignoff(text: string): string | null {
  const credit = text.replace(/^by:?\s*/i, '');
  if (!credit.includes('/') || /[.!?,;:]$/.test(credit)) return null;
  const parts = credit.split(/\s*\/\s*/);
  const isName = (p: string): boolean => /^[\p{L}\p{N}.&' -]+$/u.test(p) && p.split(' ').length <= 3;
  return parts.every(isName) ? credit : null;
}
