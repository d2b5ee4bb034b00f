/**
 * What people read about the keys, drawn from the one key table: how a key is written
 * (`Ctrl-d`, `PgDn`), the help overlay's groups and the status bar's hints. Nothing here decides
 * what a key does; that is `bindings.ts`.
 */
import { BINDINGS, type Binding, type Command, type Context } from './bindings.js';

const KEY_LABELS: Record<string, string> = {
  up: '↑', down: '↓', left: '←', right: '→', pageup: 'PgUp', pagedown: 'PgDn', home: 'Home',
  end: 'End', enter: 'Enter', escape: 'Esc', tab: 'Tab', 'shift-tab': 'S-Tab', space: 'Space',
  backspace: 'Bksp', delete: 'Del', insert: 'Ins',
};

/** How a key is written for people: `↓`, `Ctrl-d`, `Alt-b`, `Ctrl-←`, `PgDn`, `G`. */
export function keyLabel(key: string): string {
  if (key.startsWith('ctrl-')) return `Ctrl-${keyLabel(key.slice(5))}`;
  if (key.startsWith('meta-')) return `Alt-${keyLabel(key.slice(5))}`;
  return KEY_LABELS[key] ?? key;
}

/** One line of help: the keys and what they do. */
export interface HelpRow {
  keys: string;
  description: string;
}

/** A group of help rows for one context. */
export interface HelpGroup {
  title: string;
  rows: HelpRow[];
}

const GROUP_TITLES: ReadonlyArray<[Context, string]> = [
  ['headlines', 'Lists (sections and headlines)'],
  ['article', 'Article'],
  ['search', 'Search line'],
];

/**
 * The help overlay's content, drawn from the (resolved) table. Each binding appears once, in the
 * group of its first context (`n` works in every pane but is listed with the article it searches).
 */
export function helpGroups(bindings: readonly Binding[] = BINDINGS): HelpGroup[] {
  const seen = new Set<Command>();
  const groups: HelpGroup[] = [];
  for (const [context, title] of GROUP_TITLES) {
    const rows: HelpRow[] = [];
    for (const b of bindings) {
      if (seen.has(b.command) || b.keys.length === 0) continue;
      const first = b.contexts[0];
      const applies = first === context || (context === 'headlines' && first === 'sections');
      if (!applies) continue;
      seen.add(b.command);
      rows.push({ keys: b.keys.map(keyLabel).join(' '), description: b.description });
    }
    groups.push({ title, rows });
  }
  return groups;
}

/** A status-bar hint: the first key and the short label. */
export interface Hint {
  key: string;
  label: string;
}

/** The hints for a context, drawn from the (resolved) table, in table order, less `hidden`. */
export function hintsFor(context: Context, bindings: readonly Binding[] = BINDINGS, hidden: readonly Command[] = []): Hint[] {
  return bindings.flatMap((b) =>
    b.hint && b.contexts.includes(context) && b.keys[0] !== undefined && !hidden.includes(b.command)
      ? [{ key: keyLabel(b.keys[0]), label: b.label }]
      : [],
  );
}
