/**
 * The parser for a news web page saved as plain text (the user's original sample layout):
 * a navigation block, a `News > Section` breadcrumb, the headline, photo captions, a
 * `Published <date>` line, a standfirst, body paragraphs with related headlines and embeds,
 * and a trailing comment counter.
 */
import { emptyArticle, type ParsedArticle } from '../../model/article.js';
import { addCaption, captionAt } from './page-captions.js';
import {
  isCommentsLine,
  isNavLabel,
  readBreadcrumb,
  readEmbedSource,
  readPhotoLine,
  readRelatedMarker,
} from './page-lines.js';
import { parsePageBody } from './page-body.js';
import { readByline, readDateLine } from '../meta-lines.js';
import { splitLines, toItems, type TextItem, type TextLine } from '../text-lines.js';

/** Lines that never join a neighbouring line into one paragraph. */
function isStandalone(line: TextLine): boolean {
  const t = line.text;
  return (
    isNavLabel(t) ||
    isCommentsLine(t) ||
    readBreadcrumb(t) !== null ||
    readPhotoLine(t) !== null ||
    readDateLine(t) !== null ||
    readByline(t) !== null ||
    readEmbedSource(t) !== null ||
    readRelatedMarker(t) !== null
  );
}

/**
 * Content detection: true when the text carries at least two points' worth of the saved-page
 * layout. A breadcrumb, a `Published <date>` line, a `| Photo:` line or a block of
 * navigation bullets count two each; a trailing comment counter, an `Outlet | date` line
 * and an embed attribution count one. An ordinary article (headline, date, paragraphs)
 * scores nothing.
 */
export function looksLikePageText(text: string, lines: readonly TextLine[] = splitLines(text)): boolean {
  const head = lines.slice(0, 15);
  const last = lines[lines.length - 1];
  // Points only add up, so the first two decide: a saved page stops after its nav bullets or
  // breadcrumb instead of trying every line as a date, photo credit and embed (detection was
  // ~8 % of parsing a page, besides splitting, in the profile of bench/parse-throughput.mjs).
  const signs: [points: number, found: () => boolean][] = [
    [2, () => head.filter((l) => l.bullet && isNavLabel(l.text)).length >= 2],
    [2, () => head.some((l) => !l.bullet && readBreadcrumb(l.text) !== null)],
    [1, () => last !== undefined && isCommentsLine(last.text)],
    [2, () => lines.some((l) => /^(?:published|posted)\b/i.test(l.text) && readDateLine(l.text))],
    [2, () => lines.some((l) => /\|\s*photos?\s*:/i.test(l.text))],
    [1, () => lines.slice(0, 25).some((l) => readDateLine(l.text)?.outlet)],
    [1, () => lines.some((l) => readEmbedSource(l.text) !== null)],
  ];
  let score = 0;
  for (const [points, found] of signs) {
    if (found()) score += points;
    if (score >= 2) return true;
  }
  return false;
}

/** A short label right before a run of share links ("Share this:", "Follow us"). */
function isStrayLabel(items: readonly TextItem[], i: number): boolean {
  const item = items[i];
  const next = items[i + 1];
  if (!item || item.text.split(' ').length > 4) return false;
  if (/:$/.test(item.text) && (next === undefined || next.bullet)) return true;
  return next !== undefined && next.bullet && next.blanksBefore === 0 && isNavLabel(next.text);
}

/**
 * Parses a saved news page. Navigation, share links and the comment counter are dropped;
 * the section is the last breadcrumb part that is not the headline itself (`Home > News >
 * Sport` gives `Sport`, `News > World > Europe` gives `Europe`), or null without a breadcrumb.
 * The standfirst is the first paragraph after the date line (null when there is no date line).
 */
export function parsePageText(text: string, lines: readonly TextLine[] = splitLines(text)): ParsedArticle {
  const article = emptyArticle('page-text');
  const items = toItems(lines, isStandalone);
  let crumbs: string[] = [];
  // A site name or menu word above the breadcrumb must not be taken for the headline.
  const crumbAt = items.findIndex((it, k) => k < 20 && !it.bullet && readBreadcrumb(it.text) !== null);
  let i = Math.max(crumbAt, 0);

  for (; i < items.length; i += 1) {
    const item = items[i] as TextItem;
    if (item.bullet || isNavLabel(item.text) || isCommentsLine(item.text)) continue;
    if (isStrayLabel(items, i)) continue;
    const breadcrumb = readBreadcrumb(item.text);
    if (breadcrumb) {
      crumbs = breadcrumb;
      continue;
    }
    if (/^https?:\/\/\S+$/.test(item.text)) {
      article.url ??= item.text;
      continue;
    }
    const date = readDateLine(item.text);
    if (date) {
      article.published ??= date.published;
      article.outlet ??= date.outlet;
      continue;
    }
    article.headline = item.text;
    i += 1;
    break;
  }

  const headline = article.headline.toLowerCase();
  article.section = crumbs.filter((c) => c.toLowerCase() !== headline).at(-1) ?? null;

  let dateSeen = article.published !== null;
  let fromUpdate = false;
  for (; i < items.length; i += 1) {
    const item = items[i] as TextItem;
    if (isNavLabel(item.text) || isCommentsLine(item.text)) continue;
    const caption = captionAt(items, i, true);
    if (caption) {
      addCaption(article.captions, caption.caption);
      i += caption.consumed - 1;
      continue;
    }
    const loneCredit = readPhotoLine(item.text);
    if (loneCredit) {
      const lastCaption = article.captions.at(-1);
      if (lastCaption && lastCaption.credit === null) lastCaption.credit = loneCredit.credit;
      continue;
    }
    const date = readDateLine(item.text);
    if (date) {
      // An `Updated` date stands in only until a `Published` one is found.
      if (article.published === null || (fromUpdate && date.kind !== 'updated')) {
        article.published = date.published;
        fromUpdate = date.kind === 'updated';
      }
      article.outlet ??= date.outlet;
      dateSeen = true;
      continue;
    }
    const byline = readByline(item.text);
    if (byline) {
      article.byline ??= byline;
      continue;
    }
    break;
  }

  parsePageBody(items.slice(i), article, dateSeen);
  return article;
}
