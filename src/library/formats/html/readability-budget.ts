/**
 * Whether Readability can read a saved page in time (issue 10: no file over 1 s below 5 MiB).
 * Readability on linkedom walks the whole tree about a dozen times, so its cost grows with the
 * number of elements, with the bytes inside tags (attributes are copied and matched by every
 * selector pass) and with the longest text node (each step builds its own copy of it). One
 * scan of the page, without building anything, counts these and predicts the cost; a page over
 * the budget is read by the streaming extractor (`stream-extract.ts`) instead.
 *
 * The cost per unit is the worst measured over the bench's HTML shapes (bench/parse-shapes.mjs:
 * saved pages, never-closed tags, deep nesting, one huge text node, very many attributes,
 * huge scripts) at 100 KB to 1.6 MB, on the shared 2-core machine under load
 * (`.scratch/costmodel.mjs`, see bench/RESULTS.md): so the prediction is an upper bound for
 * every shape, and 2 to 3 times the real cost of ordinary pages (a 130 KB real news page:
 * predicted about 130 ms, measured 40–50 ms).
 */
import { MAX_DEPTH } from './dom-depth.js';

/** Microseconds per element (deep nesting, closed: 44 µs; one-word <div>s never closed: 23). */
const PER_ELEMENT_US = 45;
/** Per byte inside tags (200 attributes per paragraph: 0.58 µs). */
const PER_TAG_BYTE_US = 0.6;
/** Per byte of the longest text node (one 1.6 MB paragraph: 0.46 µs). */
const PER_LONGEST_TEXT_BYTE_US = 0.5;
/** Per byte of text and markup outside scripts and styles (ordinary pages: 0.1–0.2 µs). */
const PER_BYTE_US = 0.1;
/**
 * Per element, per level it lies deeper than {@link REAL_NESTING}. Readability weighs each block
 * by walks of its whole subtree, so an element costs more the more blocks hold it: blocks of 120
 * closed <div>s, each level with a sentence, cost 86 µs an element (10 deep: 27), and 283 KB of
 * them, predicted 399 ms without this, took 560–670 ms (load 7).
 */
const PER_DEEP_LEVEL_US = 1.5;
/** The deepest nesting of a real page in the scan (Readability's 130 test pages, the corpus, our fixtures: 32). */
const REAL_NESTING = 32;
/**
 * The budget: 400 ms predicted. The worst shapes cost about what is predicted, so a page read
 * by Readability takes at most about 0.4 s here, leaving the rest of the 1 s bound to a slower
 * or busier machine (the figures above were taken at a load of 7 to 10 on 2 cores).
 */
export const BUDGET_MS = 400;
/**
 * The least predicted throughput, in characters per µs (MB/s for ASCII), of a page read by
 * Readability. A page under it has more than about 70 elements per KB: one word or number per
 * element, not prose. It is still small enough for the budget (a 50 KB page of one-word
 * <div>s: 245 ms predicted, 40–80 ms measured, 0.6–1.2 MB/s) but reads at 5 MB/s or more in
 * the streaming extractor. Every real page measured predicts far above it: Readability's 130
 * test pages over 40 KB 0.86–7.6, the six ../shared/corpus pages 0.83–0.90, the fixture of a
 * 1,089-row data table 0.47 (`.scratch`'s predict run, session 7).
 */
export const MIN_PREDICTED_RATE = 0.3;
/**
 * The deepest nesting of a page Readability reads. Real pages nest 15–40 deep (the deepest of
 * Readability's 130 test pages, ../shared/corpus and our fixtures: 38); a page nested deeper was
 * generated with tags never closed (a `<ul><li>` or `<table><td>` per item) or is hostile.
 * Browsers cap the tree there too (Chrome's parser at 512), and `capDepth` (dom-depth.ts)
 * flattens everything below this depth into plain paragraphs anyway: the structure Readability
 * would weigh is gone, and on the flattened page it read at 2–4 MB/s where the streaming
 * extractor reads 10 or more (issue 10).
 */
export const MAX_NESTING = MAX_DEPTH;

// Elements that hold nothing, and elements whose end tag may be left out (a new item or cell
// ends them): neither adds a level to the nesting the scan counts.
const NO_LEVEL = new Set([
  'area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'param', 'source', 'track', 'wbr',
  'keygen', 'frame', 'basefont', 'bgsound', 'p', 'li', 'dt', 'dd', 'rt', 'rp', 'optgroup', 'option', 'colgroup',
  'caption', 'thead', 'tbody', 'tfoot', 'tr', 'td', 'th', 'html', 'head', 'body',
]);
// Elements whose content is text the tokenizer does not read as tags.
const RAW_TEXT = new Set(['script', 'style', 'textarea', 'title', 'xmp', 'iframe', 'noembed', 'noframes', 'plaintext', 'template']);

/** What the scan counted. */
export interface PageCounts {
  elements: number;
  tagBytes: number;
  longestText: number;
  bytes: number;
  /** Levels below {@link REAL_NESTING}, summed over the elements (see PER_DEEP_LEVEL_US). */
  deepLevels: number;
  /**
   * How deep elements nest, counted without a tree: each start tag of an element that needs an
   * end tag opens a level, its end tag closes one. The scan stops once this passes {@link MAX_NESTING}.
   */
  nesting: number;
}

/** Readability's predicted cost of the page in ms, an upper bound (see above). */
export function predictedMs(c: PageCounts): number {
  const us =
    c.elements * PER_ELEMENT_US + c.deepLevels * PER_DEEP_LEVEL_US + c.tagBytes * PER_TAG_BYTE_US + c.longestText * PER_LONGEST_TEXT_BYTE_US + c.bytes * PER_BYTE_US;
  return us / 1000;
}

/**
 * Counts start tags, bytes inside tags and the longest text between tags, in one scan. The
 * scan stops early once the count alone is over `stopAtMs` of predicted cost.
 */
export function countPage(html: string, stopAtMs = Infinity): PageCounts {
  const c: PageCounts = { elements: 0, tagBytes: 0, longestText: 0, bytes: html.length, nesting: 0, deepLevels: 0 };
  let depth = 0;
  const stopAtElements = (stopAtMs * 1000) / PER_ELEMENT_US;
  let textStart = 0;
  let i = html.indexOf('<');
  while (i >= 0) {
    const next = html.charCodeAt(i + 1);
    if (next === 0x21 && html.startsWith('<!--', i)) {
      const end = html.indexOf('-->', i + 4);
      textStart = end < 0 ? html.length : end + 3;
      c.bytes -= textStart - i;
      i = html.indexOf('<', textStart);
      continue;
    }
    const lower = next | 0x20;
    const letter = lower >= 0x61 && lower <= 0x7a;
    if (!letter && next !== 0x2f && next !== 0x21) {
      i = html.indexOf('<', i + 1); // a "<" in text
      continue;
    }
    c.longestText = Math.max(c.longestText, i - textStart);
    const close = html.indexOf('>', i + 1);
    const end = close < 0 ? html.length : close + 1;
    c.tagBytes += end - i;
    textStart = end;
    if (letter) {
      c.elements += 1;
      if (c.elements > stopAtElements) return c;
      if (depth > REAL_NESTING) c.deepLevels += depth - REAL_NESTING;
      const name = tagName(html, i + 1);
      if (RAW_TEXT.has(name)) {
        // What a script or style holds is not elements: on to its end tag.
        textStart = indexOfEndTag(html, name, end);
        c.bytes -= textStart - end;
      } else if (!NO_LEVEL.has(name) && html.charCodeAt(end - 2) !== 0x2f) {
        depth += 1;
        if (depth > c.nesting && (c.nesting = depth) > MAX_NESTING) return c;
      }
    } else if (next === 0x2f && depth > 0 && !NO_LEVEL.has(tagName(html, i + 2))) depth -= 1;
    i = html.indexOf('<', textStart);
  }
  c.longestText = Math.max(c.longestText, html.length - textStart);
  return c;
}

/** The tag's name (letters and digits, at most 10 of them), lower case. */
function tagName(html: string, from: number): string {
  let to = from;
  while (to < html.length && to - from < 10 && isNameChar(html.charCodeAt(to))) to += 1;
  return html.slice(from, to).toLowerCase();
}

function isNameChar(c: number): boolean {
  const lower = c | 0x20;
  return (lower >= 0x61 && lower <= 0x7a) || (c >= 0x30 && c <= 0x39);
}

function indexOfEndTag(html: string, name: string, from: number): number {
  for (let i = html.indexOf('</', from); i >= 0; i = html.indexOf('</', i + 2)) {
    if (html.slice(i + 2, i + 2 + name.length).toLowerCase() === name) return i;
  }
  return html.length;
}

/**
 * Whether the page is over Readability's budget: the predicted cost over {@link BUDGET_MS}, the
 * predicted rate under {@link MIN_PREDICTED_RATE}, or nesting deeper than {@link MAX_NESTING}.
 */
export function overReadabilityBudget(html: string): boolean {
  // Below 40 KB no shape comes near the budget: no scan.
  if (html.length <= 40_000) return false;
  const counts = countPage(html, BUDGET_MS);
  const ms = predictedMs(counts);
  return ms > BUDGET_MS || html.length / (ms * 1000) < MIN_PREDICTED_RATE || counts.nesting > MAX_NESTING;
}
