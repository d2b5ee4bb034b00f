/**
 * Markdown notes and articles, with optional YAML front matter (`title`, `section`, `date`,
 * `caption`, `credit`, `byline`/`author`, `standfirst`/`summary`, `url`).
 */
import { parse as parseYaml } from 'yaml';
import { emptyArticle, type Block, type Caption, type ParsedArticle } from '../model/article.js';
import { parseDate } from './dates.js';
import type { ParseOutcome } from './parse-outcome.js';
import { splitCredit } from './html/html-captions.js';
import { httpUrl } from './http-url.js';
import { atxHeading } from './markdown-heading.js';
import { normalizeNewlines, normalizeSpace } from '../text/whitespace.js';

const FRONT_MATTER = /^---[ \t]*\n([\s\S]*?)\n(?:---|\.\.\.)[ \t]*(?:\n|$)/;

/** Whether the text opens with a YAML front-matter block (`---` … `---`). */
export function hasFrontMatter(text: string): boolean {
  return FRONT_MATTER.test(normalizeNewlines(text));
}

/** Parses a Markdown file into one article. Never throws. */
export function parseMarkdown(source: string): ParseOutcome {
  const text = normalizeNewlines(source);
  const match = FRONT_MATTER.exec(text);
  let fields: Record<string, unknown> = {};
  if (match) {
    try {
      // The default (core) schema builds plain data only; maxAliasCount stops alias bombs.
      const data: unknown = parseYaml(match[1]!, { maxAliasCount: 100, prettyErrors: false });
      if (data !== null && (typeof data !== 'object' || Array.isArray(data))) {
        return { ok: false, reason: 'front matter is not a list of "name: value" fields' };
      }
      fields = (data ?? {}) as Record<string, unknown>;
    } catch (error) {
      const first = (error as Error).message.split('\n')[0]!.slice(0, 100);
      return { ok: false, reason: `front matter: ${first}` };
    }
  }
  const field = (...names: string[]): string | null => {
    for (const name of names) {
      const value = fields[name];
      if (typeof value === 'string' || typeof value === 'number') return normalizeSpace(String(value)) || null;
      if (value instanceof Date && !Number.isNaN(value.getTime())) return value.toISOString().slice(0, 10);
    }
    return null;
  };

  const { blocks, captions, heading } = markdownBlocks(text.slice(match?.[0].length ?? 0));
  const title = field('title', 'headline');
  const headline = title ?? heading;
  if (!headline) return { ok: false, reason: 'no headline (no "title:" in front matter, no "# Heading")' };
  const leadText = field('caption');
  const lead: Caption[] = leadText ? [{ ...splitCredit(leadText), ...creditOf(field('credit')) }] : [];
  // A "# Heading" that repeats the front-matter title is not body text.
  const body = blocks.filter((b) => !(title && (b.kind === 'paragraph' || b.kind === 'heading') && b.text === title));
  const article: ParsedArticle = {
    ...emptyArticle('markdown'),
    section: field('section', 'category'),
    headline,
    captions: [...lead, ...captions],
    published: parseDate(field('date', 'published') ?? ''),
    byline: field('byline', 'author'),
    outlet: field('outlet', 'source'),
    standfirst: field('standfirst', 'summary', 'description'),
    blocks: body,
    url: httpUrl(field('url', 'link')),
  };
  return { ok: true, articles: [article] };
}

function creditOf(credit: string | null): Partial<Caption> {
  return credit ? { credit } : {};
}

interface MarkdownBody {
  blocks: Block[];
  captions: Caption[];
  /** The first `# Heading`, which names a note that has no front matter. */
  heading: string | null;
}

const IMAGE = /!\[([^\]]*)\]\(([^()\s]*(?:\([^()]*\))?[^()\s]*)(?:\s+"([^"]*)")?\)/g;

/** Blank-line separated Markdown → blocks (headings, list items, quotes, code, paragraphs), images as captions, markup removed. */
function markdownBlocks(markdown: string): MarkdownBody {
  const blocks: Block[] = [];
  const captions: Caption[] = [];
  let heading: string | null = null;
  const add = (raw: string, kind: 'paragraph' | 'quote' = 'paragraph'): void => {
    const text = inline(raw);
    if (text && /[\p{L}\p{N}]/u.test(text)) blocks.push({ kind, text });
  };

  for (const chunk of chunks(markdown)) {
    if (chunk.fence) {
      const code = chunk.text.trimEnd(); // not /\s+$/: quadratic in a long run of spaces
      if (code.trim()) blocks.push({ kind: 'preformatted', text: code });
      continue;
    }
    const lines = chunk.text.split('\n').filter((l) => !/^\s*\[[^\]]+\]:\s*\S+/.test(l)); // link definitions
    if (lines.length === 1 && /^\s*([-*_])(\s*\1){2,}\s*$/.test(lines[0]!)) continue; // a rule
    const h1 = atxHeading(lines[0] ?? '');
    if (h1?.level === 1 && !/^\s/.test(lines[0]!) && heading === null) {
      heading = inline(h1.text);
      lines.shift();
    }
    // Images stand where they are, as captions (the alt text, or the title when no alt).
    const prose = lines.join('\n').replace(IMAGE, (_all, alt: string, _src: string, title?: string) => {
      const text = normalizeSpace(alt) || normalizeSpace(title ?? '');
      if (text) {
        const caption = splitCredit(inline(text));
        captions.push(caption);
        blocks.push({ kind: 'caption', ...caption });
      }
      return '\n';
    });
    // Each list item and each heading is its own block; other lines flow together.
    for (const piece of prose.split(/\n(?=\s*(?:[-*+]|\d+[.)])\s+|#{1,6}\s)/)) addPiece(piece);
  }

  function addPiece(piece: string): void {
    const head = atxHeading(piece);
    if (head) {
      const text = inline(head.text);
      if (text) blocks.push({ kind: 'heading', text, level: head.level });
      return;
    }
    const item = /^(\s*)([-*+]|\d+[.)])\s+([\s\S]*)$/.exec(piece);
    if (item) {
      const text = inline(item[3]!);
      const marker = /\d/.test(item[2]!) ? `${parseInt(item[2]!, 10)}.` : '•';
      if (text) blocks.push({ kind: 'list-item', text, marker, depth: Math.min(8, Math.floor(item[1]!.replace(/\t/g, '    ').length / 2)) });
      return;
    }
    const quoted = piece.split('\n').filter((l) => l.trim());
    if (quoted.length > 0 && quoted.every((l) => /^\s{0,3}>/.test(l))) {
      // Quoted paragraphs are separated by a line holding only ">".
      for (const para of piece.replace(/^\s{0,3}>\s?/gm, '').split(/\n[ \t]*\n/)) add(para, 'quote');
      return;
    }
    add(piece.replace(/^\s{0,3}>\s?/gm, ''));
  }
  return { blocks, captions, heading };
}

/** Splits on blank lines, keeping fenced code (```) whole. */
function chunks(markdown: string): { text: string; fence: boolean }[] {
  const out: { text: string; fence: boolean }[] = [];
  const parts = markdown.split(/^(```|~~~)[^\n]*\n([\s\S]*?)^\1[ \t]*$/m);
  for (let i = 0; i < parts.length; i += 3) {
    for (const para of (parts[i] ?? '').split(/\n[ \t]*\n/)) if (para.trim()) out.push({ text: para, fence: false });
    const code = parts[i + 2];
    if (code?.trim()) out.push({ text: code, fence: true });
  }
  return out;
}

/** Inline Markdown → plain text: links keep their words, emphasis and code marks go. */
export function inline(markdown: string): string {
  // Escaped characters (\*) are set aside first so that no later rule treats them as markup.
  const escaped: string[] = [];
  const text = markdown
    .replace(/\\([\\`*_{}[\]()#+\-.!>~])/g, (_all, c: string) => `\uE000${escaped.push(c) - 1}\uE001`)
    .replace(/<(https?:\/\/[^>\s]+)>/g, '$1')
    .replace(/<\/?[a-zA-Z][^>]*>/g, '') // inline HTML tags
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\[([^\]]+)\]\[[^\]]*\]/g, '$1')
    .replace(/`([^`]+)`/g, '$1')
    .replace(/(\*\*|__)(?=\S)([\s\S]*?\S)\1/g, '$2')
    .replace(/(^|[^\p{L}\p{N}*])\*(?=\S)([^*]*?\S)\*/gu, '$1$2')
    .replace(/(^|[^\p{L}\p{N}_])_(?=\S)([^_]*?\S)_(?![\p{L}\p{N}])/gu, '$1$2')
    .replace(/~~(?=\S)([\s\S]*?\S)~~/g, '$1')
    .replace(/\uE000(\d+)\uE001/g, (_all, i: string) => escaped[Number(i)] ?? '');
  return normalizeSpace(text);
}
