/**
 * How close a parse is to what was expected: word-level F1 of the body (the measure of the
 * public extraction benchmarks: words as a bag, so order and layout do not count), and exact
 * headline, byline and date. Exact means equal after whitespace is collapsed and typographic
 * quotes and dashes are read as their plain forms.
 */

/** What a page was expected to give; a field left undefined is not scored. */
export interface Expected {
  /** False for a page that holds no article (a front page): it must be refused. */
  article: boolean;
  headline?: string;
  /** null: the page names no author, and none must be reported. */
  byline?: string | null;
  /** `YYYY-MM-DD`, or null when the page has no date. */
  published?: string | null;
  body?: string;
}

/** What `parse` gave for the page (null fields when it refused it). */
export interface Got {
  refused: string | null;
  headline: string | null;
  byline: string | null;
  published: string | null;
  body: string;
}

/** One page's scores; undefined where nothing was expected. */
export interface PageScore {
  /** The article/no-article decision matched. */
  decision: boolean;
  bodyF1?: number;
  headline?: boolean;
  byline?: boolean;
  published?: boolean;
}

/** Lower-case words (letters and digits) in reading order. */
export function words(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
}

/** Word-level F1 of `got` against `expected`: 1 when both are empty. */
export function wordF1(got: string, expected: string): number {
  const a = words(got);
  const b = words(expected);
  if (a.length === 0 || b.length === 0) return a.length === b.length ? 1 : 0;
  const counts = new Map<string, number>();
  for (const w of b) counts.set(w, (counts.get(w) ?? 0) + 1);
  let overlap = 0;
  for (const w of a) {
    const n = counts.get(w) ?? 0;
    if (n > 0) {
      overlap++;
      counts.set(w, n - 1);
    }
  }
  if (overlap === 0) return 0;
  const precision = overlap / a.length;
  const recall = overlap / b.length;
  return (2 * precision * recall) / (precision + recall);
}

/** A single-line value as compared: spacing collapsed, curly quotes and dashes made plain. */
export function comparable(value: string | null | undefined): string {
  return (value ?? '')
    .replace(/[‘’‚′]/g, "'")
    .replace(/[“”„″]/g, '"')
    .replace(/[‐‑‒–—]/g, '-')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Scores one page. */
export function scorePage(got: Got, expected: Expected): PageScore {
  if (!expected.article) return { decision: got.refused !== null };
  const score: PageScore = { decision: got.refused === null };
  if (expected.body !== undefined) score.bodyF1 = got.refused ? 0 : wordF1(got.body, expected.body);
  if (expected.headline !== undefined) score.headline = comparable(got.headline) === comparable(expected.headline);
  if (expected.byline !== undefined) score.byline = comparable(got.byline) === comparable(expected.byline);
  if (expected.published !== undefined) score.published = (got.published ?? null) === (expected.published ?? null);
  return score;
}

/** The suite's totals: shares of pages right, and the mean body F1. */
export interface Totals {
  pages: number;
  decisions: number;
  bodyF1: { mean: number; pages: number } | null;
  headline: { right: number; pages: number } | null;
  byline: { right: number; pages: number } | null;
  published: { right: number; pages: number } | null;
}

export function totals(scores: readonly PageScore[]): Totals {
  const share = (key: 'headline' | 'byline' | 'published') => {
    const scored = scores.filter((s) => s[key] !== undefined);
    return scored.length ? { right: scored.filter((s) => s[key]).length, pages: scored.length } : null;
  };
  const f1s = scores.flatMap((s) => (s.bodyF1 === undefined ? [] : [s.bodyF1]));
  return {
    pages: scores.length,
    decisions: scores.filter((s) => s.decision).length,
    bodyF1: f1s.length ? { mean: f1s.reduce((a, b) => a + b, 0) / f1s.length, pages: f1s.length } : null,
    headline: share('headline'),
    byline: share('byline'),
    published: share('published'),
  };
}
