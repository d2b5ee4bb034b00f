/**
 * An article as clean plain text for stdout (`inkpress show`, `parse`): {@link articleParts},
 * one blank line between groups, either unwrapped or wrapped to a width (`show`: the
 * terminal's, or `--width`).
 */
import type { Article } from '../library/model/article.js';
import { displayWidth } from '../library/text/text-width.js';
import { wrapText } from '../library/text/wrap-text.js';
import { articleParts, type Part } from './article-parts.js';

const plain = ({ text, indent = '', marker = '' }: Part) =>
  text.split('\n').map((line, i) => indent + (i === 0 ? marker : ' '.repeat(marker.length)) + line).join('\n');

/**
 * One paragraph wrapped to `width` columns between words (a word wider than the line is broken),
 * its indent on every line and its marker's room kept under the first. Code keeps its lines.
 */
function wrapped(part: Part, width: number): string {
  if (part.preformatted) return plain(part);
  const { text, indent = '', marker = '' } = part;
  const hang = ' '.repeat(displayWidth(marker));
  const room = Math.max(1, width - displayWidth(indent) - displayWidth(hang));
  const lines = text.split('\n').flatMap((line) => wrapText(line, room));
  return lines.map((line, i) => indent + (i === 0 ? marker : hang) + line).join('\n');
}

const joined = (groups: string[]) => groups.join('\n\n').trimEnd() + '\n';

/** An article as plain text: meta line, headline, caption, standfirst, body, related, source. */
export function articleText(article: Article): string {
  return joined(articleParts(article, 'plain').map((group) => group.map(plain).join('\n')));
}

/** {@link articleText} with every paragraph wrapped to `width` columns, never inside a word that fits. */
export function wrappedArticleText(article: Article, width: number): string {
  return joined(articleParts(article, 'plain').map((group) => group.map((part) => wrapped(part, width)).join('\n')));
}
