/**
 * The one key table. Every key the reader understands is here, as data: the router looks keys
 * up in the map built from it, and the help overlay and the status-bar hints are drawn from it
 * (`key-help.ts`), so they cannot disagree with what the keys do. A later config file can remap
 * keys by passing overrides to {@link buildKeyMap} / {@link resolveBindings}.
 *
 * Keys are canonical names (see `key-name.ts`): a printable character as itself (`j`, `G`, `?`),
 * or one of `up down left right pageup pagedown home end enter escape tab shift-tab space
 * backspace delete`, or `ctrl-<letter>`, or `meta-<character>` (Alt/Meta held, or Esc then the key).
 */

/** Where a key is pressed: the focused pane, the search line, or the help overlay. */
export type Context = 'sections' | 'headlines' | 'article' | 'search' | 'help';

/** Every semantic command the reader knows. */
export type Command =
  | 'nav.down'
  | 'nav.up'
  | 'nav.pageDown'
  | 'nav.pageUp'
  | 'nav.halfDown'
  | 'nav.halfUp'
  | 'nav.first'
  | 'nav.last'
  | 'pane.next'
  | 'pane.prev'
  | 'open'
  | 'back'
  | 'quit'
  | 'quit.now'
  | 'article.lineDown'
  | 'article.lineUp'
  | 'article.pageDown'
  | 'article.pageUp'
  | 'article.halfDown'
  | 'article.halfUp'
  | 'article.top'
  | 'article.bottom'
  | 'article.next'
  | 'article.prev'
  | 'article.zoom'
  | 'nextUnread'
  | 'toggleRead'
  | 'markSectionRead'
  | 'toggleStar'
  | 'undo'
  | 'quit.anywhere'
  | 'openUrl'
  | 'search.open'
  | 'find.open'
  | 'find.next'
  | 'find.prev'
  | 'search.submit'
  | 'search.cancel'
  | 'line.backspace'
  | 'line.delete'
  | 'line.killStart'
  | 'line.killEnd'
  | 'line.killWord'
  | 'line.killWordBack'
  | 'line.killWordForward'
  | 'line.start'
  | 'line.end'
  | 'line.left'
  | 'line.right'
  | 'line.wordLeft'
  | 'line.wordRight'
  | 'help'
  | 'help.close';

/** One row of the key table. */
export interface Binding {
  command: Command;
  /** Canonical key names; the first is the one shown in hints. */
  keys: readonly string[];
  /** Where the binding applies. */
  contexts: readonly Context[];
  /** Short text for the status-bar hint (`open`, `search`). */
  label: string;
  /** One line for the help overlay. */
  description: string;
  /** Shown in the status bar's hints for its contexts. */
  hint?: boolean;
}

const LISTS: readonly Context[] = ['sections', 'headlines'];
const PANES: readonly Context[] = ['sections', 'headlines', 'article'];
const ALL: readonly Context[] = ['sections', 'headlines', 'article', 'search', 'help'];

/** The default key table, in priority order (first match wins within a context). */
export const BINDINGS: readonly Binding[] = [
  { command: 'search.submit', keys: ['enter'], contexts: ['search'], label: 'keep results', description: 'Keep the results and move to them', hint: true },
  { command: 'search.cancel', keys: ['escape'], contexts: ['search'], label: 'clear', description: 'Clear the search', hint: true },
  // The search line edits as readline does (bash, less): every key of a chunk, in order.
  { command: 'line.backspace', keys: ['backspace'], contexts: ['search'], label: 'delete', description: 'Delete the character before the cursor' },
  { command: 'line.delete', keys: ['delete', 'ctrl-d'], contexts: ['search'], label: 'delete', description: 'Delete the character under the cursor' },
  { command: 'line.killWord', keys: ['ctrl-w'], contexts: ['search'], label: 'delete word', description: 'Delete back to the previous space' },
  { command: 'line.killWordBack', keys: ['meta-backspace'], contexts: ['search'], label: 'delete word', description: 'Delete the word before the cursor' },
  { command: 'line.killWordForward', keys: ['meta-d'], contexts: ['search'], label: 'delete word', description: 'Delete the word after the cursor' },
  { command: 'line.killStart', keys: ['ctrl-u'], contexts: ['search'], label: 'clear line', description: 'Delete everything before the cursor' },
  { command: 'line.killEnd', keys: ['ctrl-k'], contexts: ['search'], label: 'delete to end', description: 'Delete everything from the cursor on' },
  { command: 'line.start', keys: ['ctrl-a', 'home'], contexts: ['search'], label: 'start', description: 'Cursor to the start of the line' },
  { command: 'line.end', keys: ['ctrl-e', 'end'], contexts: ['search'], label: 'end', description: 'Cursor to the end of the line' },
  { command: 'line.left', keys: ['left', 'ctrl-b'], contexts: ['search'], label: 'left', description: 'Cursor one character left' },
  { command: 'line.right', keys: ['right', 'ctrl-f'], contexts: ['search'], label: 'right', description: 'Cursor one character right' },
  { command: 'line.wordLeft', keys: ['meta-b', 'ctrl-left', 'meta-left'], contexts: ['search'], label: 'word left', description: 'Cursor to the start of the word' },
  { command: 'line.wordRight', keys: ['meta-f', 'ctrl-right', 'meta-right'], contexts: ['search'], label: 'word right', description: 'Cursor past the end of the word' },
  { command: 'help.close', keys: ['?', 'escape', 'q'], contexts: ['help'], label: 'close help', description: 'Close this help', hint: true },
  { command: 'nav.down', keys: ['j', 'down'], contexts: [...LISTS, 'help'], label: 'move', description: 'Next item', hint: true },
  { command: 'nav.up', keys: ['k', 'up'], contexts: [...LISTS, 'help'], label: 'move', description: 'Previous item' },
  { command: 'nav.pageDown', keys: ['space', 'pagedown'], contexts: [...LISTS, 'help'], label: 'page', description: 'Page down' },
  { command: 'nav.pageUp', keys: ['b', 'pageup'], contexts: [...LISTS, 'help'], label: 'page up', description: 'Page up' },
  { command: 'nav.halfDown', keys: ['ctrl-d'], contexts: LISTS, label: 'half page', description: 'Half a page down' },
  { command: 'nav.halfUp', keys: ['ctrl-u'], contexts: LISTS, label: 'half page up', description: 'Half a page up' },
  { command: 'nav.first', keys: ['g', 'home'], contexts: [...LISTS, 'help'], label: 'first', description: 'First item' },
  { command: 'nav.last', keys: ['G', 'end'], contexts: [...LISTS, 'help'], label: 'last', description: 'Last item' },
  { command: 'article.lineDown', keys: ['j', 'down'], contexts: ['article'], label: 'scroll', description: 'Scroll down a line', hint: true },
  { command: 'article.lineUp', keys: ['k', 'up'], contexts: ['article'], label: 'scroll up', description: 'Scroll up a line' },
  { command: 'article.pageDown', keys: ['space', 'pagedown'], contexts: ['article'], label: 'page', description: 'Page down', hint: true },
  { command: 'article.pageUp', keys: ['b', 'pageup'], contexts: ['article'], label: 'page up', description: 'Page up' },
  { command: 'article.halfDown', keys: ['ctrl-d'], contexts: ['article'], label: 'half page', description: 'Half a page down' },
  { command: 'article.halfUp', keys: ['ctrl-u'], contexts: ['article'], label: 'half page up', description: 'Half a page up' },
  { command: 'article.top', keys: ['g', 'home'], contexts: ['article'], label: 'top', description: 'Top of the article' },
  { command: 'article.bottom', keys: ['G', 'end'], contexts: ['article'], label: 'bottom', description: 'Bottom of the article' },
  { command: 'article.next', keys: ['J'], contexts: ['article'], label: 'next', description: 'Next article in the list', hint: true },
  { command: 'article.prev', keys: ['K'], contexts: ['article'], label: 'previous', description: 'Previous article in the list' },
  // `/`, `n`, `N` as in less and vim; next unread moved off `n` to Ctrl-n (newsboat's next-unread-feed key).
  { command: 'find.open', keys: ['/'], contexts: ['article'], label: 'find', description: 'Search this article (case and accents ignored)', hint: true },
  { command: 'find.next', keys: ['n'], contexts: ['article', ...LISTS], label: 'next match', description: 'Next match of the article search, wrapping at the end', hint: true },
  { command: 'find.prev', keys: ['N'], contexts: ['article', ...LISTS], label: 'previous match', description: 'Previous match of the article search' },
  { command: 'article.zoom', keys: ['z'], contexts: ['article'], label: 'zoom', description: 'Widen the article to the whole screen, or back to three panes', hint: true },
  { command: 'open', keys: ['enter'], contexts: LISTS, label: 'open', description: 'Open the section or article', hint: true },
  { command: 'pane.next', keys: ['tab', 'l', 'right'], contexts: PANES, label: 'next pane', description: 'Next pane' },
  { command: 'pane.prev', keys: ['shift-tab', 'h', 'left'], contexts: PANES, label: 'previous pane', description: 'Previous pane' },
  { command: 'nextUnread', keys: ['ctrl-n'], contexts: PANES, label: 'next unread', description: 'Open the next unread article', hint: true },
  { command: 'toggleRead', keys: ['r'], contexts: PANES, label: 'read/unread', description: 'Mark read or unread' },
  { command: 'markSectionRead', keys: ['A'], contexts: LISTS, label: 'all read', description: 'Mark every article in the list read' },
  { command: 'toggleStar', keys: ['s'], contexts: PANES, label: 'star', description: 'Star or unstar' },
  { command: 'undo', keys: ['u'], contexts: PANES, label: 'undo', description: 'Undo the last mark change (r, s or A)' },
  { command: 'search.open', keys: ['/'], contexts: LISTS, label: 'search', description: 'Search headlines and text ("a phrase" in quotes)', hint: true },
  { command: 'help', keys: ['?'], contexts: PANES, label: 'help', description: 'Show all keys', hint: true },
  { command: 'back', keys: ['q', 'escape'], contexts: ['headlines', 'article'], label: 'back', description: 'Go back (clear the search, close the article)', hint: true },
  { command: 'quit', keys: ['q'], contexts: ['sections'], label: 'quit', description: 'Quit (from the section list)', hint: true },
  { command: 'openUrl', keys: ['o'], contexts: ['headlines', 'article'], label: 'web page', description: 'Open the original web page in the browser', hint: true },
  { command: 'quit.anywhere', keys: ['Q'], contexts: [...PANES, 'help'], label: 'quit', description: 'Quit from any pane' },
  { command: 'quit.now', keys: ['ctrl-c'], contexts: ALL, label: 'quit', description: 'Quit at once' },
];

/** Per-command replacement key lists, e.g. from a config file. */
export type KeyOverrides = Partial<Record<Command, readonly string[]>>;

/** The table with overrides applied: each overridden command gets exactly the given keys. */
export function resolveBindings(
  overrides: KeyOverrides = {},
  bindings: readonly Binding[] = BINDINGS,
): Binding[] {
  return bindings.map((b) => {
    const keys = overrides[b.command];
    return keys ? { ...b, keys: [...keys] } : b;
  });
}

/** Context → key → command. */
export type KeyMap = ReadonlyMap<Context, ReadonlyMap<string, Command>>;

/** Builds the router's map from the table plus optional overrides; the first binding of a key wins. */
export function buildKeyMap(overrides: KeyOverrides = {}, bindings: readonly Binding[] = BINDINGS): KeyMap {
  const map = new Map<Context, Map<string, Command>>();
  for (const b of resolveBindings(overrides, bindings)) {
    for (const context of b.contexts) {
      const keys = map.get(context) ?? new Map<string, Command>();
      map.set(context, keys);
      for (const key of b.keys) if (!keys.has(key)) keys.set(key, b.command);
    }
  }
  return map;
}

/** The command a key means in a context, if any. */
export function commandFor(map: KeyMap, context: Context, key: string): Command | undefined {
  return map.get(context)?.get(key);
}
