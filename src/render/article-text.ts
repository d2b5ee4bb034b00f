/**
 * An article as clean plain text for stdout (`inkpress show`, `parse`): {@link articleParts}
 * unwrapped, one blank line between groups.
 */
import type { Article } from '../library/model/article.js';
import { articleParts, type Part } from './article-parts.js';

const plain = ({ text, indent = '', marker = '' }: Part) =>
  text.split('\n').map((line, i) => indent + (i === 0 ? marker : ' '.repeat(marker.length)) + line).join('\n');

/** An article as plain text: meta line, headline, caption, standfirst, body, related, source. */
export function articleText(article: Article): string {
  const groups = articleParts(article, 'plain').map((group) => group.map(plain).join('\n'));
  return groups.join('\n\n').trimEnd() + '\n';
}
