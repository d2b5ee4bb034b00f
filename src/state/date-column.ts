/**
 * The headline list's date column: `09-17` for a date of the current year, `2024-09-17` for
 * any other (issue 12: a list without years hid that an article was two years old). The column
 * is as wide as the list's longest date, so rows stay aligned, and undated rows are blank.
 */
import type { ArticleSummary } from '../library/model/library.js';

/** How one published date (`YYYY-MM-DD`, or null) is shown, given the current year. */
export function dateLabel(published: string | null, thisYear: number): string {
  if (published === null || published === '') return '';
  return published.startsWith(`${thisYear}-`) ? published.slice(5) : published;
}

const widths = new WeakMap<readonly ArticleSummary[], { year: number; width: number }>();

/** The column's width for a list: 10 if any date is from another year, 5 if none, 0 if undated. */
export function dateColumnWidth(items: readonly ArticleSummary[], thisYear: number): number {
  const known = widths.get(items);
  if (known && known.year === thisYear) return known.width;
  let width = 0;
  for (const item of items) {
    width = Math.max(width, dateLabel(item.published, thisYear).length);
    if (width >= 10) break;
  }
  widths.set(items, { year: thisYear, width });
  return width;
}
