/**
 * Article or feed-item HTML → body blocks, shared by the saved-page (`html.ts`) and feed
 * (`feed.ts`) parsers (and the formats that feed HTML to them): paragraphs, headings, list
 * items, quotes, preformatted text, table rows and captions, each kept as its own kind so the
 * reader can draw it as what it is.
 */
import type { Block, Caption } from '../../model/article.js';
import { normalizeSpace, oneSpaceRuns } from '../../text/whitespace.js';
import { isDroppable, listBoxCandidates } from './boilerplate.js';
import { parsePage } from './page-document.js';
import { captionOf, imageCaption } from './html-captions.js';
import { headingText } from './heading-text.js';
import { isDataTable, tableBlocks } from './html-table.js';
import { mathText, textWithMath } from './mathml.js';
import { preformattedText } from './pre-text.js';
import { tagName } from './tag-name.js';
import { textLength } from './text-length.js';
import { bareLetters as bare } from '../summary-echo.js';
import { BLOCK, SKIP } from './block-tags.js';

export { BLOCK, SKIP }; // for the streaming extractor

/** Body blocks in reading order, and every caption found (the lead photo's first). */
export interface BodyParts {
  blocks: Block[];
  captions: Caption[];
}

const CAPTION_BOX = /\b(wp-caption|caption)\b/i;

/** What surrounds the text being gathered: the kind its paragraphs become. */
interface Context {
  kind: 'paragraph' | 'quote' | 'list-item';
  marker: string;
  depth: number;
}

/**
 * Walks a DOM subtree and gathers blocks; inline text is buffered until a block boundary.
 * `total` is the subtree's text length, when the caller has it already.
 */
export function elementToBlocks(root: Element, total = textLength(root)): BodyParts {
  const blocks: Block[] = [];
  const captions: Caption[] = [];
  const listBoxes = listBoxCandidates(root);
  let buffer = '';
  let ctx: Context = { kind: 'paragraph', marker: '', depth: 0 };

  const flush = (): void => {
    // Two <br> in a row (kept as \n\n) separate paragraphs; a single one is a line break.
    for (const part of buffer.includes('\n') ? buffer.split(/\n[ \t]*\n/) : [buffer]) {
      const text = normalizeSpace(part);
      if (!text || !/[\p{L}\p{N}]/u.test(text)) continue;
      if (ctx.kind === 'list-item') {
        blocks.push({ kind: 'list-item', text, marker: ctx.marker, depth: ctx.depth });
        ctx = { ...ctx, marker: '' }; // a second paragraph in one item continues it
      } else blocks.push({ kind: ctx.kind, text });
    }
    buffer = '';
  };
  const addCaption = (cap: Caption | null): void => {
    if (!cap?.text) return;
    const key = bare(cap.text);
    // The same picture described twice (alt text, then a figcaption with a credit): keep one,
    // the fuller, where it first stood.
    const i = captions.findIndex((c) => bare(c.text) === key || (key.startsWith(bare(c.text)) && bare(c.text).length > 20));
    if (i >= 0) {
      if (!captions[i]!.credit && cap.credit) {
        const better = { text: cap.text, credit: cap.credit };
        const at = blocks.findIndex((b) => b.kind === 'caption' && b.text === captions[i]!.text);
        captions[i] = better;
        if (at >= 0) blocks[at] = { kind: 'caption', ...better };
      }
      return;
    }
    flush();
    captions.push(cap);
    blocks.push({ kind: 'caption', ...cap });
  };
  const within = (next: Context, children: () => void): void => {
    flush();
    const saved = ctx;
    ctx = next;
    children();
    flush();
    ctx = saved;
  };
  // Nothing here changes the tree (captions and headings are read from copies): siblings are
  // followed, not copied into an array per element.
  const kids = (el: Element) => () => {
    for (let child = el.firstChild; child; child = child.nextSibling) walk(child);
  };

  const walk = (node: Node): void => {
    if (node.nodeType === 3) {
      buffer += oneSpaceRuns(node.nodeValue ?? '');
      return;
    }
    if (node.nodeType !== 1) return;
    const el = node as Element;
    const tag = tagName(el);
    if (SKIP.has(tag) || isDroppable(el, total, listBoxes)) return;
    switch (tag) {
      case 'br':
        buffer += '\n';
        return;
      case 'math':
        // A displayed formula stands as its own paragraph; an inline one sits in the sentence.
        if (el.getAttribute('display') === 'block') {
          flush();
          buffer = mathText(el);
          flush();
        } else buffer += mathText(el);
        return;
      case 'img':
        addCaption(imageCaption(el));
        return;
      case 'figcaption':
        addCaption(captionOf(el));
        return;
      case 'h1': case 'h2': case 'h3': case 'h4': case 'h5': case 'h6': {
        flush();
        const text = headingText(el);
        if (text && /[\p{L}\p{N}]/u.test(text)) blocks.push({ kind: 'heading', text, level: Number(tag[1]) });
        return;
      }
      case 'pre': {
        flush();
        const text = preformattedText(el);
        if (/\S/.test(text)) blocks.push({ kind: 'preformatted', text });
        return;
      }
      case 'blockquote':
        within({ kind: 'quote', marker: '', depth: 0 }, kids(el));
        return;
      case 'ul': case 'ol': {
        flush();
        const ordered = tag === 'ol';
        let n = Number(el.getAttribute('start') ?? '1') || 1;
        const depth = ctx.kind === 'list-item' ? ctx.depth + 1 : 0;
        for (let child = el.firstChild; child; child = child.nextSibling) {
          const isItem = child.nodeType === 1 && tagName(child as Element) === 'li';
          if (!isItem) walk(child);
          else within({ kind: 'list-item', marker: ordered ? `${n++}.` : '•', depth }, kids(child as Element));
        }
        return;
      }
      case 'table':
        if (isDataTable(el)) {
          flush();
          blocks.push(...tableBlocks(el, textWithMath));
          return;
        }
        break;
      case 'figure': {
        const cap = el.querySelector('figcaption');
        addCaption(cap ? captionOf(cap) : imageCaption(el.querySelector('img')));
        // A figure can hold a quote or a table beside its picture.
        for (const inner of Array.from(el.querySelectorAll('blockquote, table, pre'))) walk(inner);
        return;
      }
    }
    if (CAPTION_BOX.test(el.getAttribute('class') ?? '')) {
      const capEl = el.querySelector('.wp-caption-text, [class*="caption-text"], figcaption');
      if (capEl) {
        addCaption(captionOf(capEl));
        return;
      }
    }
    const isBlock = BLOCK.has(tag);
    if (isBlock) flush();
    kids(el)();
    if (isBlock) flush();
  };

  walk(root);
  flush();
  return { blocks, captions: dropLeadCaptionBlock(blocks, captions) };
}

/**
 * A caption above the first paragraph belongs to the lead photo: it is kept in `captions`
 * (shown with the headline) and not repeated as an in-body block.
 */
function dropLeadCaptionBlock(blocks: Block[], captions: Caption[]): Caption[] {
  const first = blocks[0];
  if (first?.kind === 'caption') blocks.shift();
  return captions;
}

/** Parses an HTML fragment (a feed item's description, an article body) into blocks. */
export function htmlToBlocks(html: string): BodyParts {
  const document = parsePage(`<!doctype html><html><body>${html}</body></html>`);
  return elementToBlocks(document.body);
}
