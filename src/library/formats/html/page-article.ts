/**
 * A saved page's article from what the page declares (`PageMeta`) and its body blocks, however
 * the body was found: Readability on the DOM (`html.ts`) or the streaming extractor for pages
 * too big for it (`stream-extract.ts`). The head's echoes in the body (headline, byline line,
 * dateline) are dropped, the lead photo's caption is kept with the headline, and a page that
 * names no title is headed by its opening.
 */
import { emptyArticle, isBodyText, type Block, type ParsedArticle } from '../../model/article.js';
import { parseDate } from '../dates.js';
import { httpUrl } from '../http-url.js';
import { echoedIn } from '../summary-echo.js';
import type { ParseOutcome } from '../parse-outcome.js';
import { normalizeSpace } from '../../text/whitespace.js';
import { cleanByline } from './byline.js';
import type { BodyParts } from './html-to-blocks.js';
import type { PageMeta } from './html-meta.js';

/** The reason given for a page that holds no article (a front page, an index, a login page). */
export const NO_ARTICLE = 'no article found (front page?)';

/** What the extractor found besides the blocks (Readability's title, date and site name). */
export interface Found {
  title: string;
  publishedTime: string;
  siteName: string;
}

/** The article of a page, or NO_ARTICLE when it has no headline or no running text. */
export function pageArticle(meta: PageMeta, { blocks, captions }: BodyParts, found: Found): ParseOutcome {
  const titled =
    meta.headline ?? (normalizeSpace(found.title) || blocks.find((b) => b.kind === 'heading')?.text) ?? null;
  const kept = withoutEchoes(blocks, titled, meta.byline);
  // The lead photo's caption is shown with the headline: not again where the body begins.
  const first = kept[0];
  if (first?.kind === 'caption' && first.text === captions[0]?.text) kept.shift();
  const headline = titled ?? untitledHeadline(kept);
  if (!headline || !kept.some(isBodyText)) return { ok: false, reason: NO_ARTICLE };

  const article: ParsedArticle = {
    ...emptyArticle('html'),
    section: meta.section,
    headline,
    captions,
    published: meta.published ?? parseDate(found.publishedTime),
    byline: meta.byline ?? cleanByline(null),
    outlet: meta.outlet ?? (normalizeSpace(found.siteName) || null),
    standfirst: standfirstOf(meta, kept),
    blocks: kept,
    url: httpUrl(meta.url),
  };
  return { ok: true, articles: [article] };
}

/**
 * A page that names no title anywhere (a fragment saved without <title> or heading) is headed
 * by its opening, as a plain-text file is by its first line: a short first paragraph becomes
 * the headline (and leaves the body), a long one lends its first words.
 */
function untitledHeadline(blocks: Block[]): string | null {
  const i = blocks.findIndex(isBodyText);
  if (i < 0) return null;
  const text = blocks[i]!.text;
  if (text.length <= 100) {
    if (blocks.length > 1) blocks.splice(i, 1);
    return text;
  }
  const cut = text.slice(0, 100);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), 60))}…`;
}

const fold = (text: string | null): string => (text ?? '').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
const BY = /^(?:(?:written|words|reporting|text|story|posted)\s+by|by|von|por|par|door|di)\s+/iu;
const HEAD_BLOCKS = 6;
const DATE_LABEL = /^(?:published|posted|first published|updated|last updated)(?:\s+on)?\s*:?\s*/i;

/**
 * Readability often keeps the page's head inside the content: the headline again, the byline
 * line ("By Jane Doe · 20 April 2024"), a dateline. Among the first blocks these are dropped.
 */
function withoutEchoes(blocks: Block[], headline: string | null, byline: string | null): Block[] {
  const title = fold(headline);
  const name = fold(byline);
  // An echo is a line: a paragraph far longer than the headline is not folded (folding a 5 MB
  // paragraph cost half a second, profile of the bench's "one huge text node" shape).
  const longest = 2 * (headline?.length ?? 0) + 1000;
  const isEcho = (b: Block, i: number): boolean => {
    if (i >= HEAD_BLOCKS || !(b.kind === 'paragraph' || b.kind === 'heading') || b.text.length > longest) return false;
    const text = fold(b.text);
    if (text === title) return true;
    const unprefixed = fold(b.text.replace(BY, ''));
    if (name && unprefixed.startsWith(name) && unprefixed.length <= name.length + 60 && (unprefixed !== text || text === name)) return true;
    // A line that is only a date ("Thursday 9 May 2024", "Published 14 February 2022").
    const bare = b.text.replace(DATE_LABEL, '');
    return b.kind === 'paragraph' && bare.length <= 50 && bare.split(/\s+/).length <= 6 && parseDate(bare) !== null;
  };
  // Only the first blocks can be echoes: the rest stays where it is (a big page has 500,000).
  const head = blocks.slice(0, HEAD_BLOCKS).filter((b, i) => !isEcho(b, i));
  if (head.length < Math.min(HEAD_BLOCKS, blocks.length)) blocks.splice(0, HEAD_BLOCKS, ...head);
  return blocks;
}

/** The page's description, when it is not just the opening of the body (it usually is). */
function standfirstOf(meta: PageMeta, blocks: ParsedArticle['blocks']): string | null {
  const { description, outlet } = meta;
  if (!description || echoedIn(description, blocks.flatMap((b) => (isBodyText(b) ? [b.text] : [])))) return null;
  // "An Archive of Our Own, a project of…": a description naming the site describes the site.
  if (outlet && fold(description).includes(fold(outlet))) return null;
  return description;
}
