/** The help overlay as a flat list of lines (so it can be windowed like everything else). */
import { BINDINGS, type Binding } from './bindings.js';
import { helpGroups } from './key-help.js';

/** One line of the help overlay. */
export type HelpLine =
  | { kind: 'title'; text: string }
  | { kind: 'row'; keys: string; text: string }
  | { kind: 'blank' };

/** The help overlay's lines, drawn from the (resolved) key table. */
export function helpLines(bindings: readonly Binding[] = BINDINGS): HelpLine[] {
  const lines: HelpLine[] = [];
  for (const group of helpGroups(bindings)) {
    if (group.rows.length === 0) continue;
    if (lines.length > 0) lines.push({ kind: 'blank' });
    lines.push({ kind: 'title', text: group.title });
    for (const row of group.rows) lines.push({ kind: 'row', keys: row.keys, text: row.description });
  }
  return lines;
}

let defaultCount: number | undefined;

/** How many lines the default help has (remapping keys does not change it). */
export function helpLineCount(): number {
  defaultCount ??= helpLines().length;
  return defaultCount;
}

/** Lines of help the overlay shows in `height` rows (its title takes one). */
export function helpRows(height: number): number {
  return Math.max(1, height - 1);
}
