/**
 * THE article renderer: what an article says, in reading order, as styled paragraphs grouped
 * between blank lines, before any wrapping. The reader (`article-lines.ts`, wrapped to the
 * pane) and `inkpress show`/`parse` (`article-text.ts`, plain text) both draw from it, so a new
 * block kind is added here once (one `case` below) and appears in both.
 */
import type { Article, Block, Caption } from '../library/model/article.js';
import type { Token } from './theme.js';

/** One paragraph to show: its text, its style, and a prefix for each of its lines (quotes). */
export interface Part {
  text: string;
  token: Token;
  /** Put before every line of the paragraph (after wrapping, on screen). */
  indent?: string;
  /** Put before the first line only (a list bullet `• `, `2. `); later lines line up after it. */
  marker?: string;
  /** Code and other text whose own lines and spaces matter: never re-flowed, only cut to fit. */
  preformatted?: boolean;
}

/** Paragraphs shown together; groups are separated by one blank line. */
export type PartGroup = readonly Part[];

/**
 * Where the article is shown: `screen` (the reader: long dates, a byline line, quotes with a
 * bar) or `plain` (stdout: dates as written, the byline in the meta line, quotes with `> `).
 */
export type RenderTarget = 'screen' | 'plain';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August',
  'September', 'October', 'November', 'December'];

/** `2023-10-26` → `26 October 2023` (locale-independent, so tests and screens agree). */
export function longDate(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  const month = m ? MONTHS[Number(m[2]) - 1] : undefined;
  return m && month ? `${Number(m[3])} ${month} ${m[1]}` : iso;
}

/** `Photo: text — credit`, as a caption is shown everywhere. */
export function captionText(caption: Pick<Caption, 'text' | 'credit'>): string {
  return caption.credit ? `Photo: ${caption.text} — ${caption.credit}` : `Photo: ${caption.text}`;
}

const QUOTE_INDENT: Record<RenderTarget, string> = { screen: '  │ ', plain: '> ' };

/** A name's words, folded for comparing: `Example Herald » Regional` → ` example herald regional `. */
const words = (text: string | null) => ` ${(text ?? '').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim()} `;

/**
 * The parts of a meta line, each name once: a part whose words another already says is left
 * out ("Example Herald » Regional · 5 May 2025", not "… · Example Herald"; a byline that is the
 * section or the outlet is not repeated).
 */
function distinct(parts: (string | null)[], said: readonly string[] = []): string[] {
  const kept: string[] = [...said.map(words)];
  return parts.filter((p): p is string => {
    const key = words(p);
    if (key.trim() === '' || kept.some((k) => k.includes(key))) return false;
    kept.push(key);
    return true;
  });
}

/** The head: meta line, byline and headline, grouped as each target shows them. */
function head(article: Article, target: RenderTarget): PartGroup[] {
  const muted = (text: string): Part => ({ text, token: 'text.muted' });
  const headline: Part = { text: article.headline, token: 'text.heading' };
  if (target === 'plain') {
    const meta = distinct([article.section, article.published, article.byline, article.outlet]).join(' · ');
    return [[...(meta ? [muted(meta)] : []), headline]];
  }
  const meta = distinct([article.section, article.published ? longDate(article.published) : null, article.outlet]);
  const top: Part[] = [];
  if (meta.length > 0) top.push(muted(meta.join(' · ')));
  const byline = article.byline?.replace(/^by\s+/i, '') ?? null;
  if (distinct([byline], meta).length > 0) top.push(muted(`By ${byline}`));
  return [top, [headline]];
}

const CODE_INDENT = '    ';

/** How one body block is drawn (headings, lists, quotes, code and tables each their own way). */
function blockPart(block: Exclude<Block, { kind: 'embed' }>, target: RenderTarget): Part {
  switch (block.kind) {
    case 'paragraph':
      return { text: block.text, token: 'text.primary' };
    case 'related':
      return { text: `Related: ${block.text}`, token: 'text.related' };
    case 'caption':
      return { text: captionText(block), token: 'text.caption' };
    case 'heading':
      // On stdout a Markdown-style mark says it is a heading; on screen its style does.
      return target === 'plain'
        ? { text: `${'#'.repeat(Math.min(4, Math.max(2, block.level)))} ${block.text}`, token: 'text.subheading' }
        : { text: block.text, token: 'text.subheading' };
    case 'list-item':
      return { text: block.text, token: 'text.primary', indent: '  '.repeat(block.depth), marker: block.marker ? `${block.marker} ` : '  ' };
    case 'quote':
      return { text: block.text, token: 'text.quote', indent: QUOTE_INDENT[target] };
    case 'preformatted':
      return { text: block.text, token: 'text.code', indent: CODE_INDENT, preformatted: true };
    case 'table-row':
      return { text: block.text, token: block.header ? 'text.subheading' : 'text.primary', indent: '  ' };
    default: {
      const never: never = block;
      return never;
    }
  }
}

// Kinds whose consecutive blocks stand together, without a blank line between them.
const RUNS = new Set<Block['kind']>(['list-item', 'table-row']);

/** The article as groups of styled paragraphs for `target`. */
export function articleParts(article: Article, target: RenderTarget): PartGroup[] {
  return [...partGroups(article, target)];
}

/**
 * {@link articleParts} one group at a time, each complete when the next is asked for: a reader
 * can wrap 400,000 paragraphs in slices (`prepareArticleLines`) without holding them all twice.
 */
export function* partGroups(article: Article, target: RenderTarget): Generator<PartGroup> {
  const groups: Part[][] = head(article, target).map((g) => [...g]);
  const lead = article.captions[0];
  const repeatsLead = (b: Block) => b.kind === 'caption' && b.text === lead?.text;
  // A lead caption the body repeats is shown once: on stdout where the body has it, on screen
  // with the headline (never before and after the standfirst both).
  const leadInBody = target === 'plain' && article.blocks.some(repeatsLead);
  if (lead && !leadInBody) groups.push([{ text: captionText(lead), token: 'text.caption' }]);
  if (article.standfirst) groups.push([{ text: article.standfirst, token: 'text.standfirst' }]);
  let previous: Block['kind'] | null = null;
  for (const block of article.blocks) {
    if (target === 'screen' && repeatsLead(block)) continue;
    if (block.kind === 'embed') {
      const indent = QUOTE_INDENT[target];
      const quote: Part[] = [{ text: block.text, token: 'text.quote', indent }];
      if (block.source) quote.push({ text: block.source, token: 'text.muted', indent });
      groups.push(quote);
    } else if (previous === block.kind && RUNS.has(block.kind)) {
      groups[groups.length - 1]!.push(blockPart(block, target));
    } else groups.push([blockPart(block, target)]);
    previous = block.kind;
    // Every group but the last is complete (the last may still take a run's next item).
    if (groups.length > 1) yield* groups.splice(0, groups.length - 1);
  }
  if (article.disclaimer) groups.push([{ text: article.disclaimer, token: 'text.muted' }]);
  if (article.url) groups.push([{ text: `Source: ${article.url}`, token: 'text.muted' }]);
  yield* groups;
}
