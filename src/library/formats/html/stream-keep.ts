/**
 * Which of the streaming extractor's blocks are the article (`stream-extract.ts`): furniture goes,
 * the page's `<article>` or `<main>` is kept alone when it holds a good part of the text, and
 * within it (or the page) the element that holds the story (`stream-score.ts`).
 */
import { isBodyText, type Block } from '../../model/article.js';
import { isFurnitureNamed } from './boilerplate.js';

// A site's furniture when outside the page's <article> or <main>.
const FURNITURE_TAGS = new Set(['header', 'footer', 'aside']);
// What Readability's scoring drops from a page and boilerplate.ts does not name: comments,
// sidebars, widgets, menus, share bars, tag lists.
const MORE_FURNITURE = /(?:^|[\s_-])(?:comments?|commentlist|respond|sidebar|widgets?|menu|breadcrumbs?|share|sharing|social|tags|pagination|related)(?:$|[\s_-])/i;

/** Whether an element opened with these attributes is a site's furniture (`inStory`: inside `<article>` or `<main>`). */
export function isStreamFurniture(name: string, a: Record<string, string | undefined>, inStory: boolean): boolean {
  return (
    (FURNITURE_TAGS.has(name) && !inStory) ||
    isFurnitureNamed(name, a.role, a.class, a.id) ||
    ((a.class !== undefined || a.id !== undefined) && MORE_FURNITURE.test(`${a.class ?? ''} ${a.id ?? ''}`))
  );
}

/** Blocks `[from, to)` of one element, and whether it held an `<h1>`. */
export interface Range {
  from: number;
  to: number;
  h1: boolean;
}

// The page's story, when it holds at least this share of the text.
const CONTAINER_SHARE = 0.3;

/**
 * Which blocks stay: furniture goes unless it holds an `<h1>` or 40 % of the text or more (as
 * `isDroppable` decides on a DOM); then the container with the most text, when it holds at least
 * {@link CONTAINER_SHARE} of what is left; then, within that container or the page, the element
 * `story` finds holding the prose, when it finds one. Null when every block stays.
 */
export function keeper(
  blocks: readonly Block[],
  furniture: Range[],
  containers: Range[],
  story: (kept: (i: number) => boolean, within: Range | null) => { from: number; to: number } | null = () => null,
): ((i: number) => boolean) | null {
  const lengths = blocks.map((b) => (isBodyText(b) ? b.text.length : 0));
  const sum = (from: number, to: number, keep: (i: number) => boolean): number => {
    let n = 0;
    for (let i = from; i < to; i += 1) if (keep(i)) n += lengths[i]!;
    return n;
  };
  const total = sum(0, lengths.length, () => true);
  const dropped = new Uint8Array(lengths.length);
  let anyDropped = false;
  for (const r of furniture) {
    if (r.h1 || sum(r.from, r.to, () => true) > 0.4 * total) continue;
    dropped.fill(1, r.from, r.to);
    anyDropped = true;
  }
  const kept = (i: number): boolean => dropped[i] === 0;
  const left = sum(0, lengths.length, kept);
  let best: Range | null = null;
  let bestText = 0;
  for (const r of containers) {
    const text = sum(r.from, r.to, kept);
    if (text > bestText) [best, bestText] = [r, text];
  }
  const container = best && bestText >= CONTAINER_SHARE * left ? best : null;
  // Within what is left (the container, or the page), the element that holds the story.
  const chosen = story(kept, container) ?? container;
  if (!chosen) return anyDropped ? kept : null;
  const { from, to } = chosen;
  return (i) => i >= from && i < to && kept(i);
}
