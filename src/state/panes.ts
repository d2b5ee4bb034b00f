/**
 * The reader's panes, left to right, and how each is sized: the one list a new pane is added to.
 * `layout.ts` turns these rows into boxes for a terminal size; `ui/panes.tsx` draws each pane.
 *
 * To add a pane: its id in {@link PANE_IDS}, its sizing in {@link PANE_SIZING}, a drawer in
 * `ui/panes.tsx` (and its component). A pane that takes the keys also needs a {@link Focus}, a
 * key context (`keys/bindings.ts`) and its place in `pane.next`/`pane.prev` (`commands.ts`).
 */

/** Every pane, in screen order (left to right). */
export const PANE_IDS = ['sections', 'headlines', 'article'] as const;

/** A pane's name. */
export type PaneId = (typeof PANE_IDS)[number];

/** Which part of the screen takes the keys. */
export type Focus = 'sections' | 'headlines' | 'article' | 'search';

/** A width as a share of the terminal's columns, kept between `min` and `max`. */
export interface Share {
  share: number;
  min: number;
  max: number;
}

/**
 * How a pane is sized in each layout. `fill` takes the columns the other panes leave (one pane
 * per layout). `reading` is a pane shown alone, full width, while the article is open and
 * focused (always in the narrow layout; in the wide one while zoomed); the other panes show
 * while it is not. `browsing` is the wide layout while no article is open: the pane is hidden,
 * or fills the room (issue 12: the headlines get the width an empty article pane kept).
 */
export interface PaneSizing {
  wide: Share | 'fill';
  browsing?: 'hidden' | 'fill';
  narrow: Share | 'fill' | 'reading';
}

/** The sizing of every pane. */
export const PANE_SIZING: Readonly<Record<PaneId, PaneSizing>> = {
  sections: { wide: { share: 0.16, min: 16, max: 26 }, narrow: { share: 0.3, min: 12, max: 24 } },
  headlines: { wide: { share: 0.3, min: 30, max: 56 }, browsing: 'fill', narrow: 'fill' },
  article: { wide: 'fill', browsing: 'hidden', narrow: 'reading' },
};
