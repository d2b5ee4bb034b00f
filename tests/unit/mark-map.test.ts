/**
 * The reader's marks (src/store/mark-map.ts): a base read from disk, the changes since in layers.
 * What they answer is always the base with every change applied in order; what two of them say
 * differs is never less than what does; and after `A` has marked a whole list read, a key that
 * changes one article's mark is told of that one article, not of the 50,000 (every page took
 * 340-380 ms at 50,000 articles when each key compared them all).
 */
import { describe, expect, it } from 'vitest';
import type { ArticleSummary } from '../../src/library/model/library.js';
import { Derivations } from '../../src/state/derivations.js';
import { MarkMap, applyChange, markState } from '../../src/store/mark-map.js';
import { type ArticleState, UNTOUCHED } from '../../src/store/reading-store.js';

/** A tiny deterministic generator, so a failure can be replayed. */
function prng(seed: number): () => number {
  let s = seed;
  return () => ((s = (s * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31);
}

const IDS = Array.from({ length: 700 }, (_, i) => `a${i}`);
const same = (x: ArticleState | undefined, y: ArticleState | undefined): boolean => {
  const a = x ?? UNTOUCHED;
  const b = y ?? UNTOUCHED;
  return a.read === b.read && a.starred === b.starred && a.position === b.position;
};

describe('marks in layers', () => {
  it('answer as a plain map of the same changes, and never miss what differs, through folds and branches', () => {
    const random = prng(11);
    // A base as read from disk: some read, some starred, some with a position.
    const read = new Set(IDS.filter((_, i) => i % 3 === 0));
    const starred = new Set(IDS.filter((_, i) => i % 7 === 0));
    const positions = new Map(IDS.filter((_, i) => i % 11 === 0).map((id, i) => [id, i + 1] as [string, number]));
    const model = new Map<string, ArticleState>();
    for (const id of IDS) model.set(id, markState(read.has(id), starred.has(id), positions.get(id) ?? 0));
    const history: Array<{ marks: MarkMap; model: Map<string, ArticleState> }> = [{ marks: MarkMap.fromSets({ read, starred, positions }), model }];
    for (let step = 0; step < 300; step++) {
      // Mostly from the latest map (a reader's keys), sometimes from an older one (a branch).
      const from = random() < 0.85 ? history.at(-1)! : history[Math.floor(random() * history.length)]!;
      // Mostly one article (a key), sometimes a whole list (`A`: more than a layer holds).
      const count = random() < 0.05 ? 600 + Math.floor(random() * 150) : 1 + Math.floor(random() * 3);
      const changes: Array<[string, ArticleState]> = [];
      const next = new Map(from.model);
      for (let k = 0; k < count; k++) {
        const id = IDS[Math.floor(random() * IDS.length)]!;
        const pick = random();
        const change = pick < 0.4 ? { read: random() < 0.7 } : pick < 0.6 ? { starred: random() < 0.5 } : { position: step + 1 };
        const state = applyChange(next.get(id), change);
        changes.push([id, state]);
        next.set(id, state);
      }
      const marks = from.marks.with(changes);
      for (const id of IDS) expect(same(marks.get(id), next.get(id)), `step ${step}, ${id}`).toBe(true);
      // Against a few maps of the history: whatever differs is among the ids it names.
      for (let k = 0; k < 4; k++) {
        const older = history[Math.floor(random() * history.length)]!;
        const named = marks.changedSince(older.marks);
        if (named === null) continue;
        for (const id of IDS) if (!same(older.model.get(id), next.get(id))) expect(named.has(id), `step ${step}: ${id} differs, not named`).toBe(true);
      }
      history.push({ marks, model: next });
    }
    const last = history.at(-1)!;
    expect(new Map(last.marks)).toEqual(new Map([...last.model].filter(([, s]) => s !== UNTOUCHED && !same(s, UNTOUCHED))));
  });

  it('after the whole list is marked read, a page names one article, and the counts are not made again', () => {
    const summaries = Array.from({ length: 50_000 }, (_, i) => ({ id: `a${i}`, section: i % 2 ? 'Europe' : 'Asia' })) as ArticleSummary[];
    const derived = new Derivations();
    let marks = MarkMap.fromSets({ read: new Set(), starred: new Set(), positions: new Map() });
    expect(derived.sectionRows(summaries, derived.marksForCounts(marks))[1]).toMatchObject({ label: 'Unread', unread: 50_000 });
    // `A` on All.
    marks = marks.with(summaries.map((s) => [s.id, applyChange(marks.get(s.id), { read: true })]));
    const counted = derived.marksForCounts(marks);
    expect(derived.sectionRows(summaries, counted)[1]).toMatchObject({ label: 'Unread', unread: 0 });
    // Then a reader pages through one article, and another: a position each key.
    for (let page = 1; page <= 1_500; page++) {
      const id = page <= 1_000 ? 'a7' : `a${page}`;
      const before = marks;
      marks = marks.with([[id, applyChange(marks.get(id), { position: page })]]);
      expect(marks.changedSince(before)).toEqual(new Set([id]));
      expect(derived.marksForCounts(marks)).toBe(counted);
    }
    // A read mark taken back is counted.
    marks = marks.with([['a9', applyChange(marks.get('a9'), { read: false })]]);
    expect(derived.marksForCounts(marks)).not.toBe(counted);
    expect(derived.sectionRows(summaries, derived.marksForCounts(marks))[1]).toMatchObject({ label: 'Unread', unread: 1 });
  });
});
