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

/**
 * Reading marks by article id, immutable: a large base read from disk once, and a small layer
 * of the changes since. Changing a mark copies only that layer, so a key costs the same with
 * 100,000 marks as with none; two maps from the same base tell what differs by their layers.
 */
export class MarkMap implements ReadonlyMap<string, ArticleState> {
  private cachedSize: number | undefined;

  private constructor(
    private readonly base: MarkSets,
    private readonly layer: ReadonlyMap<string, ArticleState>,
    /** The base's answers so far (it never changes): shared by every map on the same base. */
    private readonly looked: Map<string, ArticleState | null>,
  ) {}

  /** Marks read from disk. */
  static fromSets(sets: MarkSets): MarkMap {
    return new MarkMap(sets, new Map(), new Map());
  }

  /** Marks from any map (tests, the in-memory store); a MarkMap is returned as it is. */
  static from(entries: ReadonlyMap<string, ArticleState> | Iterable<[string, ArticleState]>): MarkMap {
    if (entries instanceof MarkMap) return entries;
    return new MarkMap(EMPTY_SETS, new Map(entries), new Map());
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
    return this.layer.has(id) ? this.layer.get(id) : this.baseGet(id);
  }

  has(id: string): boolean {
    return this.get(id) !== undefined;
  }

  /** A map with these states set (UNTOUCHED clears an article). */
  with(changes: Iterable<[string, ArticleState]>): MarkMap {
    const layer = new Map(this.layer);
    for (const [id, state] of changes) layer.set(id, state);
    return new MarkMap(this.base, layer, this.looked);
  }

  /**
   * The ids whose state may differ from `older` (a superset is fine, a miss is not): the
   * layers' ids when both share a base, else null (compare everything).
   */
  changedSince(older: MarkMap): Set<string> | null {
    if (older.base !== this.base) return null;
    const ids = new Set(this.layer.keys());
    for (const id of older.layer.keys()) ids.add(id);
    return ids;
  }

  *entries(): MapIterator<[string, ArticleState]> {
    const seen = new Set<string>();
    for (const ids of [this.base.read, this.base.starred, this.base.positions.keys()] as Iterable<string>[]) {
      for (const id of ids) {
        if (seen.has(id)) continue;
        seen.add(id);
        const state = this.get(id);
        if (state !== undefined && state !== UNTOUCHED) yield [id, state];
      }
    }
    for (const [id, state] of this.layer) if (!seen.has(id) && state !== UNTOUCHED) yield [id, state];
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
