/**
 * Inline Markdown → plain text: links keep their words, emphasis and code marks go. Linear in
 * the text: no pattern scans past the next character that could start another match (`[`, `(`,
 * `<`), and paired marks (`**`, `__`, `~~`) are matched with one forward scan. The regexes they
 * replace rescanned the rest of a paragraph from every unclosed `[`, `<` or `__`: a 320 KB
 * paragraph of them took 12 s.
 */
import { normalizeSpace } from '../text/whitespace.js';

const isSpace = (c: string | undefined): boolean => c === undefined || /\s/.test(c);

/**
 * Removes each pair of `mark`s around text that neither starts nor ends with white space
 * (`**bold**`), left to right, the first closing mark closing; an opening mark with no closing
 * one after it stays, and so does every later one (a later opening mark could only close on a
 * mark the first could have closed on).
 */
export function unwrapPairs(text: string, mark: string): string {
  let out = '';
  let from = 0;
  let open = text.indexOf(mark);
  while (open !== -1) {
    if (isSpace(text[open + mark.length])) {
      open = text.indexOf(mark, open + 1);
      continue;
    }
    let close = text.indexOf(mark, open + mark.length + 1);
    while (close !== -1 && isSpace(text[close - 1])) close = text.indexOf(mark, close + 1);
    if (close === -1) break;
    out += text.slice(from, open) + text.slice(open + mark.length, close);
    from = close + mark.length;
    open = text.indexOf(mark, from);
  }
  return out + text.slice(from);
}

/** Links nest one in another at most this deep (a badge: `[![alt](image)](link)`). */
const LINK_DEPTH = 3;

/**
 * `[text](url)`, `![alt](url)`, `[text][ref]` and `![alt][ref]` → their words, innermost first,
 * a pass per level of nesting. A url may hold one pair of parentheses (Wikipedia's do).
 */
function linkTexts(text: string): string {
  for (let depth = 0; depth < LINK_DEPTH; depth++) {
    const next = text
      .replace(/!?\[([^[\]]*)\]\([^()]*(?:\([^()]*\)[^()]*)?\)/g, '$1')
      .replace(/!?\[([^[\]]+)\]\[[^[\]]*\]/g, '$1');
    if (next === text) break;
    text = next;
  }
  return text;
}

/** The characters a backslash escapes: `\*` is a star, not emphasis. */
const ESCAPABLE = '\\`*_{}[]()#+-.!>~';
/** An escaped character is held as this private-use character plus its code (all are ASCII). */
const HOLD = 0xe000;
const HELD = /[\uE000-\uE07F]/;
/** A backslash and one of {@link ESCAPABLE}: the escapes numbered when they cannot be held. */
const ESCAPE = new RegExp(`\\\\([${ESCAPABLE.replace(/[\\\]\[^-]/g, '\\$&')}])`, 'g');

/**
 * The text with each escaped character (`\*`) held as a private-use character no rule treats as
 * markup, or null when the text holds such characters already. One pass per character, the
 * backslash's first (so `\\*` is a backslash, then a star), reads the pairs left to right as
 * one regex does. Not a regex with a callback per match: on a paragraph of 1.2 MB with 80,000
 * escapes, that and its reverse took 150 ms, and growing the input from 600 KB to 1.2 MB made
 * them 2.8 times slower (their garbage), where the other steps took twice as long.
 */
function holdEscapes(text: string): string | null {
  if (HELD.test(text)) return null;
  for (const c of ESCAPABLE) text = text.replaceAll(`\\${c}`, String.fromCharCode(HOLD + c.charCodeAt(0)));
  return text;
}

/** The held characters of {@link holdEscapes} given back. */
function releaseEscapes(text: string): string {
  for (const c of ESCAPABLE) text = text.replaceAll(String.fromCharCode(HOLD + c.charCodeAt(0)), c);
  return text;
}

/** Inline Markdown → plain text, spacing collapsed. */
export function inline(markdown: string): string {
  // Escaped characters (\*) are set aside first so that no later rule treats them as markup:
  // held one character each, or numbered when the text has the characters that would hold them.
  const escapes = markdown.includes('\\');
  const held = escapes ? holdEscapes(markdown) : markdown;
  const escaped: string[] = [];
  let text = (held ?? markdown.replace(ESCAPE, (_all, c: string) => `\uE000${escaped.push(c) - 1}\uE001`))
    .replace(/<(https?:\/\/[^<>\s]+)>/g, '$1')
    .replace(/<\/?[a-zA-Z][^<>]*>/g, '') // inline HTML tags
    .replace(/`([^`]+)`/g, '$1');
  text = linkTexts(text);
  for (const mark of ['**', '__']) text = unwrapPairs(text, mark);
  text = text
    .replace(/(^|[^\p{L}\p{N}*])\*(?=\S)([^*]*?\S)\*/gu, '$1$2')
    .replace(/(^|[^\p{L}\p{N}_])_(?=\S)([^_]*?\S)_(?![\p{L}\p{N}])/gu, '$1$2');
  text = unwrapPairs(text, '~~');
  if (held === null) text = text.replace(/\uE000(\d+)\uE001/g, (_all, i: string) => escaped[Number(i)] ?? '');
  else if (escapes) text = releaseEscapes(text);
  return normalizeSpace(text);
}
