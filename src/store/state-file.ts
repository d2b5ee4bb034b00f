import { chmodSync, readFileSync, renameSync, statSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

/** The format of the state file this version writes. Raise it with a migration below. */
export const STATE_FORMAT = 1;

/** Per-article state as written to disk: only what differs from an untouched article. */
export interface StoredArticle {
  read?: boolean;
  starred?: boolean;
  position?: number;
}

/** The whole state file. */
export interface StateFile {
  formatVersion: number;
  articles: Record<string, StoredArticle>;
}

/** The state file cannot be used and must not be touched (written by a newer inkpress). */
export class StateRefusedError extends Error {}

/** What checking the state file found: its usable content, and what the user must be told. */
export interface CheckedState {
  notices: string[];
}

function timestamp(): string {
  return new Date().toISOString().replace(/[:.]/g, '-');
}

/** Moves an unusable state file aside (never deletes it) and returns where it went. */
function moveAside(path: string): string {
  const target = join(dirname(path), `${basename(path, '.json')}.unreadable-${timestamp()}.json`);
  renameSync(path, target);
  return target;
}

function isStateShape(value: unknown): value is Partial<StateFile> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const { articles, formatVersion } = value as Record<string, unknown>;
  const articlesOk =
    articles === undefined ||
    (typeof articles === 'object' && articles !== null && !Array.isArray(articles));
  return articlesOk && (formatVersion === undefined || Number.isInteger(formatVersion));
}

/**
 * Checks the state file before conf opens it: a corrupt or unreadable file is moved aside and
 * reported; a file from a newer inkpress is refused (never silently reset); a loose file mode
 * is tightened to owner-only. A missing file is fine.
 */
export function checkStateFile(path: string): CheckedState {
  let raw: string;
  try {
    raw = readFileSync(path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return { notices: [] };
    if (code === 'EISDIR' || code === 'EACCES' || code === 'EPERM') {
      const aside = moveAside(path);
      return { notices: [`State file could not be read (${code}); it was moved to ${aside} and a new one started.`] };
    }
    throw error;
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    parsed = undefined;
  }
  if (!isStateShape(parsed)) {
    const aside = moveAside(path);
    return { notices: [`State file was corrupt; it was moved to ${aside} and a new one started.`] };
  }
  const version = parsed.formatVersion ?? STATE_FORMAT;
  if (version > STATE_FORMAT) {
    throw new StateRefusedError(
      `State file ${path} was written by a newer inkpress (format ${version}; this one reads format ${STATE_FORMAT}). ` +
        'Upgrade inkpress, or set INKPRESS_STATE_DIR to use another folder. The file was left untouched.',
    );
  }
  if ((statSync(path).mode & 0o077) !== 0) chmodSync(path, 0o600);
  return { notices: [] };
}
