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
  | 'json'
  /** A saved page in one MIME file (`.mhtml`, Chromium's "Webpage, Single File"). */
  | 'mhtml'
  /** An article of an e-book edition (`.epub`, e.g. calibre's news downloads). */
  | 'epub'
  /** A newsletter saved from mail (`.eml`, or one message of an mbox). */
  | 'email'
  /** An item of newsboat's cache (`cache.db`). */
  | 'newsboat';

/** A photo caption, with the credit that followed `| Photo:` (or null when there was none). */
export interface Caption {
  text: string;
  credit: string | null;
}

/**
 * One piece of the article body, in reading order. The body text is every block that
 * {@link isBodyText} accepts (paragraphs, headings, list items, quotes, preformatted text and
 * table rows); `related`, `embed` and `caption` blocks are shown set apart and listed
 * separately by `parse --json`. Every block has a `text`, so search, ids and reading positions
 * treat all kinds alike; the kind only says how the text is drawn.
 */
export type Block =
  | { kind: 'paragraph'; text: string }
  /** A heading inside the body (`<h2>`, Markdown `## …`); `level` 1–6 as in HTML. */
  | { kind: 'heading'; text: string; level: number }
  /**
   * One item of a list: `marker` is `•` for a bulleted item, `3.` for a numbered one, and empty
   * for a second paragraph of the same item; `depth` 0 for a top-level list, 1 nested once…
   */
  | { kind: 'list-item'; text: string; marker: string; depth: number }
  /** A block quotation (`<blockquote>`, Markdown `> …`), one block per quoted paragraph. */
  | { kind: 'quote'; text: string }
  /** Text whose lines and spaces matter (code, poetry, `<pre>`): `text` keeps its newlines. */
  | { kind: 'preformatted'; text: string }
  /** One row of a data table as text, cells joined by ` | `; `header` for heading rows. */
  | { kind: 'table-row'; text: string; header: boolean }
  /** A related-article headline that stood between paragraphs ("RELATED:" or a lone headline). */
  | { kind: 'related'; text: string }
  /** An embedded social-media post, kept as quoted text; `source` is e.g. `— Name (@handle) date`. */
  | { kind: 'embed'; text: string; source: string | null }
  /** A caption that stood inside the body (galleries), shown where it stood. */
  | { kind: 'caption'; text: string; credit: string | null };

/** Every block kind, for code that must handle each (an exhaustive list). */
export type BlockKind = Block['kind'];

const BODY_TEXT: ReadonlySet<BlockKind> = new Set(['paragraph', 'heading', 'list-item', 'quote', 'preformatted', 'table-row']);

/** Whether a block is part of the article's running text (not a related link, embed or caption). */
export function isBodyText(block: Block): boolean {
  return BODY_TEXT.has(block.kind);
}

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

/**
 * The body text, one string per block (paragraphs, headings, list items, quotes, preformatted
 * text, table rows), without related headlines, embeds or in-body captions.
 */
export function paragraphsOf(article: Pick<ParsedArticle, 'blocks'>): string[] {
  // A loop, not flatMap: a big page has hundreds of thousands of blocks.
  const out: string[] = [];
  for (const b of article.blocks) if (isBodyText(b)) out.push(b.text);
  return out;
}

/** What search looks in: headline, standfirst and body. */
export function searchableText(article: Pick<ParsedArticle, 'headline' | 'standfirst' | 'blocks'>): string {
  return [article.headline, article.standfirst ?? '', ...paragraphsOf(article)].join('\n');
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
