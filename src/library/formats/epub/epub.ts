/**
 * E-book editions (`.epub`), such as the news editions calibre's "Fetch news" builds: each
 * article of the book is an article of the library, the book's sections (the table of contents'
 * top level) become sections, or the book's title when it has none; the edition's date is the
 * date of every article that carries none of its own.
 */
import { emptyArticle, type ParsedArticle } from '../../model/article.js';
import { decodeBytes } from '../../text/decode.js';
import { withDeclaredEncoding } from '../../text/declared-encoding.js';
import { sanitizeText } from '../../text/sanitize.js';
import { parseDate } from '../dates.js';
import type { ParseOutcome } from '../parse-outcome.js';
import { htmlToBlocks } from '../html/html-to-blocks.js';
import { httpUrl } from '../http-url.js';
import { parseHtml } from '../html/html.js';
import { readPackage, rootfilePath, type TocEntry } from './epub-package.js';
import { readZipText } from './zip-entries.js';
import { isZip } from '../bytes-format-hint.js';

const TEXT_ENTRY = /\.(?:x?html?|opf|ncx|xml)$/i;

/** Whether `bytes` are an EPUB: a zip whose first entry is `mimetype` saying so (OCF 3.3 §4.2). */
export function isEpub(bytes: Uint8Array): boolean {
  if (!isZip(bytes)) return false;
  const head = Buffer.from(bytes.subarray(30, 100)).toString('latin1');
  return head.startsWith('mimetypeapplication/epub+zip');
}

/** The articles of an EPUB book. Never throws for a damaged or hostile archive. */
export function parseEpub(bytes: Uint8Array): ParseOutcome {
  const zip = readZipText(bytes, (name) => TEXT_ENTRY.test(name));
  if (!zip.ok) return zip;
  const read = (path: string): string | null => {
    const entry = zip.entries.get(path);
    if (!entry) return null;
    const decoded = decodeBytes(entry);
    return decoded.ok ? sanitizeText(withDeclaredEncoding(entry, decoded).text) : null;
  };
  const container = read('META-INF/container.xml');
  const opfPath = container ? rootfilePath(container) : null;
  const opf = opfPath ? read(opfPath) : null;
  if (!opfPath || !opf) return { ok: false, reason: 'e-book without a package document (META-INF/container.xml)' };
  const book = readPackage(opfPath, opf, read);

  const title = bookTitle(book.title);
  const editionDate = parseDate(book.date ?? '') ?? calibreTitleDate(book.title);
  const articles: ParsedArticle[] = [];
  const seen = new Set<string>();
  for (const { entry, section } of articleEntries(book.toc, book.spine, title)) {
    if (!entry.path || seen.has(entry.path)) continue;
    seen.add(entry.path);
    const html = read(entry.path);
    const article = html === null ? null : bookArticle(html, entry.label);
    if (!article) continue;
    articles.push({
      ...article,
      section: section ?? article.section,
      published: article.published ?? editionDate,
      // calibre names itself the publisher of every news download: the edition's title says more.
      outlet: article.outlet ?? (book.publisher && book.publisher !== 'calibre' ? book.publisher : title),
    });
  }
  return articles.length > 0 ? { ok: true, articles } : { ok: false, reason: 'e-book without readable articles' };
}

/**
 * Which documents are articles, and their sections: entries with entries below them are sections
 * (a single top entry wrapping everything, like calibre's periodical root, is looked through);
 * without a table of contents, every spine document is an article of the book's title.
 */
function articleEntries(toc: TocEntry[], spine: string[], title: string | null): Array<{ entry: TocEntry; section: string | null }> {
  let top = toc;
  while (top.length === 1 && top[0]!.children.some((c) => c.children.length > 0)) top = top[0]!.children;
  if (top.length === 0) return spine.map((path) => ({ entry: { label: '', path, children: [] }, section: title }));
  const nested = top.some((e) => e.children.length > 0);
  if (!nested) return top.map((entry) => ({ entry, section: title }));
  return top.flatMap((sectionEntry) =>
    sectionEntry.children.length > 0
      ? leaves(sectionEntry.children).map((entry) => ({ entry, section: sectionEntry.label || title }))
      : [{ entry: sectionEntry, section: title }],
  );
}

function leaves(entries: TocEntry[]): TocEntry[] {
  return entries.flatMap((e) => (e.children.length > 0 ? [e, ...leaves(e.children)].filter((x) => x.path) : [e]));
}

/** One article document: the extractor's article, the TOC's label as headline when it has one. */
function bookArticle(html: string, label: string): ParsedArticle | null {
  // calibre's navigation bars ("Next | Section menu | Main menu") are not the article; the one at
  // the bottom says where the article was downloaded from.
  const source = /downloaded by[\s\S]{0,200}?<a[^>]+href="(https?:[^"]+)"/i.exec(html)?.[1] ?? null;
  const cleaned = html.replace(/<div[^>]*class="[^"]*calibre_navbar[^"]*"[^>]*>[\s\S]*?<\/div>/gi, '');
  const outcome = parseHtml(cleaned);
  const parsed = outcome.ok ? outcome.articles[0] : undefined;
  const headline = label || parsed?.headline || '';
  if (!headline) return null;
  const body = parsed ?? { ...emptyArticle('epub'), ...htmlToBlocks(cleaned) };
  // A short article is read without Readability, and then its own heading is in the body.
  const same = (text: string) => text.trim().toLowerCase() === headline.toLowerCase();
  const blocks = body.blocks.filter((b) => !same(b.text));
  if (!blocks.some((b) => b.kind === 'paragraph')) return null;
  return { ...body, blocks, format: 'epub', headline, url: body.url ?? httpUrl(source) };
}

/** calibre names editions `Title [Mon, 30 Nov 2026]`: the title without the date. */
function bookTitle(title: string | null): string | null {
  if (!title) return null;
  return title.replace(/\s*\[[^\]]*\]\s*$/, '').trim() || title;
}

function calibreTitleDate(title: string | null): string | null {
  const inBrackets = /\[([^\]]+)\]\s*$/.exec(title ?? '')?.[1];
  return inBrackets ? parseDate(inBrackets) : null;
}
