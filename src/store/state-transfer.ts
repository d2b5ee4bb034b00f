import { hasPosition, isFurther, isPosition, type Position } from './position.js';
import type { ArticleState } from './reading-store.js';

/** The marker of an exported state file, so importing some other JSON file fails clearly. */
const KIND = 'inkpress-state';
/** The export file's own format (apart from the state folder's): 2 added anchors as positions. */
const STATE_FORMAT = 2;

/** The exported form: every article's read mark, star and position, by id. */
export interface ExportedState {
  kind: typeof KIND;
  formatVersion: number;
  exported: string;
  articles: Record<string, { read?: boolean; starred?: boolean; position?: Position }>;
}

/** The store's state as an export file's content (only articles with something to keep). */
export function exportState(states: ReadonlyMap<string, ArticleState>, now = new Date()): ExportedState {
  const articles: ExportedState['articles'] = {};
  for (const [id, s] of [...states].sort(([a], [b]) => (a < b ? -1 : 1))) {
    if (!s.read && !s.starred && !hasPosition(s.position)) continue;
    articles[id] = { ...(s.read && { read: true }), ...(s.starred && { starred: true }), ...(hasPosition(s.position) && { position: s.position }) };
  }
  return { kind: KIND, formatVersion: STATE_FORMAT, exported: now.toISOString(), articles };
}

/** Why an import file cannot be used; the message names the file's problem, not a stack. */
export class ImportError extends Error {}

/** Reads an export file's content, checking every field, or throws {@link ImportError}. */
export function parseExport(text: string): Map<string, ArticleState> {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new ImportError(`not valid JSON (${(error as Error).message})`);
  }
  const file = data as Partial<ExportedState> | null;
  if (typeof file !== 'object' || file === null || file.kind !== KIND) {
    throw new ImportError(`not an inkpress state export (no "kind": "${KIND}")`);
  }
  if (typeof file.formatVersion !== 'number' || file.formatVersion > STATE_FORMAT) {
    throw new ImportError(`written by a newer inkpress (format ${String(file.formatVersion)}; this one reads ${STATE_FORMAT})`);
  }
  if (typeof file.articles !== 'object' || file.articles === null || Array.isArray(file.articles)) {
    throw new ImportError('"articles" must be an object of article ids');
  }
  const states = new Map<string, ArticleState>();
  for (const [id, entry] of Object.entries(file.articles)) {
    const e = entry as Record<string, unknown>;
    const ok =
      /^[0-9a-f]{8,64}$/.test(id) &&
      typeof e === 'object' && e !== null &&
      (e.read === undefined || typeof e.read === 'boolean') &&
      (e.starred === undefined || typeof e.starred === 'boolean') &&
      (e.position === undefined || isPosition(e.position));
    if (!ok) throw new ImportError(`article "${id.slice(0, 40)}": expected {read?: boolean, starred?: boolean, position?: whole number or "paragraph:offset"}`);
    states.set(id, { read: e.read === true, starred: e.starred === true, position: (e.position as Position | undefined) ?? 0 });
  }
  return states;
}

/**
 * What importing changes: marks and stars are only ever added, and the further reading
 * position wins, so importing a backup or another machine's state loses nothing here.
 */
export function mergeChanges(
  current: ReadonlyMap<string, ArticleState>,
  imported: ReadonlyMap<string, ArticleState>,
): Map<string, Partial<ArticleState>> {
  const changes = new Map<string, Partial<ArticleState>>();
  for (const [id, theirs] of imported) {
    const ours = current.get(id);
    const change: Partial<ArticleState> = {};
    if (theirs.read && !ours?.read) change.read = true;
    if (theirs.starred && !ours?.starred) change.starred = true;
    if (hasPosition(theirs.position) && isFurther(theirs.position, ours?.position ?? 0)) change.position = theirs.position;
    if (Object.keys(change).length > 0) changes.set(id, change);
  }
  return changes;
}
