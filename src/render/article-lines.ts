/**
 * An article laid out as styled lines for one reading width: {@link articleParts} wrapped to
 * the pane. Wrapping is the expensive part of showing an article, so it happens ONCE per
 * article and width (memoized); the pane then renders only the slice of lines that fits
 * (windowed rendering, ink #359).
 */
import type { Article } from '../library/model/article.js';
import { displayWidth } from '../library/text/text-width.js';
import { breakWord, wrapText } from '../library/text/wrap-text.js';
import { nextTurn } from '../library/model/next-turn.js';
import { partGroups } from './article-parts.js';
import type { Token } from './theme.js';

export { captionText, longDate } from './article-parts.js';

/**
 * One display line, how it is styled, and where it starts in the text: paragraph `part` of the
 * article's parts (in order, from 0), `at` characters into it, counting no spaces (and, in code,
 * each line break). Neither depends on the width, so a place in the text is found again at any
 * width (`article-anchor.ts`). A blank line between groups starts at the end of the paragraph before it.
 */
export interface ArticleLine {
  text: string;
  token: Token;
  part: number;
  at: number;
}

const SPACE = /\s/gu;
/** Characters counted for `at`: all but spaces. */
const counted = (text: string): number => text.length - (text.match(SPACE)?.length ?? 0);

/** Builds the lines into `out`, pausing (`yield`) every {@link PARTS_PER_STEP} paragraphs. */
function* build(article: Article, width: number, out: ArticleLine[]): Generator<void> {
  let part = -1;
  let at = 0;
  for (const group of partGroups(article, 'screen')) {
    if (out.length > 0 && out[out.length - 1]?.text !== '') out.push({ text: '', token: 'text.primary', part, at });
    for (const { text, token, indent = '', marker, preformatted } of group) {
      if (++part % PARTS_PER_STEP === 0) yield;
      at = 0;
      const room = width - displayWidth(indent);
      if (preformatted) {
        // Code keeps its lines and leading spaces; a line too wide is cut, not re-flowed.
        for (const raw of text.split('\n')) {
          const pieces = displayWidth(raw) <= room ? [raw] : breakWord(raw, room);
          for (const line of pieces) {
            out.push({ text: indent + line, token, part, at });
            at += counted(line);
          }
          at++;
        }
        continue;
      }
      const hang = marker ? ' '.repeat(displayWidth(marker)) : '';
      wrapText(text, room - hang.length).forEach((line, i) => {
        out.push({ text: indent + (i === 0 ? (marker ?? '') : hang) + line, token, part, at });
        at += counted(line);
      });
    }
  }
}

const PARTS_PER_STEP = 256;
/** How long {@link prepareArticleLines} works between turns of the event loop. */
const SLICE_MS = 4;

const cache = new WeakMap<Article, Map<number, readonly ArticleLine[]>>();

/** The article's lines at `width` columns; the same array for the same article and width. */
export function articleLines(article: Article, width: number): readonly ArticleLine[] {
  const w = Math.max(10, Math.floor(width));
  let byWidth = cache.get(article);
  if (!byWidth) {
    byWidth = new Map();
    cache.set(article, byWidth);
  }
  let lines = byWidth.get(w);
  if (!lines) {
    const out: ArticleLine[] = [];
    for (const _ of build(article, w, out));
    byWidth.set(w, (lines = out));
  }
  return lines;
}

const building = new WeakMap<Article, Map<number, Promise<void>>>();

/**
 * Wraps the article at `width` in slices of about {@link SLICE_MS}, yielding to the event loop
 * between them, so {@link articleLines} then answers from memory: 400,000 paragraphs took over a
 * second in one piece, keys unanswered. Asked again meanwhile (the open article and the one
 * prepared ahead are the same), it joins the wrapping under way.
 */
export function prepareArticleLines(article: Article, width: number): Promise<void> {
  const w = Math.max(10, Math.floor(width));
  if (cache.get(article)?.has(w)) return Promise.resolve();
  let pending = building.get(article);
  if (!pending) building.set(article, (pending = new Map()));
  let done = pending.get(w);
  if (!done) {
    done = wrapInSlices(article, w).finally(() => pending.delete(w));
    pending.set(w, done);
  }
  return done;
}

async function wrapInSlices(article: Article, w: number): Promise<void> {
  const out: ArticleLine[] = [];
  let start = performance.now();
  for (const _ of build(article, w, out)) {
    if (performance.now() - start < SLICE_MS) continue;
    await nextTurn();
    start = performance.now();
  }
  if (!cache.has(article)) cache.set(article, new Map());
  cache.get(article)!.set(w, out);
}
