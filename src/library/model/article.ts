/**
 * The one article shape every format parses into. The library, the plain commands and the
 * reader all speak this shape; nothing downstream knows which file format an article came from.
 */

/** Which parser produced the article (detected from content, not only the extension). */
export type ArticleFormat =
  | 'page-text'
  | 'plain-text'
  | 'html'
  | 'rss'
  | 'atom'
  | 'markdown'
  | 'json';

/** A photo caption, with the credit that followed `| Photo:` (or null when there was none). */
export interface Caption {
  text: string;
  credit: string | null;
}

/**
 * One piece of the article body, in reading order. Only `paragraph` blocks are body text;
 * the others are shown set apart by the reader and listed separately by `parse --json`.
 */
export type Block =
  | { kind: 'paragraph'; text: string }
  /** A related-article headline that stood between paragraphs ("RELATED:" or a lone headline). */
  | { kind: 'related'; text: string }
  /** An embedded social-media post, kept as quoted text; `source` is e.g. `— Name (@handle) date`. */
  | { kind: 'embed'; text: string; source: string | null }
  /** A caption that stood inside the body (galleries), shown where it stood. */
  | { kind: 'caption'; text: string; credit: string | null };

/** What a format parser returns for one article, before the library gives it an id and a path. */
export interface ParsedArticle {
  format: ArticleFormat;
  /** From the breadcrumb, the feed title or front matter; null when the file did not say. */
  section: string | null;
  headline: string;
  /** Every photo caption, the lead photo first. */
  captions: Caption[];
  /** ISO date `YYYY-MM-DD`, or null when no date could be read. Never invented. */
  published: string | null;
  byline: string | null;
  /** The outlet named in an `Outlet | May 30, 2017` line, or a feed's title. */
  outlet: string | null;
  /** The summary paragraph set apart above the body. */
  standfirst: string | null;
  /** An opinion disclaimer ("The opinions expressed ... do not necessarily reflect ..."). */
  disclaimer: string | null;
  blocks: Block[];
  /** The article's original address, when the file knows it (http or https only). */
  url: string | null;
}

/** A parsed article as the library holds it. */
export interface Article extends ParsedArticle {
  /** Stable across restarts, renames and moves; never shared by two different articles. */
  id: string;
  /** The file it came from, relative to the library folder when inside it. */
  path: string;
}

/** Body paragraphs only (no related headlines, embeds or in-body captions). */
export function paragraphsOf(article: Pick<ParsedArticle, 'blocks'>): string[] {
  return article.blocks.flatMap((b) => (b.kind === 'paragraph' ? [b.text] : []));
}

/** Related-article headlines, in order. */
export function relatedOf(article: Pick<ParsedArticle, 'blocks'>): string[] {
  return article.blocks.flatMap((b) => (b.kind === 'related' ? [b.text] : []));
}

/** An empty article of the given format, for parsers to fill in. */
export function emptyArticle(format: ArticleFormat): ParsedArticle {
  return {
    format,
    section: null,
    headline: '',
    captions: [],
    published: null,
    byline: null,
    outlet: null,
    standfirst: null,
    disclaimer: null,
    blocks: [],
    url: null,
  };
}

/** A file that could not become an article, and why (shown by `inkpress stats` and the reader). */
export interface Problem {
  path: string;
  reason: string;
}
