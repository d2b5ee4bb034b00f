import { join } from 'node:path';
import { replaceFile } from './durable-file.js';
import { cutJournal, readJournal } from './journal.js';
import { applyChange, MarkMap } from './mark-map.js';
import type { ArticleState } from './reading-store.js';
import type { PositionLookup } from './id-lookup.js';
import { applyToSets, EMPTY_SHARD, loadShard, mutable, sharded, type StateFiles } from './mark-files.js';
import { isStoredPosition, SHARDED_FORMAT, SHARDS, shardOf, STATE_FORMAT } from './state-format.js';
import { isManifest, isObject, ownerOnly, refuseNewer, vetJson } from './state-file-check.js';
import { removeLeftovers } from './state-paths.js';

/** A format 1 `state.json`'s articles as changes. */
function format1Changes(articles: Record<string, unknown>): Map<string, Partial<ArticleState>> {
  const changes = new Map<string, Partial<ArticleState>>();
  for (const [id, entry] of Object.entries(articles)) {
    if (!isObject(entry)) continue;
    changes.set(id, { read: entry.read === true, starred: entry.starred === true, position: isStoredPosition(entry.position) ? entry.position : 0 });
  }
  return changes;
}

/** Format 1 (one `state.json` with every article) to mark files; the old file is kept beside it. */
function migrate(files: StateFiles, raw: Uint8Array, changes: Map<string, Partial<ArticleState>>): string {
  const { dir } = files.paths;
  const kept = join(dir, `state.format1-${new Date().toISOString().replace(/[:.]/g, '-')}.json`);
  replaceFile(kept, raw);
  for (let n = 0; n < SHARDS; n++) {
    const sets = mutable(EMPTY_SHARD);
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
 * the journal over them. `canWrite` false (the disk is full or read-only, so no lock could be
 * taken): only reads, changing nothing on disk (format 1 is read as it is, a torn journal tail
 * skipped, a long journal left unfolded).
 */
export function loadState(files: StateFiles, compactAt: number, canWrite = true): LoadedState {
  const { paths } = files;
  const notices: string[] = [];
  if (canWrite) removeLeftovers(paths);
  const manifest = vetJson(paths.manifest, 'State file', isManifest);
  if (manifest.kind === 'moved') notices.push(manifest.notice);
  let unmigrated: Map<string, Partial<ArticleState>> | null = null;
  if (manifest.kind === 'ok') {
    const value = manifest.value as Record<string, unknown>;
    const version = (value.formatVersion as number | undefined) ?? 1;
    refuseNewer(paths.manifest, version);
    if (canWrite) ownerOnly(paths.manifest);
    if (version < SHARDED_FORMAT) {
      const changes = format1Changes((value.articles as Record<string, unknown>) ?? {});
      if (canWrite) notices.push(migrate(files, manifest.bytes, changes));
      else unmigrated = changes;
    }
    // Formats 2 and 3 → 4 change no mark file: each says its own format and is read as it is
    // (line-number positions become anchors when their article is next opened; a file is
    // written in the new layout when the journal is next folded into it). Naming the new format
    // keeps an older inkpress, which would drop what it cannot read, from writing here.
    else if (version < STATE_FORMAT && canWrite) files.writeManifest();
  }
  let journal = readJournal(paths.journal);
  if (journal.goodBytes < journal.size && canWrite) cutJournal(paths.journal, journal.goodBytes);
  if (journal.skipped > 0) notices.push(`Reading state journal ${paths.journal} had ${journal.skipped} unreadable line(s); they were skipped.`);
  if (journal.goodBytes >= compactAt && canWrite) {
    compact(files, notices);
    journal = readJournal(paths.journal);
  }
  const shards = Array.from({ length: SHARDS }, (_, n) => loadShard(paths, n, notices, canWrite));
  const positions: PositionLookup = {
    get: (id) => shards[shardOf(id)]!.positions.get(id),
    *keys() {
      for (const shard of shards) yield* shard.positions.keys();
    },
  };
  const base = MarkMap.fromSets({ read: sharded(shards.map((s) => s.read)), starred: sharded(shards.map((s) => s.starred)), positions });
  const layer = new Map<string, ArticleState>();
  for (const record of [...(unmigrated ? [unmigrated] : []), ...journal.records]) {
    for (const [id, change] of record) layer.set(id, applyChange(layer.get(id) ?? base.get(id), change));
  }
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
