/**
 * THE article renderer: what an article says, in reading order, as styled paragraphs grouped
 * between blank lines, before any wrapping. The reader (`article-lines.ts`, wrapped to the
 * pane) and `inkpress show`/`parse` (`article-text.ts`, plain text) both draw from it, so a new
 * block kind is added here once (one `case` below) and appears in both.
 */
import type { Article, Caption } from '../library/model/article.js';
import type { Token } from './theme.js';

/** One paragraph to show: its text, its style, and a prefix for each of its lines (quotes). */
export interface Part {
  text: string;
  token: Token;
  /** Put before every line of the paragraph (after wrapping, on screen). */
  indent?: string;
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

/** The head: meta line, byline and headline, grouped as each target shows them. */
function head(article: Article, target: RenderTarget): PartGroup[] {
  const muted = (text: string): Part => ({ text, token: 'text.muted' });
  const headline: Part = { text: article.headline, token: 'text.heading' };
  if (target === 'plain') {
    const meta = [article.section, article.published, article.byline, article.outlet].filter(Boolean).join(' · ');
    return [[...(meta ? [muted(meta)] : []), headline]];
  }
  const meta = [article.section, article.published ? longDate(article.published) : null, article.outlet]
    .filter((s): s is string => !!s);
  const top: Part[] = [];
  if (meta.length > 0) top.push(muted(meta.join(' · ')));
  if (article.byline) top.push(muted(`By ${article.byline.replace(/^by\s+/i, '')}`));
  return [top, [headline]];
}

/** The article as groups of styled paragraphs for `target`. */
export function articleParts(article: Article, target: RenderTarget): PartGroup[] {
  const groups = head(article, target);
  const lead = article.captions[0];
  // On stdout a lead caption the body repeats as a block is printed once, where the body has it.
  const leadRepeated = target === 'plain' && article.blocks.some((b) => b.kind === 'caption' && b.text === lead?.text);
  if (lead && !leadRepeated) groups.push([{ text: captionText(lead), token: 'text.caption' }]);
  if (article.standfirst) groups.push([{ text: article.standfirst, token: 'text.standfirst' }]);
  for (const block of article.blocks) {
    switch (block.kind) {
      case 'paragraph':
        groups.push([{ text: block.text, token: 'text.primary' }]);
        break;
      case 'related':
        groups.push([{ text: `Related: ${block.text}`, token: 'text.related' }]);
        break;
      case 'embed': {
        const indent = QUOTE_INDENT[target];
        const quote: Part[] = [{ text: block.text, token: 'text.quote', indent }];
        if (block.source) quote.push({ text: block.source, token: 'text.muted', indent });
        groups.push(quote);
        break;
      }
      case 'caption':
        groups.push([{ text: captionText(block), token: 'text.caption' }]);
        break;
      case 'heading':
      case 'list-item':
      case 'quote':
      case 'preformatted':
      case 'table-row':
        groups.push([{ text: block.text, token: 'text.primary' }]); // drawn apart by issue 11
        break;
      default: {
        const never: never = block;
        void never;
      }
    }
  }
  if (article.disclaimer) groups.push([{ text: article.disclaimer, token: 'text.muted' }]);
  if (article.url) groups.push([{ text: `Source: ${article.url}`, token: 'text.muted' }]);
  return groups;
}
