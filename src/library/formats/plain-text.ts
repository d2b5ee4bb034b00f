/**
 * The parser for an ordinary plain-text article: the first non-empty line is the headline,
 * then blank-line-separated paragraphs (hard-wrapped lines are joined with spaces); a bulleted
 * line (`•`, `◦`, `*`, `+`…) is a list item.
 */
import { emptyArticle, type Block, type ParsedArticle } from '../model/article.js';
import { readByline, readDateLine } from './meta-lines.js';
import { splitLines, toItems, type TextLine } from './text-lines.js';

// Lines right under the headline that may be a date or a byline rather than text.
const MAX_META_LINES = 3;

/**
 * Parses a plain-text article. Up to three lines right under the headline that are a date
 * (any common format, `Published ...` or `Outlet | date`) or a byline (`By Jane Doe`) fill
 * `published`, `outlet` and `byline` instead of becoming paragraphs. The section is left null
 * for the library to take from the folder.
 */
export function parsePlainText(text: string, lines: readonly TextLine[] = splitLines(text)): ParsedArticle {
  const article = emptyArticle('plain-text');
  const [first, ...rest] = lines;
  if (!first) return article;
  article.headline = first.text;

  let start = 0;
  while (start < rest.length && start < MAX_META_LINES) {
    const line = rest[start] as TextLine;
    const date = readDateLine(line.text);
    const byline = date ? null : readByline(line.text);
    if (date && article.published === null) {
      article.published = date.published;
      article.outlet = date.outlet;
    } else if (byline !== null && article.byline === null) {
      article.byline = byline;
    } else {
      break;
    }
    start += 1;
  }

  // Only the lines right under the headline are metadata; a date-like line later stays text.
  const items = toItems(rest.slice(start), () => false);
  article.blocks = items.map((item): Block =>
    item.bullet ? { kind: 'list-item', text: item.text, marker: '•', depth: 0 } : { kind: 'paragraph', text: item.text },
  );
  return article;
}
