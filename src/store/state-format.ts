import { isPosition, type Position } from './position.js';

/**
 * The reading state on disk (format 3; format 2 is the same with line numbers as positions). `state.json` (conf) names the format; the marks live
 * in {@link SHARDS} conf files `marks/<n>.json`, each holding the ids of a slice of the
 * articles in a compact form; every change is first appended to `journal.log` (one line per
 * write), which is folded into the shards now and then. A key so costs one short append, never
 * a rewrite of the history.
 */
export const STATE_FORMAT = 4;

/** The first format with mark files. Format 3 added anchors as positions. */
export const SHARDED_FORMAT = 2;

/**
 * The first format whose mark files pack their ids (`packed-ids.ts`: read, starred and the ids
 * with a position, each as base64 of 8 bytes per id plus a list of any other ids) and keep
 * positions as one string beside them (`position-table.ts`) instead of an object.
 */
export const PACKED_FORMAT = 4;

/** How many mark files the history is spread over. */
export const SHARDS = 16;

/** `state.json` from format 2 on: only what the folder holds. */
export interface Manifest {
  formatVersion: number;
  shards: number;
  [key: string]: unknown;
}

/** A reading position as stored: an anchor `"P:C"` (format 3), or a wrapped-line number (formats 1 and 2). */
export type StoredPosition = Position;

/**
 * One mark file: the ids read, starred and with a position, and the positions. From format 4
 * each set of ids is packed (`read` + `readOther`, `starred` + `starredOther`, `positioned` +
 * `positionedOther`: see `packed-ids.ts`) and `positions` holds their positions in the same
 * order, one per line. Formats 2 and 3: `read` and `starred` are sorted lists, one id per line
 * (`sorted-ids.ts`), and `positions` an object of positions by id.
 */
export interface Shard {
  formatVersion: number;
  read: string;
  starred: string;
  positioned?: string;
  positions: string | Record<string, StoredPosition>;
  [key: string]: unknown;
}

/** Which mark file an article id belongs to (any string, spread evenly for hex ids). */
export function shardOf(id: string): number {
  // An article's read mark, star and position are asked in turn: hash its id once for the three.
  if (id === lastId) return lastShard;
  let h = 0;
  for (let i = 0; i < id.length; i++) h = (h * 31 + id.charCodeAt(i)) | 0;
  lastId = id;
  lastShard = (h >>> 0) % SHARDS;
  return lastShard;
}
let lastId: string | undefined;
let lastShard = 0;

/** Whether `value` is a position this version understands. */
export function isStoredPosition(value: unknown): value is StoredPosition {
  return isPosition(value);
}

/** Whether `value` has the shape of a mark file (its ids are checked as they are used). */
export function isShard(value: unknown): value is Shard {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const v = value as Record<string, unknown>;
  return (
    Number.isInteger(v.formatVersion) &&
    typeof v.read === 'string' &&
    typeof v.starred === 'string' &&
    ((typeof v.positions === 'string' && typeof v.positioned === 'string') ||
      (typeof v.positions === 'object' && v.positions !== null && !Array.isArray(v.positions)))
  );
}
