/**
 * Which keys a warm start's first screen (`Catalog.preview`: the list's first rows only) answers
 * before the whole list has come: those whose answer the first rows alone decide. The others
 * wait for the whole list (`ui/use-key-router.ts` holds them, and every key after them).
 */
import type { Command, Context } from '../keys/bindings.js';
import { runCommand } from './commands.js';
import { visibleHeadlines } from './selectors.js';
import type { ReaderState } from './state.js';

const QUIT: readonly Command[] = ['quit.anywhere', 'quit.now'];
/** Keys that only move the focus between panes, or show the help (whose keys scroll only it). */
const FOCUS: readonly Command[] = ['pane.next', 'pane.prev', 'help'];

/**
 * The search line's editing keys: they change only the query. Its results wait for the whole
 * list (`searchWaits` in selectors.ts), so `/` and typing echo at once on the first screen.
 */
const LINE_EDITS: readonly Command[] = [
  'line.backspace', 'line.delete', 'line.killWord', 'line.killWordBack', 'line.killWordForward', 'line.killStart',
  'line.killEnd', 'line.start', 'line.end', 'line.left', 'line.right', 'line.wordLeft', 'line.wordRight',
];

/** Commands that act on the selected row or the article it opened, whatever the rows after. */
const ON_ITS_ROWS: Partial<Record<Context, ReadonlySet<Command>>> = {
  headlines: new Set<Command>(['open', 'toggleRead', 'toggleStar', 'nav.up', 'nav.pageUp', 'nav.halfUp', 'nav.first', 'search.open', ...FOCUS, ...QUIT]),
  article: new Set<Command>([
    'article.lineDown', 'article.lineUp', 'article.pageDown', 'article.pageUp', 'article.halfDown', 'article.halfUp',
    'article.top', 'article.bottom', 'article.zoom', 'back', 'toggleRead', 'toggleStar', 'find.open', 'find.next', 'find.prev', ...FOCUS, ...QUIT,
  ]),
  sections: new Set<Command>(['search.open', ...FOCUS, ...QUIT]),
  search: new Set<Command>([...LINE_EDITS, 'search.cancel', ...QUIT]),
};

/** Moves down the list: answered on the first screen while they stop short of its last row. */
const DOWN = new Set<Command>(['nav.down', 'nav.pageDown', 'nav.halfDown']);

/**
 * Whether a key, pressed in `context`, is answered on the first screen `state` shows as it would
 * be on the whole list; `command` is what the key map binds it to (none for a letter typed into
 * the search line). A move down that would reach the first screen's last row is not: the whole
 * list may go on past it (`G` never is). Enter on the search line keeps the results and moves
 * to them: it waits for them, unless the line is the open article's find. The help's keys only
 * scroll or close it.
 */
export function answersOnFirstScreen(state: ReaderState, context: Context, command: Command | undefined): boolean {
  if (command === undefined) return context === 'search';
  if (context === 'help') return true;
  if (ON_ITS_ROWS[context]?.has(command)) return true;
  if (context === 'search') return command === 'search.submit' && state.find?.mode === 'editing';
  if (context !== 'headlines' || !DOWN.has(command)) return false;
  return runCommand(state, command).headline < visibleHeadlines(state).length - 1;
}
