/**
 * JSON-LD on a saved page: the first object whose `@type` is an article kind (`NewsArticle`,
 * `BlogPosting`, `Report`…), looked for inside `@graph` and arrays too. Broken JSON-LD is
 * common and skipped; the page's other metadata still counts.
 */
import { normalizeSpace } from '../../text/whitespace.js';

/** A JSON object. */
export type Json = Record<string, unknown>;

const ARTICLE_TYPE = /Article|BlogPosting|Report|NewsArticle|Posting/;
// Article types that name a list or a collection, not a story.
const LIST_TYPE = /List|Collection|WebSite|SearchResults/;
/** A JSON-LD script longer than this is not read (no article's metadata is that long). */
export const MAX_SOURCE = 500_000;

/** The first JSON-LD article object in these scripts' sources, or null. */
export function jsonLdArticleIn(sources: Iterable<string>): Json | null {
  for (const source of sources) {
    if (source.length > MAX_SOURCE) continue;
    let data: unknown;
    try {
      data = JSON.parse(source);
    } catch {
      continue;
    }
    const queue = [data];
    for (let i = 0; i < queue.length && i < 200; i++) {
      const item = queue[i];
      if (Array.isArray(item)) queue.push(...item);
      const o = asObject(item);
      if (!o) continue;
      const type = String(o['@type'] ?? '');
      if (ARTICLE_TYPE.test(type) && !LIST_TYPE.test(type)) return o;
      if (o['@graph']) queue.push(o['@graph']);
    }
  }
  return null;
}

function asObject(value: unknown): Json | null {
  return value && typeof value === 'object' && !Array.isArray(value) ? (value as Json) : null;
}

/** A JSON-LD string value, whitespace-normalized; null for anything else or blank. */
export function ldText(value: unknown): string | null {
  return typeof value === 'string' ? normalizeSpace(value) || null : null;
}

/** The article's authors' names (people and named authors; not the publishing organisation). */
export function ldAuthor(ld: Json | null): string | null {
  const publisher = ldText(asObject(ld?.publisher)?.name);
  const authors = Array.isArray(ld?.author) ? ld.author : [ld?.author];
  const names = authors
    .filter((a) => !/Organization/i.test(String(asObject(a)?.['@type'] ?? '')))
    .map((a) => ldText(a) ?? ldText(asObject(a)?.name))
    .filter((n): n is string => !!n && n !== publisher && !/^https?:/i.test(n));
  return names.length ? names.join(', ') : null;
}
