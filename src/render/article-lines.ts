/**
 * An article laid out as styled lines for one reading width: {@link articleParts} wrapped to
 * the pane. Wrapping is the expensive part of showing an article, so it happens ONCE per
 * article and width (memoized); the pane then renders only the slice of lines that fits
 * (windowed rendering, ink #359).
 */
import type { Article } from '../library/model/article.js';
import { breakWord, displayWidth, wrapText } from '../library/text/text-width.js';
import { articleParts } from './article-parts.js';
import type { Token } from './theme.js';

export { captionText, longDate } from './article-parts.js';

/** One display line and how it is styled. */
export interface ArticleLine {
  text: string;
  token: Token;
}

function build(article: Article, width: number): ArticleLine[] {
  const out: ArticleLine[] = [];
  for (const group of articleParts(article, 'screen')) {
    if (out.length > 0 && out[out.length - 1]?.text !== '') out.push({ text: '', token: 'text.primary' });
    for (const { text, token, indent = '', marker, preformatted } of group) {
      const room = width - displayWidth(indent);
      if (preformatted) {
        // Code keeps its lines and leading spaces; a line too wide is cut, not re-flowed.
        for (const raw of text.split('\n')) {
          const pieces = displayWidth(raw) <= room ? [raw] : breakWord(raw, room);
          for (const line of pieces) out.push({ text: indent + line, token });
        }
        continue;
      }
      const hang = marker ? ' '.repeat(displayWidth(marker)) : '';
      wrapText(text, room - hang.length).forEach((line, i) => {
        out.push({ text: indent + (i === 0 ? (marker ?? '') : hang) + line, token });
      });
    }
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
