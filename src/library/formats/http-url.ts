/**
 * A web address as the formats keep it: only http(s), normalised by `URL`. Saved pages, feeds,
 * Markdown, JSON, MHTML, EPUB and newsboat's cache all take an article's link through here.
 */
import { normalizeSpace } from '../text/whitespace.js';

/** The address when it is http(s), else null: a `javascript:` or relative link is never kept. */
export function httpUrl(value: string | null | undefined): string | null {
  const v = normalizeSpace(value ?? '');
  if (!/^https?:\/\//i.test(v)) return null;
  try {
    return new URL(v).href;
  } catch {
    return null;
  }
}
