import Conf from 'conf';
import envPaths from 'env-paths';
import { join } from 'node:path';
import { type ArticleState, type ReadingStore, UNTOUCHED } from './reading-store.js';
import { withFileLock } from './file-lock.js';
import { STATE_FORMAT, type StateFile, type StoredArticle, checkStateFile } from './state-file.js';

/** Where the state lives: `INKPRESS_STATE_DIR` when set, else conf's own folder for inkpress. */
export interface ConfStoreOptions {
  dir?: string;
}

/** The folder of the state file: the option, else `INKPRESS_STATE_DIR`, else conf's default. */
export function stateDir(options: ConfStoreOptions = {}): string {
  return options.dir ?? (process.env.INKPRESS_STATE_DIR || envPaths('inkpress', { suffix: '' }).config);
}

function toState(stored: StoredArticle | undefined): ArticleState {
  return {
    read: stored?.read === true,
    starred: stored?.starred === true,
    position: Number.isInteger(stored?.position) && (stored?.position ?? 0) > 0 ? (stored?.position as number) : 0,
  };
}

function toStored(state: ArticleState): StoredArticle {
  const stored: StoredArticle = {};
  if (state.read) stored.read = true;
  if (state.starred) stored.starred = true;
  if (state.position > 0) stored.position = state.position;
  return stored;
}

function describeWriteError(error: unknown, path: string): string {
  const err = error as NodeJS.ErrnoException;
  const why =
    err.code === 'ENOSPC' ? 'the disk is full'
    : err.code === 'EROFS' ? 'the disk is read-only'
    : err.code === 'EACCES' || err.code === 'EPERM' ? 'permission denied'
    : (err.message ?? String(error));
  return `Could not save reading state to ${path}: ${why}. The earlier state on disk is kept; this change lives only until you quit.`;
}

/**
 * The reading state in a conf JSON file (owner-only). Every change is a locked
 * read-modify-write of just the articles it touches, so two readers open at once keep each
 * other's marks, and a killed process loses nothing that was handled.
 */
export function openConfStore(options: ConfStoreOptions = {}): ReadingStore {
  const dir = stateDir(options);
  // Vetted before conf reads it: conf would throw on a corrupt file, and must never reset one.
  const notices = checkStateFile(join(dir, 'state.json')).notices;
  const conf = new Conf<StateFile>({
    projectName: 'inkpress',
    cwd: dir,
    configName: 'state',
    configFileMode: 0o600,
    serialize: (value) => JSON.stringify(value),
  });
  const lockPath = `${conf.path}.lock`;
  const states = new Map<string, ArticleState>();
  for (const [id, stored] of Object.entries(conf.store.articles ?? {})) states.set(id, toState(stored));

  const write = (changes: ReadonlyMap<string, Partial<ArticleState>>) => {
    for (const [id, change] of changes) states.set(id, { ...(states.get(id) ?? UNTOUCHED), ...change });
    try {
      withFileLock(lockPath, () => {
        const onDisk = conf.store;
        const articles = { ...(onDisk.articles ?? {}) };
        for (const [id, change] of changes) {
          const next = toStored({ ...toState(articles[id]), ...change });
          if (Object.keys(next).length === 0) delete articles[id];
          else articles[id] = next;
        }
        conf.store = { ...onDisk, formatVersion: STATE_FORMAT, articles };
      });
    } catch (error) {
      notices.push(describeWriteError(error, conf.path));
    }
  };

  return {
    path: conf.path,
    snapshot: () => new Map(states),
    setRead: (ids, read) => write(new Map(ids.map((id) => [id, { read }]))),
    setStarred: (id, starred) => write(new Map([[id, { starred }]])),
    setPosition: (id, position) => write(new Map([[id, { position: Math.max(0, Math.floor(position)) }]])),
    update: write,
    takeNotices: () => notices.splice(0),
  };
}
