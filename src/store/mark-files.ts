import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Changes } from './journal.js';
import type { IdLookup } from './mark-map.js';
import { SortedIds } from './sorted-ids.js';
import { PackedIds } from './packed-ids.js';
import { openStateConf, type StateConf } from './state-conf.js';
import { hasPosition, type Position } from './position.js';
import { PositionTable } from './position-table.js';
import { isShard, type Manifest, type Shard, PACKED_FORMAT, SHARDS, shardOf, STATE_FORMAT } from './state-format.js';
import { ownerOnly, refuseNewer, vetJson } from './state-file-check.js';
import { DamagedMarksError, moveAside, movedNotice } from './damaged.js';
import type { StatePaths } from './state-paths.js';

/** One mark file's marks, as read. */
export interface ShardContent {
  read: IdLookup;
  starred: IdLookup;
  positions: PositionTable;
}

/** Marks being changed (while folding or migrating one shard). */
export interface MutableSets {
  read: Set<string>;
  starred: Set<string>;
  positions: Map<string, Position>;
}

export const EMPTY_SHARD: ShardContent = { read: new SortedIds(''), starred: new SortedIds(''), positions: PositionTable.EMPTY };

/** Applies the changes to mark file `only`'s ids to `sets`. */
export function applyToSets(sets: MutableSets, changes: Changes, only: number): void {
  for (const [id, change] of changes) {
    if (shardOf(id) !== only) continue;
    if (change.read !== undefined) change.read ? sets.read.add(id) : sets.read.delete(id);
    if (change.starred !== undefined) change.starred ? sets.starred.add(id) : sets.starred.delete(id);
    if (change.position !== undefined) hasPosition(change.position) ? sets.positions.set(id, change.position) : sets.positions.delete(id);
  }
}

/** A mark file's marks as sets to change. */
export const mutable = (content: ShardContent): MutableSets => ({ read: new Set(content.read), starred: new Set(content.starred), positions: new Map(content.positions.entries()) });

const str = (value: unknown): string => (typeof value === 'string' ? value : '');

/** Reads mark file `n`; a damaged one is moved aside with a notice (and read as empty). */
export function loadShard(paths: StatePaths, n: number, notices: string[], canWrite = true): ShardContent {
  const path = join(paths.marks, `${n}.json`);
  const vetted = vetJson(path, `Reading state file ${path}`, isShard);
  if (vetted.kind === 'moved') notices.push(vetted.notice);
  if (vetted.kind !== 'ok') return EMPTY_SHARD;
  const shard = vetted.value as Shard;
  refuseNewer(path, shard.formatVersion);
  if (canWrite) ownerOnly(path);
  try {
    return shardContent(shard);
  } catch (error) {
    if (!(error instanceof DamagedMarksError)) throw error;
    notices.push(movedNotice(`Reading state file ${path}`, `was corrupt (${error.message})`, moveAside(path)));
    return EMPTY_SHARD;
  }
}

/** A mark file's marks from its parsed JSON; throws {@link DamagedMarksError} when they do not add up. */
function shardContent(shard: Shard): ShardContent {
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
export function sharded(parts: IdLookup[]): IdLookup {
  // No ids in any file (no star yet, a first start): the first frame asks about every article,
  // and hashing each id to its file for nothing was ~34 ms of it (10,000 articles, profiled).
  if (parts.every((part) => part[Symbol.iterator]().next().done)) return { has: () => false, *[Symbol.iterator]() {} };
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
