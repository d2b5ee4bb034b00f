import type { IdLookup, PositionLookup } from './id-lookup.js';
import { type ArticleState, type Position, UNTOUCHED } from './reading-store.js';

export type { IdLookup } from './id-lookup.js';

/** The marks as loaded from disk: ids read, ids starred, positions. */
export interface MarkSets {
  read: IdLookup;
  starred: IdLookup;
  positions: PositionLookup;
}

// Shared objects for the common cases: a million read marks need not be a million objects.
const READ: ArticleState = Object.freeze({ read: true, starred: false, position: 0 });
const STARRED: ArticleState = Object.freeze({ read: false, starred: true, position: 0 });
const BOTH: ArticleState = Object.freeze({ read: true, starred: true, position: 0 });

/** An article's state, as one of the shared objects when it has no position. */
export function markState(read: boolean, starred: boolean, position: Position): ArticleState {
  if (position !== 0) return { read, starred, position };
  return read ? (starred ? BOTH : READ) : starred ? STARRED : UNTOUCHED;
}

/** The state after `change`. */
export function applyChange(before: ArticleState | undefined, change: Partial<ArticleState>): ArticleState {
  const b = before ?? UNTOUCHED;
  return markState(change.read ?? b.read, change.starred ?? b.starred, change.position ?? b.position);
}

/** How many of the base's answers are remembered (the articles of a large library). */
const LOOKED_MAX = 100_000;

const EMPTY_SETS: MarkSets = { read: new Set(), starred: new Set(), positions: new Map() };

/** Changes a layer holds before they are folded into the overlay below it. */
const LAYER_MAX = 512;
/** Ids a change log holds before a new one is started (maps on different logs compare by their layers). */
const LOG_MAX = 1 << 18;

/**
 * The ids changed, in order, shared by a line of maps each made from the last: a map knows how
 * far into it it was made, so two maps of one line tell what differs between them by a slice.
 */
interface ChangeLog {
  ids: string[];
}

const EMPTY: ReadonlyMap<string, ArticleState> = new Map();

/**
 * Reading marks by article id, immutable: a large base read from disk once, an overlay of the
 * changes since, and a small layer of the latest on top. Changing a mark copies only the layer
 * (up to {@link LAYER_MAX} articles; then it is folded into a new overlay, a copy made once per
 * so many changes), so a key costs the same with 100,000 marks as with none, and after `A` has
 * marked 50,000 articles read as before it (every page took 340-380 ms then: each copied and
 * compared all 50,000). Two maps of one line tell what differs by their change log.
 */
export class MarkMap implements ReadonlyMap<string, ArticleState> {
  private cachedSize: number | undefined;

  private constructor(
    private readonly base: MarkSets,
    private readonly overlay: ReadonlyMap<string, ArticleState>,
    private readonly layer: ReadonlyMap<string, ArticleState>,
    /** The base's answers so far (it never changes): shared by every map on the same base. */
    private readonly looked: Map<string, ArticleState | null>,
    private readonly log: ChangeLog,
    /** How many of the log's ids were changed up to this map. */
    private readonly at: number,
  ) {}

  /** Marks read from disk. */
  static fromSets(sets: MarkSets): MarkMap {
    return new MarkMap(sets, EMPTY, EMPTY, new Map(), { ids: [] }, 0);
  }

  /** Marks from any map (tests, the in-memory store); a MarkMap is returned as it is. */
  static from(entries: ReadonlyMap<string, ArticleState> | Iterable<[string, ArticleState]>): MarkMap {
    if (entries instanceof MarkMap) return entries;
    return new MarkMap(EMPTY_SETS, new Map(entries), EMPTY, new Map(), { ids: [] }, 0);
  }

  /**
   * An article's marks in the base: three binary searches the first time (each visible row asks
   * on every frame), a hash lookup after, so a frame costs the same however long the history.
   */
  private baseGet(id: string): ArticleState | undefined {
    const known = this.looked.get(id);
    if (known !== undefined) return known ?? undefined;
    const { read, starred, positions } = this.base;
    const r = read.has(id);
    const s = starred.has(id);
    const p = positions.get(id) ?? 0;
    const state = r || s || p !== 0 ? markState(r, s, p) : null;
    if (this.looked.size >= LOOKED_MAX) this.looked.clear();
    this.looked.set(id, state);
    return state ?? undefined;
  }

  get(id: string): ArticleState | undefined {
    if (this.layer.has(id)) return this.layer.get(id);
    return this.overlay.has(id) ? this.overlay.get(id) : this.baseGet(id);
  }

  has(id: string): boolean {
    return this.get(id) !== undefined;
  }

  /** A map with these states set (UNTOUCHED clears an article). */
  with(changes: Iterable<[string, ArticleState]>): MarkMap {
    let layer = new Map(this.layer);
    // The log goes on from its last map; a map made from an older one starts a log of its own.
    const onTip = this.at === this.log.ids.length && this.at < LOG_MAX;
    const log = onTip ? this.log : { ids: [] };
    for (const [id, state] of changes) {
      layer.set(id, state);
      log.ids.push(id);
    }
    let overlay = this.overlay;
    if (layer.size > LAYER_MAX) {
      const folded = new Map(overlay);
      for (const [id, state] of layer) folded.set(id, state);
      overlay = folded;
      layer = new Map();
    }
    return new MarkMap(this.base, overlay, layer, this.looked, log, log.ids.length);
  }

  /**
   * The ids whose state may differ from `older` (a superset is fine, a miss is not): the ids
   * changed between them when `older` was made before this one in the same line of maps, or both
   * layers' ids when they share their base and overlay; else null (compare everything).
   */
  changedSince(older: MarkMap): Set<string> | null {
    if (older.base !== this.base) return null;
    if (older.log === this.log && older.at <= this.at) return new Set(this.log.ids.slice(older.at, this.at));
    if (older.overlay !== this.overlay) return null;
    const ids = new Set(this.layer.keys());
    for (const id of older.layer.keys()) ids.add(id);
    return ids;
  }

  *entries(): MapIterator<[string, ArticleState]> {
    const seen = new Set<string>();
    for (const ids of [this.base.read, this.base.starred, this.base.positions.keys(), this.overlay.keys(), this.layer.keys()] as Iterable<string>[]) {
      for (const id of ids) {
        if (seen.has(id)) continue;
        seen.add(id);
        const state = this.get(id);
        if (state !== undefined && state !== UNTOUCHED) yield [id, state];
      }
    }
  }

  *keys(): MapIterator<string> {
    for (const [id] of this.entries()) yield id;
  }

  *values(): MapIterator<ArticleState> {
    for (const [, state] of this.entries()) yield state;
  }

  [Symbol.iterator](): MapIterator<[string, ArticleState]> {
    return this.entries();
  }

  forEach(fn: (value: ArticleState, key: string, map: ReadonlyMap<string, ArticleState>) => void): void {
    for (const [id, state] of this.entries()) fn(state, id, this);
  }

  get size(): number {
    if (this.cachedSize === undefined) {
      let n = 0;
      for (const _ of this.entries()) n++;
      this.cachedSize = n;
    }
    return this.cachedSize;
  }
}
