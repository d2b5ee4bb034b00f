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

/** Commands that act on the selected row or the article it opened, whatever the rows after. */
const ON_ITS_ROWS: Partial<Record<Context, ReadonlySet<Command>>> = {
  headlines: new Set<Command>(['open', 'toggleRead', 'toggleStar', 'nav.up', 'nav.pageUp', 'nav.halfUp', 'nav.first', ...QUIT]),
  article: new Set<Command>([
    'article.lineDown', 'article.lineUp', 'article.pageDown', 'article.pageUp', 'article.halfDown', 'article.halfUp',
    'article.top', 'article.bottom', 'article.zoom', 'back', 'toggleRead', 'toggleStar', ...QUIT,
  ]),
  sections: new Set<Command>(QUIT),
};

/** Moves down the list: answered on the first screen while they stop short of its last row. */
const DOWN = new Set<Command>(['nav.down', 'nav.pageDown', 'nav.halfDown']);

/**
 * Whether `command`, pressed in `context`, is answered on the first screen `state` shows as it
 * would be on the whole list. A move down that would reach the first screen's last row is not:
 * the whole list may go on past it (`G` never is).
 */
export function answersOnFirstScreen(state: ReaderState, context: Context, command: Command): boolean {
  if (ON_ITS_ROWS[context]?.has(command)) return true;
  if (context !== 'headlines' || !DOWN.has(command)) return false;
  return runCommand(state, command).headline < visibleHeadlines(state).length - 1;
}
