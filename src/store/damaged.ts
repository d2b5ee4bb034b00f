import { renameSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

/** The state file cannot be used and must not be touched (written by a newer inkpress). */
export class StateRefusedError extends Error {}

/** A mark file whose JSON reads but whose packed contents do not add up (a damaged byte); moved aside like any corrupt file. */
export class DamagedMarksError extends Error {}

function timestamp(): string {
  return new Date().toISOString().replace(/[:.]/g, '-');
}

/** Moves an unusable state file aside (never deletes it) and returns where it went. */
export function moveAside(path: string): string {
  const name = basename(path, '.json');
  const target = join(dirname(path), `${name}.unreadable-${timestamp()}.json`);
  renameSync(path, target);
  return target;
}

/** The one line that tells the user a damaged file was moved, and where. */
export function movedNotice(what: string, why: string, aside: string): string {
  return `${what} ${why}; it was moved to ${aside} and a new one started.`;
}
