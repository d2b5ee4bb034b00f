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
import { inline } from './markdown-inline.js';
import { normalizeNewlines, normalizeSpace } from '../text/whitespace.js';
import { FRONT_MATTER, hasFrontMatter } from './front-matter.js';

export { inline };

export { hasFrontMatter };

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

const IMAGE = /!\[([^[\]]*)\]\(([^()\s]*(?:\([^()]*\))?[^()\s]*)(?:\s+"([^"]*)")?\)/g;

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
    for (const piece of prose.split(/\n(?=[ \t]*(?:[-*+]|\d+[.)])\s|#{1,6}\s)/)) addPiece(piece);
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

/**
 * Splits on blank lines, keeping fenced code (```, ~~~) whole: a fence runs to the next line that
 * is the same mark alone. Line by line, each kind's closing lines found once: the regex this
 * replaces rescanned the rest of the text from every fence that never closed.
 */
function chunks(markdown: string): { text: string; fence: boolean }[] {
  const out: { text: string; fence: boolean }[] = [];
  const lines = markdown.split('\n');
  const closers: Record<string, number[]> = { '```': [], '~~~': [] };
  lines.forEach((line, i) => {
    const mark = /^(```|~~~)[ \t]*$/.exec(line)?.[1];
    if (mark) closers[mark]!.push(i);
  });
  const next: Record<string, number> = { '```': 0, '~~~': 0 };
  let prose: string[] = [];
  const flush = (): void => {
    let first = 0; // a paragraph starts on its first line that is not blank
    while (first < prose.length && prose[first]!.trim() === '') first++;
    for (const para of prose.slice(first).join('\n').split(/\n[ \t]*\n/)) if (para.trim()) out.push({ text: para, fence: false });
    prose = [];
  };
  for (let i = 0; i < lines.length; i++) {
    const mark = /^(```|~~~)/.exec(lines[i]!)?.[1];
    if (mark && i + 1 < lines.length) {
      const ends = closers[mark]!;
      while (next[mark]! < ends.length && ends[next[mark]!]! <= i) next[mark]!++;
      const end = ends[next[mark]!];
      if (end !== undefined) {
        flush();
        const code = lines.slice(i + 1, end).join('\n');
        if (code.trim()) out.push({ text: code, fence: true });
        i = end;
        continue;
      }
    }
    prose.push(lines[i]!);
  }
  flush();
  return out;
}
