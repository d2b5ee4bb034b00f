/**
 * The search line inside the state: its text and cursor live in `state.search` while it is
 * being edited, and every edit (a typed character, a readline key) goes through here, so a
 * query that changes starts the results list from its top.
 */
import { editFind } from './article-find.js';
import { editLine, type Line, type LineEdit } from './line-edit.js';
import type { ReaderState } from './state.js';

/** Applies `edit` to the search line while it is being edited; otherwise changes nothing. */
export function editSearch(state: ReaderState, edit: (line: Line) => Line): ReaderState {
  if (state.find?.mode === 'editing') return editFind(state, edit);
  const search = state.search;
  if (search.mode !== 'editing') return state;
  const before: Line = { text: search.query, cursor: search.cursor };
  const after = edit(before);
  if (after.text === before.text && after.cursor === before.cursor) return state;
  const next = { ...state, search: { ...search, query: after.text, cursor: after.cursor } };
  return after.text === before.text ? next : { ...next, headline: 0, headlineTop: 0, kept: new Set<string>() };
}

/** The line command for each `line.*` key command. */
export const LINE_EDITS = {
  'line.backspace': 'backwardDeleteChar',
  'line.delete': 'deleteChar',
  'line.killStart': 'killLineBackward',
  'line.killEnd': 'killLineForward',
  'line.killWord': 'killBigWordBackward',
  'line.killWordBack': 'killWordBackward',
  'line.killWordForward': 'killWordForward',
  'line.start': 'lineStart',
  'line.end': 'lineEnd',
  'line.left': 'charBackward',
  'line.right': 'charForward',
  'line.wordLeft': 'wordBackward',
  'line.wordRight': 'wordForward',
} as const satisfies Record<string, LineEdit>;

/** A key command that edits the search line. */
export type LineCommand = keyof typeof LINE_EDITS;

/** Runs a `line.*` command on the search line. */
export function runLineCommand(state: ReaderState, command: LineCommand): ReaderState {
  return editSearch(state, (line) => editLine(line, LINE_EDITS[command]));
}
