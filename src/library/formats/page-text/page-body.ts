/**
 * The body of a saved news page, after the headline and its metadata: standfirst,
 * paragraphs, in-body captions, related headlines, embedded posts, an opinion disclaimer,
 * and the agency sign-off. Site furniture is dropped.
 */
import type { ParsedArticle } from '../../model/article.js';
import { isLoneHeadline } from './lone-headline.js';
import { addCaption, captionAt } from './page-captions.js';
import {
  isCommentsLine,
  isDisclaimer,
  isEmbedText,
  isNavLabel,
  readEmbedSource,
  readPhotoLine,
  readRelatedMarker,
  readSignoff,
} from './page-lines.js';
import { readByline, readDateLine } from '../meta-lines.js';
import type { TextItem } from '../text-lines.js';

/** Under a `RELATED:` marker: a bulleted line, or a short line that does not end a sentence. */
function isRelatedEntry(item: TextItem): boolean {
  if (item.bullet) return true;
  const bare = item.text.replace(/["'”’»)\]]+$/u, '');
  return item.text.split(' ').length <= 25 && !/[.,;:…]$/.test(bare) && !/^https?:/.test(item.text);
}

/**
 * Reads `items` (everything after the headline block) into `article`: the first paragraph
 * becomes the standfirst when a date line was seen, the rest become blocks in reading order.
 */
export function parsePageBody(items: readonly TextItem[], article: ParsedArticle, dateSeen: boolean): void {
  const isFurniture = (item: TextItem): boolean => isNavLabel(item.text) || isCommentsLine(item.text);
  // The comment counter closes the article; whatever follows it is the site's footer.
  const commentsAt = items.findIndex((item) => isCommentsLine(item.text));
  let lastContent = (commentsAt === -1 ? items.length : commentsAt) - 1;
  while (lastContent >= 0 && isFurniture(items[lastContent] as TextItem)) lastContent -= 1;

  const blocks = article.blocks;
  let wantStandfirst = dateSeen;
  let inRelated = false;

  for (let i = 0; i <= lastContent; i += 1) {
    const item = items[i] as TextItem;
    const text = item.text;
    if (isFurniture(item)) continue;

    const marker = readRelatedMarker(text);
    if (marker !== null) {
      inRelated = true;
      if (marker !== '') blocks.push({ kind: 'related', text: marker });
      continue;
    }
    if (inRelated && isRelatedEntry(item)) {
      blocks.push({ kind: 'related', text });
      continue;
    }
    inRelated = false;

    const caption = captionAt(items, i, false);
    if (caption) {
      if (addCaption(article.captions, caption.caption)) blocks.push({ kind: 'caption', ...caption.caption });
      else {
        const shown = blocks.find((b) => b.kind === 'caption' && b.text === caption.caption.text);
        if (shown?.kind === 'caption') shown.credit ??= caption.caption.credit;
      }
      i += caption.consumed - 1;
      continue;
    }
    if (readPhotoLine(text)) continue; // a bare credit with no caption to belong to

    const source = readEmbedSource(text);
    const last = blocks.at(-1);
    if (source !== null) {
      if (last?.kind === 'embed' && last.source === null) last.source = source;
      else if (last?.kind === 'paragraph') blocks[blocks.length - 1] = { kind: 'embed', text: last.text, source };
      continue;
    }
    if (isEmbedText(text)) {
      blocks.push({ kind: 'embed', text, source: null });
      continue;
    }
    if (isDisclaimer(text)) {
      article.disclaimer ??= text;
      continue;
    }
    const byline = readByline(text);
    if (byline !== null && article.byline === null) {
      article.byline = byline;
      continue;
    }
    const date = readDateLine(text);
    if (date && date.kind !== 'bare') {
      article.published ??= date.published;
      continue;
    }
    const signoff = i === lastContent ? readSignoff(text) : null;
    if (signoff !== null) {
      article.byline ??= signoff;
      continue;
    }
    if (wantStandfirst) {
      article.standfirst = text;
      wantStandfirst = false;
      continue;
    }
    const between = i < lastContent || item.blanksBefore >= 2;
    if (!item.bullet && between && isLoneHeadline(text, item.blanksBefore)) {
      blocks.push({ kind: 'related', text });
      continue;
    }
    // A bulleted line is a list item (its text is body text either way).
    blocks.push(item.bullet ? { kind: 'list-item', text, marker: '•', depth: 0 } : { kind: 'paragraph', text });
  }
}
