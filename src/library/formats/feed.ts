/**
 * RSS 2.0, RSS 1.0 (RDF) and Atom feeds saved as files: one file, many articles.
 *
 * XML is read with htmlparser2 in xmlMode. It never expands entities declared in a DOCTYPE,
 * so a "billion laughs" feed costs no more than its own bytes; the only entity decoding done
 * here is one bounded pass over text that was escaped twice.
 */
import { decodeHTML } from 'entities';
import { DomUtils, parseDocument } from 'htmlparser2';
import { emptyArticle, type ParsedArticle } from '../model/article.js';
import { parseDate } from './dates.js';
import type { ParseOutcome } from './parse-outcome.js';
import { htmlToBlocks } from './html/html-to-blocks.js';
import { httpUrl } from './http-url.js';
import { echoedIn } from './summary-echo.js';
import { normalizeSpace } from '../text/whitespace.js';

type El = ReturnType<typeof DomUtils.getElementsByTagName>[number];

/** Parses a saved RSS or Atom feed into one article per item. Never throws. */
export function parseFeed(xml: string): ParseOutcome {
  try {
    return readFeed(xml);
  } catch (error) {
    return { ok: false, reason: `unreadable feed (${(error as Error).message.slice(0, 80)})` };
  }
}

function readFeed(xml: string): ParseOutcome {
  const doc = parseDocument(xml, { xmlMode: true, lowerCaseTags: true, lowerCaseAttributeNames: true });
  const root = DomUtils.findOne((el) => /^(rss|feed|rdf:rdf)$/.test(el.name), doc.children, true);
  if (!root) return { ok: false, reason: 'not an RSS or Atom feed' };
  const atom = root.name === 'feed';
  const channel = atom ? root : (child(root, 'channel') ?? root);
  const feedTitle = plain(text(child(channel, 'title')));
  const items = DomUtils.getElementsByTagName(atom ? 'entry' : 'item', root, true);
  const articles = items.flatMap((item) => {
    const article = readItem(item, atom);
    if (!article) return [];
    const outlet = outletOf(feedTitle);
    // Items often name the outlet as their author ("Valley Gazette · 5 May · Valley Gazette").
    const byline = article.byline && outlet && sameName(article.byline, outlet) ? null : article.byline;
    return [{ ...article, section: feedTitle, outlet, byline }];
  });
  if (articles.length === 0) return { ok: false, reason: 'no items in feed' };
  return { ok: true, articles };
}

function readItem(item: El, atom: boolean): ParsedArticle | null {
  const summary = bodyHtml(child(item, 'description') ?? child(item, 'summary'));
  const full = bodyHtml(child(item, 'content:encoded') ?? child(item, 'content'));
  const { blocks, captions } = htmlToBlocks(full ?? summary ?? '');
  const firstParagraph = blocks.find((b) => b.kind === 'paragraph')?.text ?? '';
  // An item without a title is named by its opening words rather than dropped.
  const headline = plain(text(child(item, 'title'))) ?? (firstParagraph.slice(0, 100) || null);
  if (!headline) return null;
  const summaryText = full && summary ? plain(summary) : null;
  return {
    ...emptyArticle(atom ? 'atom' : 'rss'),
    headline,
    captions,
    published: firstDate(item, ['pubdate', 'published', 'dc:date', 'updated', 'issued']),
    byline: bylineOf(item),
    standfirst: summaryText && !echoedIn(summaryText, [firstParagraph]) ? summaryText : null,
    blocks,
    url: linkOf(item, atom),
  };
}

function child(parent: El, name: string): El | null {
  return parent.children.find((c): c is El => DomUtils.isTag(c) && c.name === name) ?? null;
}

function text(el: El | null): string {
  return el ? DomUtils.textContent(el) : '';
}

/** The item body as HTML: CDATA or escaped text as it stands, Atom `type="xhtml"` serialized. */
function bodyHtml(el: El | null): string | null {
  if (!el) return null;
  let html = el.attribs.type === 'xhtml' ? DomUtils.getInnerHTML(el, { xmlMode: true }) : text(el);
  // Escaped twice ("&lt;p&gt;" after XML decoding): one more pass, on a bounded slice.
  if (!html.includes('<') && /&(lt|gt|amp|#\d+);/.test(html)) html = decodeHTML(html.slice(0, 2_000_000));
  return normalizeSpace(html) ? html : null;
}

/** Text with any markup or HTML entities a title or summary carried turned into plain text. */
function plain(value: string): string | null {
  if (/[<&]/.test(value)) {
    value = DomUtils.textContent(parseDocument(value.slice(0, 200_000)));
  }
  return normalizeSpace(value) || null;
}

function firstDate(item: El, names: string[]): string | null {
  for (const name of names) {
    const found = parseDate(text(child(item, name)));
    if (found) return found;
  }
  return null;
}

/** `dc:creator`, Atom `<author><name>`, or RSS `author` ("jo@example.com (Jo Ng)" → Jo Ng). */
function bylineOf(item: El): string | null {
  const creator = plain(text(child(item, 'dc:creator')));
  if (creator) return creator;
  const author = child(item, 'author');
  if (!author) return null;
  const name = child(author, 'name');
  if (name) return plain(text(name));
  const raw = normalizeSpace(text(author));
  const inParens = /\(([^()]+)\)\s*$/.exec(raw);
  if (inParens) return normalizeSpace(inParens[1]!);
  return raw.includes('@') ? null : plain(raw); // A bare e-mail address is not a byline.
}

function linkOf(item: El, atom: boolean): string | null {
  if (atom) {
    const links = item.children.filter((c): c is El => DomUtils.isTag(c) && c.name === 'link');
    const alternate = links.find((l) => (l.attribs.rel ?? 'alternate') === 'alternate') ?? links[0];
    return httpUrl(alternate?.attribs.href);
  }
  const guid = child(item, 'guid');
  return (
    httpUrl(text(child(item, 'link'))) ??
    (guid?.attribs.ispermalink !== 'false' ? httpUrl(text(guid)) : null)
  );
}

function sameName(a: string, b: string): boolean {
  const fold = (t: string) => t.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
  return fold(a) === fold(b);
}

/** "Global Voices Online » Feature" → "Global Voices Online"; a plain title is the outlet. */
function outletOf(feedTitle: string | null): string | null {
  if (!feedTitle) return null;
  return feedTitle.split(/\s+[»|·–—:]\s+/)[0] ?? feedTitle;
}
