/**
 * Where everything goes for a terminal size: which panes show, how wide, how many rows each
 * list and the article get. Pure, so the reducer (page sizes, windows) and the components
 * (drawing) agree on the same numbers.
 */
import { clamp } from './window.js';
import { type Focus, PANE_IDS, PANE_SIZING, type PaneId, type Share } from './panes.js';

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
  /** Every pane's box, by id (see `panes.ts`); visible panes are drawn left to right. */
  panes: Readonly<Record<PaneId, PaneBox>>;
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
  /** The article widened to the whole screen (`z`) while it has the keys. */
  zoom?: boolean;
}

const shareOf = (columns: number, { share, min, max }: Share) => clamp(Math.round(columns * share), min, max);

/** Lays out a terminal of the given size. */
export function layoutFor(size: Size, input: LayoutInput): Layout {
  const columns = Math.max(1, Math.floor(size.columns));
  const height = Math.max(1, Math.floor(size.rows) - 1);
  const bodyRows = Math.max(1, height - 1 - (input.searchBar ? 1 : 0));
  const base = { columns, height, bodyRows, searchBar: input.searchBar, listRows: Math.max(1, bodyRows - 1), articleRows: Math.max(1, bodyRows - 2) };
  if (columns < MIN_COLUMNS || size.rows < MIN_ROWS) {
    const hidden: PaneBox = { visible: false, width: 0 };
    const panes = Object.fromEntries(PANE_IDS.map((id) => [id, hidden])) as Record<PaneId, PaneBox>;
    return { ...base, kind: 'too-small', panes, readingWidth: 10 };
  }
  const kind = columns >= WIDE_COLUMNS ? 'wide' : 'narrow';
  // The article, open and focused, takes the screen when narrow, or when zoomed (`z`).
  const reading = input.articleOpen && input.focus === 'article' && (kind === 'narrow' || input.zoom === true);
  const browsing = kind === 'wide' && !input.articleOpen;
  const sizing = (id: PaneId): Share | 'fill' | 'reading' | 'hidden' => {
    const s = PANE_SIZING[id];
    if (kind === 'narrow') return s.narrow;
    if (browsing && s.browsing) return s.browsing;
    return reading && s.narrow === 'reading' ? 'reading' : s.wide;
  };
  const beside = PANE_IDS.filter((id) => sizing(id) !== 'reading' && sizing(id) !== 'hidden');
  let rest = columns - (beside.length - 1);
  for (const id of beside) {
    const s = sizing(id);
    if (typeof s === 'object') rest -= shareOf(columns, s);
  }
  const panes = {} as Record<PaneId, PaneBox>;
  for (const id of PANE_IDS) {
    const s = sizing(id);
    panes[id] =
      s === 'reading' ? { visible: reading, width: columns }
      : s === 'hidden' ? { visible: false, width: 0 }
      : { visible: !reading, width: s === 'fill' ? rest : shareOf(columns, s) };
  }
  return { ...base, kind, panes, readingWidth: readingWidthFor(panes.article.width) };
}

/** Article text width for a pane: a margin of two columns each side, at most 80 columns. */
export function readingWidthFor(paneWidth: number): number {
  return clamp(paneWidth - 4, 10, MAX_READING_WIDTH);
}
