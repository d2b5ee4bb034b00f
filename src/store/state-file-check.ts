import { chmodSync, readFileSync, statSync } from 'node:fs';
import { moveAside, movedNotice, StateRefusedError } from './damaged.js';
import { STATE_FORMAT } from './state-format.js';
import { parseFlatObject } from './flat-json.js';

/** A state file as read: missing, its parsed value (and bytes), or moved aside as damaged (with the notice). */
export type Vetted = { kind: 'missing' } | { kind: 'ok'; value: unknown; bytes: Buffer } | { kind: 'moved'; notice: string };

/** JSON's value of `bytes` (a flat object read without decoding it all first), or undefined. */
function parseJson(bytes: Buffer): unknown {
  const flat = parseFlatObject(bytes);
  if (flat !== null) return flat;
  try {
    return JSON.parse(bytes.toString('utf8'));
  } catch {
    return undefined;
  }
}

/** Reads a JSON state file; a damaged one is moved aside (never deleted) and reported in one line. */
export function vetJson(path: string, what: string, fits: (value: unknown) => boolean): Vetted {
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return { kind: 'missing' };
    if (code === 'EISDIR' || code === 'EACCES' || code === 'EPERM') {
      return { kind: 'moved', notice: movedNotice(what, `could not be read (${code})`, moveAside(path)) };
    }
    throw error;
  }
  const value = parseJson(bytes);
  if (!fits(value)) return { kind: 'moved', notice: movedNotice(what, 'was corrupt', moveAside(path)) };
  return { kind: 'ok', value, bytes };
}

/** Tightens a state file's mode to owner-only (after it is known to be ours to touch). */
export function ownerOnly(path: string): void {
  if ((statSync(path).mode & 0o077) !== 0) chmodSync(path, 0o600);
}

/** Refuses a file written in a newer format than this inkpress reads (it is left untouched). */
export function refuseNewer(path: string, version: number): void {
  if (version <= STATE_FORMAT) return;
  throw new StateRefusedError(
    `State file ${path} was written by a newer inkpress (format ${version}; this one reads format ${STATE_FORMAT}). ` +
      'Upgrade inkpress, or set INKPRESS_STATE_DIR to use another folder. The file was left untouched.',
  );
}

export const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Whether `value` has the shape of `state.json` (any format). */
export function isManifest(value: unknown): boolean {
  if (!isObject(value)) return false;
  const { articles, formatVersion } = value;
  return (articles === undefined || isObject(articles)) && (formatVersion === undefined || Number.isInteger(formatVersion));
}
