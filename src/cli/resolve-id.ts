/** Finding an article from what the user typed of its id: like git, any unique start will do. */
import { stripControls } from '../library/text/strip-controls.js';
import { UserError } from './usage.js';

/** What `resolveId` needs of an article: its id, and a headline to list candidates by. */
export interface IdCandidate {
  id: string;
  headline: string;
}

/** The shortest prefix length at which every id of the library is told apart (at least 1). */
export function shortestUniquePrefix(ids: readonly string[]): number {
  const sorted = [...ids].map((id) => id.toLowerCase()).sort();
  let longest = 0;
  for (let i = 1; i < sorted.length; i++) {
    const a = sorted[i - 1]!;
    const b = sorted[i]!;
    let same = 0;
    while (same < a.length && same < b.length && a[same] === b[same]) same++;
    longest = Math.max(longest, same);
  }
  return longest + 1;
}

const LISTED = 10;

/**
 * The id the user means: an exact id, or the one id starting with `wanted` (any case). An
 * ambiguous start lists the candidates; an unknown one says how short a start may be.
 */
export function resolveId(articles: readonly IdCandidate[], wanted: string): string {
  const key = wanted.trim().toLowerCase();
  const shown = stripControls(wanted);
  if (key === '') throw new UserError("no id given (see 'inkpress list')");
  const exact = articles.find((a) => a.id.toLowerCase() === key);
  if (exact) return exact.id;
  const matches = articles.filter((a) => a.id.toLowerCase().startsWith(key));
  if (matches.length === 1) return matches[0]!.id;
  const shortest = shortestUniquePrefix(articles.map((a) => a.id));
  if (matches.length > 1) {
    const listed = matches.slice(0, LISTED).map((a) => `  ${a.id}  ${stripControls(a.headline)}`);
    const more = matches.length > LISTED ? [`  … and ${matches.length - LISTED} more`] : [];
    throw new UserError(
      [`id '${shown}' matches ${matches.length} articles; give more of it (${shortest} characters tell every id apart here):`, ...listed, ...more].join('\n'),
    );
  }
  throw new UserError(`no article with id '${shown}' (see 'inkpress list'; the first ${shortest} characters of an id are enough)`);
}
