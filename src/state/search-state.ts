/**
 * The two searches' states: the list's search line (`/` in the lists) and the find inside the
 * open article (`/` in the article pane), with what a list query's quoted phrases matched.
 */
import type { Focus } from './panes.js';

/** Where to go back to when a search is cleared. */
export interface SearchOrigin {
  focus: Exclude<Focus, 'search'>;
  headline: number;
  headlineTop: number;
}

/**
 * The search line as a state machine: `off`, `editing` (the line has focus, results narrow as
 * you type) and `applied` (Enter kept the results; the list shows them until Esc).
 */
export type Search =
  | { mode: 'off' }
  | { mode: 'editing'; query: string; cursor: number; origin: SearchOrigin }
  | { mode: 'applied'; query: string; cursor: number; origin: SearchOrigin };

/**
 * The search inside the open article (`/` in the article pane): `editing` while its line has the
 * keys (the window follows the first match as you type), `applied` once Enter kept it (matches
 * highlighted, `n`/`N` step through them). Ends when the article closes.
 */
export interface ArticleFind {
  readonly mode: 'editing' | 'applied';
  readonly query: string;
  readonly cursor: number;
  /** Index of the current match (clamped to the matches there are). */
  readonly match: number;
  /** The window's first line when `/` was pressed: Esc on the line goes back there. */
  readonly originTop: number;
}

/** The result of checking a list query's quoted phrases in the candidates' text. */
export interface PhraseCheck {
  readonly query: string;
  readonly ids: ReadonlySet<string>;
}
