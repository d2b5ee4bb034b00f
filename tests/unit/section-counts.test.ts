/**
 * Section counts after a mark changes (issue 10): adjusted by the articles that changed instead
 * of recounted, and always equal to a full count of the same marks.
 */
import { describe, expect, it } from 'vitest';
import type { ArticleSummary } from '../../src/library/model/library.js';
import { Derivations } from '../../src/state/derivations.js';
import { MarkMap, applyChange } from '../../src/store/mark-map.js';

/** A tiny deterministic generator, so a failure can be replayed. */
function prng(seed: number): () => number {
  let s = seed;
  return () => ((s = (s * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31);
}

const SECTIONS = ['Africa', 'Asia', 'Europe', 'Sport', 'World'];
const summaries: ArticleSummary[] = Array.from({ length: 400 }, (_, i) => ({
  id: `a${i}`, path: `a${i}.txt`, format: 'plain-text', section: SECTIONS[i % SECTIONS.length]!, headline: `Headline ${i}`,
  published: null, byline: null, url: null,
})) as ArticleSummary[];

describe('section counts', () => {
  it('after each of 600 random read, unread, star and position changes, equal a fresh count', () => {
    const random = prng(7);
    const derived = new Derivations();
    let marks = MarkMap.from(new Map());
    derived.sectionRows(summaries, marks);
    for (let step = 0; step < 600; step++) {
      const id = `a${Math.floor(random() * summaries.length)}`;
      const pick = random();
      const change = pick < 0.4 ? { read: random() < 0.7 } : pick < 0.7 ? { starred: random() < 0.5 } : { position: step + 1 };
      marks = marks.with([[id, applyChange(marks.get(id), change)]]);
      expect(derived.sectionRows(summaries, marks), `step ${step}`).toEqual(new Derivations().sectionRows(summaries, marks));
    }
  });
});

describe('section order', () => {
  const labelled = (labels: string[]): ArticleSummary[] =>
    labels.map((section, i) => ({ ...summaries[0]!, id: `s${i}`, section }));
  const order = (rows: Array<{ label: string }>) => rows.slice(3).map((r) => r.label);
  const marks = MarkMap.from(new Map());

  it('is by name as localeCompare has it: case and accents do not put a section after z', () => {
    const rows = new Derivations().sectionRows(labelled(['zeta', 'Économie', 'beta', 'Alpha']), marks);
    expect(order(rows)).toEqual(['Alpha', 'beta', 'Économie', 'zeta']);
  });

  it("follows a first screen's saved order when it names every section, and sorts when it does not", () => {
    const articles = labelled(['zeta', 'Économie', 'beta', 'Alpha']);
    // An order that localeCompare would never give shows that the saved one is what is used.
    expect(order(new Derivations().sectionRows(articles, marks, ['zeta', 'beta', 'Alpha', 'Économie']))).toEqual(['zeta', 'beta', 'Alpha', 'Économie']);
    expect(order(new Derivations().sectionRows(articles, marks, ['zeta', 'beta', 'Alpha']))).toEqual(['Alpha', 'beta', 'Économie', 'zeta']);
  });
});
