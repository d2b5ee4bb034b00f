/**
 * Article or feed-item HTML → body blocks (paragraphs and in-body captions), shared by the
 * saved-page (`html.ts`) and feed (`feed.ts`) parsers, plus the small text helpers both need.
 */
import { parseHTML } from 'linkedom';
import type { Block, Caption } from '../../model/article.js';
import { normalizeSpace } from '../../text/whitespace.js';

/** Body blocks in reading order, and every caption found (the lead photo's first). */
export interface BodyParts {
  blocks: Block[];
  captions: Caption[];
}


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

// A credit is what follows "Photo:", "Photo by", "Photograph by", "Credit:" or "©".
const CREDIT = /(^|[\s.,;|(–—-])\s*(?:(?:photo(?:graph)?s?|pictures?|image|credit)\s*(?::|by\b)|©)\s*(.+)$/i;

/** Splits `"No, Azeredo", in São Paulo. Photo by Andre Deak` into its text and credit. */
export function splitCredit(caption: string): Caption {
  const text = normalizeSpace(caption);
  const m = CREDIT.exec(text);
  if (!m || !m[2]) return { text, credit: null };
  // Keep a full stop or an opening parenthesis before the credit; drop a comma or a bar.
  let before = normalizeSpace(text.slice(0, m.index + (m[1] ?? '').length)).replace(/\s*[,;|–—-]$/, '');
  let credit = normalizeSpace(m[2]);
  // "Diwali (Photo: Jo Ng)": the parenthesis closes around the credit, not inside it.
  if (before.endsWith('(') && credit.endsWith(')')) {
    before = before.slice(0, -1).trim();
    credit = credit.slice(0, -1).trim();
  }
  // A caption that is all credit ("Photo: AP") keeps its words as the text too.
  return { text: before || text, credit };
}

/**
 * Whether a summary only repeats the start of the body (letters and digits compared, so
 * straight and curly quotes or a trailing "[...]" do not make it look different).
 */
export function echoedIn(summary: string, paragraphs: readonly string[]): boolean {
  const bare = (t: string): string => t.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
  const probe = bare(summary).slice(0, 60);
  return paragraphs.some((p) => bare(p).includes(probe));
}

/** Alt/title text worth showing: not empty, not a file name or camera id, not a placeholder. */
export function meaningfulAlt(alt: string | null): string | null {
  const t = normalizeSpace(alt ?? '');
  if (t.length < 8 || !/\s/.test(t)) return null; // "thumb", "IMG_2201", "3512371729_b3dd79e8d5"
  if (/\.(jpe?g|png|gif|webp|svg)$/i.test(t)) return null;
  if (/^(image|photo|picture|logo|icon|avatar)\b.{0,12}$/i.test(t)) return null;
  return t;
}

// Elements whose text is never article prose.
const SKIP = new Set([
  'script', 'style', 'noscript', 'template', 'iframe', 'object', 'embed', 'form', 'button',
  'select', 'textarea', 'input', 'nav', 'svg', 'canvas', 'video', 'audio', 'head', 'title',
]);
// Elements that end the paragraph being gathered.
const BLOCK = new Set([
  'p', 'div', 'section', 'article', 'main', 'header', 'footer', 'aside', 'blockquote', 'ul',
  'ol', 'li', 'dl', 'dt', 'dd', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'pre', 'table', 'tr', 'td',
  'th', 'tbody', 'thead', 'hr', 'address', 'center',
]);
const CAPTION_BOX = /\b(wp-caption|caption|figure)\b/i;

/** Walks a DOM subtree and gathers blocks; inline text is buffered until a block boundary. */
export function elementToBlocks(root: Element): BodyParts {
  const blocks: Block[] = [];
  const captions: Caption[] = [];
  const seen = new Set<string>();
  let buffer = '';

  const flush = (): void => {
    // Two <br> in a row (kept as \n\n) separate paragraphs; a single one is a line break.
    for (const part of buffer.split(/\n[ \t]*\n/)) {
      const text = normalizeSpace(part);
      if (text && /[\p{L}\p{N}]/u.test(text)) blocks.push({ kind: 'paragraph', text });
    }
    buffer = '';
  };
  const addCaption = (raw: string): void => {
    const cap = splitCredit(raw);
    if (!cap.text || seen.has(cap.text)) return;
    seen.add(cap.text);
    flush();
    captions.push(cap);
    blocks.push({ kind: 'caption', ...cap });
  };

  const walk = (node: Node): void => {
    if (node.nodeType === 3) {
      buffer += (node.nodeValue ?? '').replace(/\s+/g, ' ');
      return;
    }
    if (node.nodeType !== 1) return;
    const el = node as Element;
    const tag = el.tagName.toLowerCase();
    if (SKIP.has(tag)) return;
    if (tag === 'br') {
      buffer += '\n';
      return;
    }
    if (tag === 'img') {
      const alt = meaningfulAlt(el.getAttribute('alt')) ?? meaningfulAlt(el.getAttribute('title'));
      if (alt) addCaption(alt);
      return;
    }
    if (tag === 'figure' || CAPTION_BOX.test(el.getAttribute('class') ?? '')) {
      const capEl = el.querySelector('figcaption, .wp-caption-text, [class*="caption-text"]');
      if (capEl || tag === 'figure') {
        const img = el.querySelector('img');
        const text = capEl
          ? normalizeSpace(capEl.textContent ?? '')
          : meaningfulAlt(img?.getAttribute('alt') ?? null);
        if (text) addCaption(text);
        return;
      }
    }
    const isBlock = BLOCK.has(tag);
    if (isBlock) flush();
    for (const child of Array.from(el.childNodes)) walk(child);
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
  const { document } = parseHTML(`<!doctype html><html><body>${html}</body></html>`);
  return elementToBlocks(document.body);
}
