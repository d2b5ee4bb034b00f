/**
 * An article laid out as styled lines for one reading width. Wrapping is the expensive part of
 * showing an article, so it happens ONCE per article and width (memoized); the pane then renders
 * only the slice of lines that fits (windowed rendering, ink #359).
 */
import type { Article, Caption } from '../library/model/article.js';
import type { Token } from './theme.js';
import { wrapText } from './text-fit.js';

/** One display line and how it is styled. */
export interface ArticleLine {
  text: string;
  token: Token;
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August',
  'September', 'October', 'November', 'December'];

/** `2023-10-26` → `26 October 2023` (locale-independent, so tests and screens agree). */
export function longDate(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  const month = m ? MONTHS[Number(m[2]) - 1] : undefined;
  return m && month ? `${Number(m[3])} ${month} ${m[1]}` : iso;
}

/** `Photo: text — credit`, as the caption is shown. */
export function captionText(caption: Pick<Caption, 'text' | 'credit'>): string {
  return caption.credit ? `Photo: ${caption.text} — ${caption.credit}` : `Photo: ${caption.text}`;
}

function build(article: Article, width: number): ArticleLine[] {
  const out: ArticleLine[] = [];
  const blank = () => {
    if (out.length > 0 && out[out.length - 1]?.text !== '') out.push({ text: '', token: 'text.primary' });
  };
  const para = (text: string, token: Token, indent = '') => {
    for (const line of wrapText(text, width - indent.length)) out.push({ text: indent + line, token });
  };

  const meta = [
    article.section,
    article.published ? longDate(article.published) : null,
    article.outlet,
  ].filter((s): s is string => !!s);
  if (meta.length > 0) para(meta.join(' · '), 'text.muted');
  if (article.byline) para(`By ${article.byline.replace(/^by\s+/i, '')}`, 'text.muted');
  blank();
  para(article.headline, 'text.heading');
  const lead = article.captions[0];
  if (lead) {
    blank();
    para(captionText(lead), 'text.caption');
  }
  if (article.standfirst) {
    blank();
    para(article.standfirst, 'text.standfirst');
  }
  for (const block of article.blocks) {
    blank();
    switch (block.kind) {
      case 'paragraph':
        para(block.text, 'text.primary');
        break;
      case 'related':
        para(`Related: ${block.text}`, 'text.related');
        break;
      case 'embed':
        para(block.text, 'text.quote', '  │ ');
        if (block.source) para(block.source, 'text.muted', '  │ ');
        break;
      case 'caption':
        para(captionText(block), 'text.caption');
        break;
      case 'heading':
      case 'list-item':
      case 'quote':
      case 'preformatted':
      case 'table-row':
        para(block.text, 'text.primary'); // drawn apart once the shared renderer lands (issue 11)
        break;
      default: {
        const never: never = block;
        void never;
      }
    }
  }
  if (article.disclaimer) {
    blank();
    para(article.disclaimer, 'text.muted');
  }
  if (article.url) {
    blank();
    para(`Source: ${article.url}`, 'text.muted');
  }
  return out;
}

const cache = new WeakMap<Article, Map<number, readonly ArticleLine[]>>();

/** The article's lines at `width` columns; the same array for the same article and width. */
export function articleLines(article: Article, width: number): readonly ArticleLine[] {
  const w = Math.max(10, Math.floor(width));
  let byWidth = cache.get(article);
  if (!byWidth) {
    byWidth = new Map();
    cache.set(article, byWidth);
  }
  let lines = byWidth.get(w);
  if (!lines) {
    lines = build(article, w);
    byWidth.set(w, lines);
  }
  return lines;
}
