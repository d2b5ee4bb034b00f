import { createHash } from 'node:crypto';
import { type ParsedArticle, paragraphsOf } from './article.js';

/**
 * An article's id, derived from what the article is rather than where its file is, so it stays
 * the same across restarts, renames and moves. A known original URL identifies the article;
 * otherwise its headline, date and body do. 64 bits of SHA-256: two different articles sharing
 * one would take billions of articles; the library still checks and reports any clash.
 */
export function articleId(article: ParsedArticle): string {
  const identity = article.url
    ? `url\n${article.url}`
    : ['text', article.headline, article.published ?? '', article.standfirst ?? ''].concat(paragraphsOf(article)).join('\n');
  return createHash('sha256').update(identity).digest('hex').slice(0, 16);
}
