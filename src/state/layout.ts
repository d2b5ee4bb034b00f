/**
 * Where everything goes for a terminal size: which panes show, how wide, how many rows each
 * list and the article get. Pure, so the reducer (page sizes, windows) and the components
 * (drawing) agree on the same numbers.
 */
import type { Focus } from './state.js';

/** Below this many columns or rows the reader shows a short message instead of garbling. */
export const MIN_COLUMNS = 40;
/** See {@link MIN_COLUMNS}. */
export const MIN_ROWS = 10;
/** From this many columns, sections, headlines and article show side by side. */
export const WIDE_COLUMNS = 110;
/** The widest column of article text (longer lines are hard to read). */
export const MAX_READING_WIDTH = 80;

/** A terminal size. */
export interface Size {
  columns: number;
  rows: number;
}

/** One pane's place: shown or not, and its width in columns. */
export interface PaneBox {
  visible: boolean;
  width: number;
}

/** The computed layout. */
export interface Layout {
  kind: 'too-small' | 'wide' | 'narrow';
  columns: number;
  /**
   * Rows Ink may draw: one less than the terminal, because Ink clears the whole screen on every
   * frame whose output is as tall as the terminal (ink.tsx `outputHeight >= stdout.rows`).
   */
  height: number;
  /** Rows for the panes (height minus the status bar and, while searching, the search line). */
  bodyRows: number;
  sections: PaneBox;
  headlines: PaneBox;
  article: PaneBox;
  /** Item rows in a list (a pane's title takes one). */
  listRows: number;
  /** Text rows in the article pane (its title and footer take one each). */
  articleRows: number;
  /** The column width article text is wrapped to. */
  readingWidth: number;
  searchBar: boolean;
}

/** What besides the size decides the layout. */
export interface LayoutInput {
  focus: Focus;
  articleOpen: boolean;
  searchBar: boolean;
}

const clamp = (n: number, lo: number, hi: number) => Math.max(lo, Math.min(hi, n));

/** Lays out a terminal of the given size. */
export function layoutFor(size: Size, input: LayoutInput): Layout {
  const columns = Math.max(1, Math.floor(size.columns));
  const height = Math.max(1, Math.floor(size.rows) - 1);
  const bodyRows = Math.max(1, height - 1 - (input.searchBar ? 1 : 0));
  const base = { columns, height, bodyRows, searchBar: input.searchBar, listRows: Math.max(1, bodyRows - 1), articleRows: Math.max(1, bodyRows - 2) };
  const hidden: PaneBox = { visible: false, width: 0 };
  if (columns < MIN_COLUMNS || size.rows < MIN_ROWS) {
    return { ...base, kind: 'too-small', sections: hidden, headlines: hidden, article: hidden, readingWidth: 10 };
  }
  if (columns >= WIDE_COLUMNS) {
    const s = clamp(Math.round(columns * 0.16), 16, 26);
    const h = clamp(Math.round(columns * 0.3), 30, 56);
    const a = columns - s - h - 2;
    return {
      ...base,
      kind: 'wide',
      sections: { visible: true, width: s },
      headlines: { visible: true, width: h },
      article: { visible: true, width: a },
      readingWidth: readingWidthFor(a),
    };
  }
  const full = input.articleOpen && input.focus === 'article';
  const s = clamp(Math.round(columns * 0.3), 12, 24);
  return {
    ...base,
    kind: 'narrow',
    sections: { visible: !full, width: s },
    headlines: { visible: !full, width: columns - s - 1 },
    article: { visible: full, width: columns },
    readingWidth: readingWidthFor(columns),
  };
}

/** Article text width for a pane: a margin of two columns each side, at most 80 columns. */
export function readingWidthFor(paneWidth: number): number {
  return clamp(paneWidth - 4, 10, MAX_READING_WIDTH);
}
