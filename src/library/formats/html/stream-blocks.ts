/**
 * The body blocks the streaming extractor (`stream-extract.ts`) builds from parser events, with
 * the same kinds and rules as `html-to-blocks.ts` builds from a DOM: inline text is gathered
 * until a block boundary, two `<br>` in a row end a paragraph, a list item's second paragraph
 * continues it, a caption told twice is kept once (the one with a credit). Each step is linear
 * in the text: a paragraph's text is collapsed once, when it ends.
 */
import type { Block, Caption } from '../../model/article.js';
import { normalizeSpace } from '../../text/whitespace.js';
import { bareLetters as bare } from '../summary-echo.js';
import type { BodyParts } from './html-to-blocks.js';
import { isProseLength } from './stream-score.js';

/** What surrounds the text being gathered: the kind its paragraphs become. */
export type Context =
  | { kind: 'paragraph' | 'quote' }
  | { kind: 'list-item'; marker: string; depth: number }
  | { kind: 'heading'; level: number };

// A heading never closed would swallow the page: longer than this, it is a paragraph.
const MAX_HEADING = 300;
const WORDLIKE = /[\p{L}\p{N}]/u;

export class BlockBuilder {
  readonly blocks: Block[] = [];
  /** Characters of link text in a block, by the block's index, for blocks that have any (for `stream-score.ts`). */
  readonly links = new Map<number, number>();
  readonly captions: Caption[] = [];
  private readonly captionAt = new Map<string, number>();
  private buffer = '';
  private bufferLinks = 0;
  private readonly contexts: Context[] = [{ kind: 'paragraph' }];

  /** Inline text (whitespace collapses as in a browser; `<br>` is added as `\n`), `link` inside an `<a href>`. */
  text(data: string, link = false): void {
    if (link) this.bufferLinks += data.length;
    // A newline in the text is a space: only a <br> makes a line break (kept as "\n").
    this.buffer += data.includes('\n') ? data.replace(/\n/g, ' ') : data;
  }

  lineBreak(): void {
    this.buffer += '\n';
  }

  /** Ends the paragraph being gathered, as a block of the innermost context's kind. */
  flush(): void {
    if (this.buffer === '') return;
    const buffer = this.buffer;
    const links = this.bufferLinks / buffer.length;
    this.buffer = '';
    this.bufferLinks = 0;
    // Two <br> in a row (with only spaces between) separate paragraphs; a single one is a line break.
    const parts = buffer.includes('\n') ? buffer.split(/\n[ \t]*\n/) : [buffer];
    for (const part of parts) {
      // Trimmed first: most parts then need no other change (one-word paragraphs end in a space).
      const text = normalizeSpace(part.trim());
      // Link text is shared out by length when one gathering makes several paragraphs.
      if (text && (isAsciiWordChar(text.charCodeAt(0)) || WORDLIKE.test(text))) this.push(text, Math.round(links * text.length));
    }
  }

  /** Characters in blocks long enough to be prose (for `stream-score.ts`). */
  prose = 0;

  private add(block: Block, links = 0): void {
    if (links > 0) this.links.set(this.blocks.length, links);
    this.blocks.push(block);
    if (isProseLength(block.text)) this.prose += block.text.length;
  }

  private push(text: string, links: number): void {
    const ctx = this.contexts[this.contexts.length - 1]!;
    if (ctx.kind === 'list-item') {
      this.add({ kind: 'list-item', text, marker: ctx.marker, depth: ctx.depth }, links);
      // A second paragraph in one item continues it.
      this.contexts[this.contexts.length - 1] = { ...ctx, marker: '' };
    } else if (ctx.kind === 'heading' && text.length <= MAX_HEADING) {
      this.add({ kind: 'heading', text, level: ctx.level }, links);
    } else this.add({ kind: ctx.kind === 'quote' ? 'quote' : 'paragraph', text }, links);
  }

  /** Starts a context (a heading, list item or quote): what is gathered until {@link leave} becomes its kind. */
  enter(ctx: Context): void {
    this.flush();
    this.contexts.push(ctx);
  }

  leave(): void {
    this.flush();
    if (this.contexts.length > 1) this.contexts.pop();
  }

  /** The list depth a new item gets: one deeper inside an item. */
  get listDepth(): number {
    const ctx = this.contexts[this.contexts.length - 1]!;
    return ctx.kind === 'list-item' ? ctx.depth + 1 : 0;
  }

  /** A `<pre>`'s text, kept line for line. */
  preformatted(raw: string): void {
    this.flush();
    // trimEnd, not /\s+$/: that regex is quadratic in a long run of spaces.
    const text = raw.replace(/\r\n?/g, '\n').replace(/^\n+/, '').trimEnd();
    if (/\S/.test(text)) this.add({ kind: 'preformatted', text });
  }

  /** A caption where it stands, unless the same picture was described already. */
  caption(cap: Caption | null): void {
    if (!cap?.text) return;
    const key = bare(cap.text);
    const at = this.captionAt.get(key);
    if (at !== undefined) {
      const known = this.captions[at]!;
      if (!known.credit && cap.credit) {
        const i = this.blocks.findIndex((b) => b.kind === 'caption' && b.text === known.text);
        this.captions[at] = { text: cap.text, credit: cap.credit };
        if (i >= 0) this.blocks[i] = { kind: 'caption', text: cap.text, credit: cap.credit };
      }
      return;
    }
    this.flush();
    this.captionAt.set(key, this.captions.length);
    this.captions.push(cap);
    this.add({ kind: 'caption', ...cap });
  }

  /** The blocks that `keep` keeps (all when null), in order; a caption before the first paragraph leaves the body (it is the lead photo's). */
  parts(keep: ((i: number) => boolean) | null): BodyParts {
    this.flush();
    const blocks = keep ? this.blocks.filter((_, i) => keep(i)) : this.blocks;
    if (blocks[0]?.kind === 'caption') blocks.shift();
    return { blocks, captions: this.captions };
  }
}

function isAsciiWordChar(c: number): boolean {
  return (c >= 0x30 && c <= 0x39) || ((c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a);
}
