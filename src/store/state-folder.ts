import { chmodSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { replaceFile, TEMP_MARK } from './durable-file.js';
import { moveAside, movedNotice, StateRefusedError } from './damaged.js';
import { type Changes, cutJournal, readJournal } from './journal.js';
import { applyChange, type IdLookup, MarkMap } from './mark-map.js';
import type { ArticleState } from './reading-store.js';
import { SortedIds } from './sorted-ids.js';
import { PackedIds } from './packed-ids.js';
import { openStateConf, type StateConf } from './state-conf.js';
import { hasPosition, type Position } from './position.js';
import { type PositionLookup, PositionTable } from './position-table.js';
import { isShard, isStoredPosition, type Manifest, type Shard, PACKED_FORMAT, SHARDED_FORMAT, SHARDS, shardOf, STATE_FORMAT } from './state-format.js';

/** The files of a state folder. */
export interface StatePaths {
  dir: string;
  manifest: string;
  marks: string;
  journal: string;
  lock: string;
}

/** Where everything lives in the state folder `dir`. */
export function statePaths(dir: string): StatePaths {
  return { dir, manifest: join(dir, 'state.json'), marks: join(dir, 'marks'), journal: join(dir, 'journal.log'), lock: join(dir, 'state.json.lock') };
}

/** One mark file's marks, as read. */
interface ShardContent {
  read: IdLookup;
  starred: IdLookup;
  positions: PositionTable;
}

/** Marks being changed (while folding or migrating one shard). */
interface MutableSets {
  read: Set<string>;
  starred: Set<string>;
  positions: Map<string, Position>;
}

const EMPTY: ShardContent = { read: new SortedIds(''), starred: new SortedIds(''), positions: PositionTable.EMPTY };

function applyToSets(sets: MutableSets, changes: Changes, only: number): void {
  for (const [id, change] of changes) {
    if (shardOf(id) !== only) continue;
    if (change.read !== undefined) change.read ? sets.read.add(id) : sets.read.delete(id);
    if (change.starred !== undefined) change.starred ? sets.starred.add(id) : sets.starred.delete(id);
    if (change.position !== undefined) hasPosition(change.position) ? sets.positions.set(id, change.position) : sets.positions.delete(id);
  }
}

/** Removes the temporary files a killed write left (only ever written under the lock we hold). */
export function removeLeftovers(paths: StatePaths): void {
  for (const folder of [paths.dir, paths.marks]) {
    let names: string[];
    try {
      names = readdirSync(folder);
    } catch {
      continue;
    }
    for (const name of names) if (name.includes(TEMP_MARK)) rmSync(join(folder, name), { force: true });
  }
}

type Vetted = { kind: 'missing' } | { kind: 'ok'; value: unknown; raw: string } | { kind: 'moved'; notice: string };

/** Reads a JSON state file; a damaged one is moved aside (never deleted) and reported in one line. */
function vetJson(path: string, what: string, fits: (value: unknown) => boolean): Vetted {
  let raw: string;
  try {
    raw = readFileSync(path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return { kind: 'missing' };
    if (code === 'EISDIR' || code === 'EACCES' || code === 'EPERM') {
      return { kind: 'moved', notice: movedNotice(what, `could not be read (${code})`, moveAside(path)) };
    }
    throw error;
  }
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    value = undefined;
  }
  if (!fits(value)) return { kind: 'moved', notice: movedNotice(what, 'was corrupt', moveAside(path)) };
  return { kind: 'ok', value, raw };
}

const str = (value: unknown): string => (typeof value === 'string' ? value : '');

/** Tightens a state file's mode to owner-only (after it is known to be ours to touch). */
function ownerOnly(path: string): void {
  if ((statSync(path).mode & 0o077) !== 0) chmodSync(path, 0o600);
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

function isManifest(value: unknown): boolean {
  if (!isObject(value)) return false;
  const { articles, formatVersion } = value;
  return (articles === undefined || isObject(articles)) && (formatVersion === undefined || Number.isInteger(formatVersion));
}

function refuseNewer(path: string, version: number): void {
  if (version <= STATE_FORMAT) return;
  throw new StateRefusedError(
    `State file ${path} was written by a newer inkpress (format ${version}; this one reads format ${STATE_FORMAT}). ` +
      'Upgrade inkpress, or set INKPRESS_STATE_DIR to use another folder. The file was left untouched.',
  );
}

/** Reads mark file `n`; a damaged one is moved aside with a notice (and read as empty). */
function loadShard(paths: StatePaths, n: number, notices: string[]): ShardContent {
  const path = join(paths.marks, `${n}.json`);
  const vetted = vetJson(path, `Reading state file ${path}`, isShard);
  if (vetted.kind === 'moved') notices.push(vetted.notice);
  if (vetted.kind !== 'ok') return EMPTY;
  const shard = vetted.value as Shard;
  refuseNewer(path, shard.formatVersion);
  ownerOnly(path);
  const positions = typeof shard.positions === 'string'
    ? PositionTable.fromText(shard.positioned ?? '', str(shard.positionedOther), shard.positions)
    : PositionTable.fromEntries(Object.entries(shard.positions));
  // Format 4 packs the usual ids (`packed-ids.ts`); before, every id was on a line of its own.
  if (shard.formatVersion >= PACKED_FORMAT) {
    return { read: PackedIds.decode(shard.read, str(shard.readOther)), starred: PackedIds.decode(shard.starred, str(shard.starredOther)), positions };
  }
  return { read: new SortedIds(shard.read), starred: new SortedIds(shard.starred), positions };
}

/** The ids of all mark files as one lookup. */
function sharded(parts: IdLookup[]): IdLookup {
  return {
    has: (id) => parts[shardOf(id)]!.has(id),
    *[Symbol.iterator]() {
      for (const part of parts) yield* part;
    },
  };
}

/** The conf files of one state folder, opened when first written. */
export class StateFiles {
  private readonly confs = new Map<number, StateConf<Shard>>();
  constructor(readonly paths: StatePaths) {}

  /** Writes mark file `n` (through conf, whole and fsynced). */
  writeShard(n: number, sets: MutableSets): void {
    mkdirSync(this.paths.marks, { recursive: true, mode: 0o700 });
    let conf = this.confs.get(n);
    if (!conf) this.confs.set(n, (conf = openStateConf<Shard>(this.paths.marks, String(n))));
    const read = PackedIds.encode(sets.read);
    const starred = PackedIds.encode(sets.starred);
    const positions = PositionTable.toText(sets.positions);
    conf.store = {
      formatVersion: STATE_FORMAT,
      read: read.packed,
      readOther: read.other,
      starred: starred.packed,
      starredOther: starred.other,
      positioned: positions.packed,
      positionedOther: positions.other,
      positions: positions.values,
    };
  }

  /** Writes `state.json` naming this format. */
  writeManifest(): void {
    openStateConf<Manifest>(this.paths.dir, 'state').store = { formatVersion: STATE_FORMAT, shards: SHARDS };
  }
}

const mutable = (content: ShardContent): MutableSets => ({ read: new Set(content.read), starred: new Set(content.starred), positions: new Map(content.positions.entries()) });

/** Format 1 (one `state.json` with every article) to mark files; the old file is kept beside it. */
function migrate(files: StateFiles, raw: string, articles: Record<string, unknown>): string {
  const { dir } = files.paths;
  const kept = join(dir, `state.format1-${new Date().toISOString().replace(/[:.]/g, '-')}.json`);
  replaceFile(kept, raw);
  const changes = new Map<string, Partial<ArticleState>>();
  for (const [id, entry] of Object.entries(articles)) {
    if (!isObject(entry)) continue;
    changes.set(id, { read: entry.read === true, starred: entry.starred === true, position: isStoredPosition(entry.position) ? entry.position : 0 });
  }
  for (let n = 0; n < SHARDS; n++) {
    const sets = mutable(EMPTY);
    applyToSets(sets, changes, n);
    files.writeShard(n, sets);
  }
  files.writeManifest();
  return `Reading state moved to format ${STATE_FORMAT} (faster with a long history); the old file is kept at ${kept}.`;
}

/** What a state folder holds, read under the lock. */
export interface LoadedState {
  marks: MarkMap;
  notices: string[];
  /** The journal's size after loading (its torn tail cut). */
  journalBytes: number;
}

/**
 * Reads a state folder: removes leftover temporary files, moves damaged files aside (each
 * reported), migrates format 1, folds a long journal, then reads the mark files and replays
 * the journal over them.
 */
export function loadState(files: StateFiles, compactAt: number): LoadedState {
  const { paths } = files;
  const notices: string[] = [];
  removeLeftovers(paths);
  const manifest = vetJson(paths.manifest, 'State file', isManifest);
  if (manifest.kind === 'moved') notices.push(manifest.notice);
  if (manifest.kind === 'ok') {
    const value = manifest.value as Record<string, unknown>;
    const version = (value.formatVersion as number | undefined) ?? 1;
    refuseNewer(paths.manifest, version);
    ownerOnly(paths.manifest);
    if (version < SHARDED_FORMAT) notices.push(migrate(files, manifest.raw, (value.articles as Record<string, unknown>) ?? {}));
    // Formats 2 and 3 → 4 change no mark file: each says its own format and is read as it is
    // (line-number positions become anchors when their article is next opened; a file is
    // written in the new layout when the journal is next folded into it). Naming the new format
    // keeps an older inkpress, which would drop what it cannot read, from writing here.
    else if (version < STATE_FORMAT) files.writeManifest();
  }
  let journal = readJournal(paths.journal);
  if (journal.goodBytes < journal.size) cutJournal(paths.journal, journal.goodBytes);
  if (journal.skipped > 0) notices.push(`Reading state journal ${paths.journal} had ${journal.skipped} unreadable line(s); they were skipped.`);
  if (journal.goodBytes >= compactAt) {
    compact(files, notices);
    journal = readJournal(paths.journal);
  }
  const shards = Array.from({ length: SHARDS }, (_, n) => loadShard(paths, n, notices));
  const positions: PositionLookup = {
    get: (id) => shards[shardOf(id)]!.positions.get(id),
    *keys() {
      for (const shard of shards) yield* shard.positions.keys();
    },
  };
  const base = MarkMap.fromSets({ read: sharded(shards.map((s) => s.read)), starred: sharded(shards.map((s) => s.starred)), positions });
  const layer = new Map<string, ArticleState>();
  for (const record of journal.records) for (const [id, change] of record) layer.set(id, applyChange(layer.get(id) ?? base.get(id), change));
  return { marks: base.with(layer), notices, journalBytes: journal.goodBytes };
}

/**
 * Folds the journal into the mark files (each touched one rewritten whole through conf), then
 * empties it. Done under the lock, off the key path. If a write fails the journal is kept, so
 * nothing is lost.
 */
export function compact(files: StateFiles, notices: string[]): void {
  const { paths } = files;
  const journal = readJournal(paths.journal);
  if (journal.records.length === 0) {
    if (journal.size > 0) cutJournal(paths.journal, 0);
    return;
  }
  const touched = new Set<number>();
  for (const record of journal.records) for (const id of record.keys()) touched.add(shardOf(id));
  for (const n of touched) {
    const sets = mutable(loadShard(paths, n, notices));
    for (const record of journal.records) applyToSets(sets, record, n);
    files.writeShard(n, sets);
  }
  files.writeManifest();
  cutJournal(paths.journal, 0);
}
