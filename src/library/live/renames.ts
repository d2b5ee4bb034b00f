import type { ArticleSummary } from '../model/library.js';

/**
 * Ids that changed under a file edited in place, remembered across runs in the index cache
 * (a restart, or a plain command that read the edited file first, still knows them). An article's id comes from its text when it
 * has no URL (`model/article-id.ts`), so an edit gives it a new one; the path is the fallback
 * identity: when a file read again holds new ids where it held others, the old ids are taken
 * to be those articles, edited (paired in order when the counts match: one article per file
 * in almost every case). The reader moves their marks over (`state/follow-library.ts`).
 */
/** How many renames are remembered (and saved with the index cache): the newest. */
export const KEPT = 2_000;

export class Renames {
  private readonly map = new Map<string, string>();

  /** Old id → new id, for every edit since the library was opened (chains resolved: a→b→c is a→c). */
  get all(): ReadonlyMap<string, string> {
    return this.map;
  }

  /** The renames an earlier run saved (the newest last; only the last {@link KEPT} are kept). */
  restore(saved: Iterable<[string, string]>): void {
    for (const [from, to] of saved) if (typeof from === 'string' && typeof to === 'string') this.add(from, to);
  }

  /** Records what a file read again says: its summaries before and after. */
  record(before: readonly ArticleSummary[], after: readonly ArticleSummary[]): void {
    if (before.length === 0 || after.length === 0) return;
    const was = new Set(before.map((s) => s.id));
    const now = new Set(after.map((s) => s.id));
    const gone = before.filter((s) => !now.has(s.id));
    const fresh = after.filter((s) => !was.has(s.id));
    if (gone.length === 0 || gone.length !== fresh.length) return;
    gone.forEach((old, i) => this.add(old.id, fresh[i]!.id));
  }

  private add(from: string, to: string): void {
    // Keep the map a function of the newest ids: whatever led to `from` now leads to `to`.
    for (const [k, v] of this.map) if (v === from) this.map.set(k, to);
    this.map.delete(to);
    this.map.delete(from);
    this.map.set(from, to);
    if (this.map.size > KEPT) this.map.delete(this.map.keys().next().value!);
  }
}
