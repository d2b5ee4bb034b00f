/**
 * Where the story is on a page without `<article>` or `<main>` (or with one that holds the
 * whole page), for the streaming extractor (`stream-extract.ts`): Readability's idea, scoring
 * the elements that hold paragraphs, in one pass. Each block of text weighs its length when it
 * reads as prose (25 characters or more, mostly not link text), minus its length when it is
 * mostly links (menus, link lists, tag clouds), and nothing otherwise (headings, captions, short
 * lines). Every container element (`div`, `section`, `td`…) is a range of blocks, since blocks
 * come in document order; the one whose blocks weigh most is the story: the tightest element
 * that holds the prose with the least link chrome around it. Linear: a prefix sum of the
 * weights, then one subtraction per element.
 */
import type { Block } from '../../model/article.js';
import type { Range } from './stream-keep.js';

/** Elements that can hold a story, as Readability's candidates are (paragraphs' parents). */
export const CONTAINERS = new Set(['div', 'section', 'article', 'main', 'td', 'center']);

/** Prose, as Readability counts paragraphs: at least this long. */
const MIN_PROSE = 25;
/** Link text over this share of a block makes it chrome. */
const LINK_HEAVY = 0.5;
/** A page with less prose than this has no story to find: every block is kept. */
const MIN_STORY = 250;
/** The chosen element must hold at least this share of the page's prose. */
const STORY_SHARE = 0.5;

/**
 * The block ranges of container elements, recorded as they close; only those that gained a
 * block of prose (a page of 400,000 never-closed one-word `<div>`s records none). Typed arrays,
 * as a page can open hundreds of thousands of containers.
 */
export class ContainerRanges {
  private starts = new Int32Array(256);
  private proseAtStart = new Int32Array(256);
  private depth = 0;
  from = new Int32Array(256);
  to = new Int32Array(256);
  count = 0;

  /** A container opened when `blocks` blocks and `prose` characters of prose had been made. */
  open(blocks: number, prose: number): void {
    if (this.depth === this.starts.length) [this.starts, this.proseAtStart] = [grow(this.starts), grow(this.proseAtStart)];
    this.starts[this.depth] = blocks;
    this.proseAtStart[this.depth] = prose;
    this.depth += 1;
  }

  /** The innermost open container closed when `blocks` blocks and `prose` characters of prose had been made. */
  close(blocks: number, prose: number): void {
    if (this.depth === 0) return;
    this.depth -= 1;
    if (prose === this.proseAtStart[this.depth]) return;
    if (this.count === this.from.length) [this.from, this.to] = [grow(this.from), grow(this.to)];
    this.from[this.count] = this.starts[this.depth]!;
    this.to[this.count] = blocks;
    this.count += 1;
  }
}

function grow(a: Int32Array): Int32Array<ArrayBuffer> {
  const b = new Int32Array(a.length * 2);
  b.set(a);
  return b;
}

/** Whether a block is long enough to be prose, as Readability counts paragraphs. */
export const isProseLength = (text: string): boolean => text.length >= MIN_PROSE;

/** What a block weighs: + its prose, − its link chrome, 0 for the rest. */
export function blockWeight(block: Block, linkChars: number): number {
  const length = block.text.length;
  if (length === 0) return 0;
  if (linkChars / length > LINK_HEAVY) return -length;
  const prose = block.kind === 'paragraph' || block.kind === 'quote' || block.kind === 'list-item' || block.kind === 'preformatted';
  return prose && isProseLength(block.text) ? length - linkChars : 0;
}

/**
 * {@link storyRange} over the extractor's blocks, as `keeper` asks for it; `prose`: the characters
 * of their blocks long enough to be prose (under {@link MIN_STORY}, nothing need be weighed).
 */
export function storyFinder(blocks: readonly Block[], links: ReadonlyMap<number, number>, prose: number, ranges: ContainerRanges) {
  if (prose < MIN_STORY || ranges.count === 0) return () => null;
  const weights = blocks.map((b, i) => blockWeight(b, links.get(i) ?? 0));
  return (kept: (i: number) => boolean, within: Range | null) => storyRange(weights, ranges, kept, within);
}

/**
 * The blocks `[from, to)` of the element that holds the story, within `within` (every block when
 * null), counting only blocks `kept` keeps; null when the page has too little prose to tell, or
 * no element holds most of it.
 */
export function storyRange(
  weights: ArrayLike<number>,
  ranges: ContainerRanges,
  kept: (i: number) => boolean,
  within: { from: number; to: number } | null,
): { from: number; to: number } | null {
  const prefix = new Float64Array(weights.length + 1);
  const prose = new Float64Array(weights.length + 1);
  for (let i = 0; i < weights.length; i += 1) {
    const w = kept(i) ? weights[i]! : 0;
    prefix[i + 1] = prefix[i]! + w;
    prose[i + 1] = prose[i]! + Math.max(w, 0);
  }
  const lo = within?.from ?? 0;
  const hi = within?.to ?? weights.length;
  const total = prose[hi]! - prose[lo]!;
  if (total < MIN_STORY) return null;
  let best = -1;
  let bestScore = -Infinity;
  for (let r = 0; r < ranges.count; r += 1) {
    const from = ranges.from[r]!;
    const to = ranges.to[r]!;
    if (from < lo || to > hi) continue;
    const score = prefix[to]! - prefix[from]!;
    if (score > bestScore) [best, bestScore] = [r, score];
  }
  if (best < 0) return null;
  const from = ranges.from[best]!;
  const to = ranges.to[best]!;
  return prose[to]! - prose[from]! >= STORY_SHARE * total ? { from, to } : null;
}
