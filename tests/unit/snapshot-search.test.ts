/**
 * Searching a library snapshot (issue 10): each letter typed looks the summaries' docs up in the
 * index once per numbering of the index, not each id in a set of hits (50-250 ms a letter at
 * 50,000 articles), and the list gets the articles the search found, not ids to look up. What a search
 * finds stays right when the index changes under a snapshot (an article edited: its words, and
 * its doc number, are new), and the list shows the same articles either way.
 */
import { describe, expect, it } from 'vitest';
import { LibrarySearch } from '../../src/library/index/library-search.js';
import { termsOf } from '../../src/library/index/search-index.js';
import type { FileEntry } from '../../src/library/live/file-entry.js';
import { buildSnapshot } from '../../src/library/live/snapshot.js';
import type { ArticleSummary } from '../../src/library/model/library.js';
import { Derivations } from '../../src/state/derivations.js';

function entry(n: number, published: string): FileEntry {
  const summary = { id: `id${n}`, path: `a${n}.txt`, format: 'plain-text', section: 'World', headline: `Headline ${n}`, published, byline: null, url: null } as ArticleSummary;
  return { file: { abs: `/lib/a${n}.txt`, rel: `a${n}.txt`, size: 1, mtimeMs: 1, ino: n, dev: 1 }, summaries: [summary], problem: null };
}

describe('searching a snapshot', () => {
  it('finds by the words the index holds now, after an article was indexed again with new words', () => {
    const entries = new Map<string, FileEntry>();
    const search = new LibrarySearch();
    const words: Record<number, string> = { 1: 'harbour tram opens', 2: 'market hall roof', 3: 'harbour swim record' };
    for (const n of [1, 2, 3]) {
      const e = entry(n, `2024-0${n}-01`);
      entries.set(e.file.rel, e);
      search.add(e, [termsOf(words[n]!)]);
    }
    const snapshot = buildSnapshot('/lib', entries, [], search, async () => null);
    // Newest first, as the summaries are.
    expect(snapshot.search('harb')).toEqual(['id3', 'id1']);
    expect(snapshot.search('roof')).toEqual(['id2']);
    // The first article is edited: forgotten, then indexed again (a new doc) with other words.
    const first = entries.get('a1.txt')!;
    search.forget(first);
    search.add(first, [termsOf('roof garden opens')]);
    expect(snapshot.search('harb')).toEqual(['id3']);
    expect(snapshot.search('roof')).toEqual(['id2', 'id1']);
    expect(snapshot.search('')).toEqual(['id3', 'id2', 'id1']);
  });

  it("gives the list the search's articles in its order: the snapshot's own rows, else by id", () => {
    const entries = new Map<string, FileEntry>();
    const search = new LibrarySearch();
    for (const n of [1, 2, 3]) {
      const e = entry(n, `2024-0${n}-01`);
      entries.set(e.file.rel, e);
      search.add(e, [termsOf(n === 2 ? 'market hall' : 'harbour tram')]);
    }
    const snapshot = buildSnapshot('/lib', entries, [], search, async () => null);
    const ids = (rows: readonly ArticleSummary[]) => rows.map((s) => s.id);
    // The snapshot's rows are its summaries themselves, as its ids say.
    expect(ids(new Derivations().results(snapshot, 'harb'))).toEqual(snapshot.search('harb'));
    expect(new Derivations().results(snapshot, 'harb')[0]).toBe(snapshot.summaries[0]);
    // A catalog that gives only ids: looked up, in its order, an unknown id left out.
    const { summaries } = snapshot;
    const byIds = (found: string[]) => new Derivations().results({ summaries, search: () => found }, 'q');
    expect(ids(byIds(['id1', 'id3']))).toEqual(['id1', 'id3']);
    expect(ids(byIds(['id3', 'gone', 'id1']))).toEqual(['id3', 'id1']);
    expect(byIds([])).toEqual([]);
  });
});

describe("a snapshot's search prepared while the reader is idle", () => {
  function library(count: number) {
    const entries = new Map<string, FileEntry>();
    const search = new LibrarySearch();
    for (let n = 1; n <= count; n++) {
      const e = entry(n, `2024-01-01`);
      entries.set(e.file.rel, e);
      search.add(e, [termsOf(n % 2 === 0 ? 'harbour even' : 'market odd')]);
    }
    return { entries, search, snapshot: buildSnapshot('/lib', entries, [], search, async () => null) };
  }

  it('finds what it found unprepared, pausing between steps', async () => {
    const { snapshot } = library(12_000);
    let pauses = 0;
    await snapshot.prepareSearch!(async () => void (pauses += 1));
    expect(pauses).toBe(2);
    expect(snapshot.search('harb')).toEqual(library(12_000).snapshot.search('harb'));
    expect(snapshot.search('harb')).toHaveLength(6_000);
    // Prepared: nothing more to do.
    await snapshot.prepareSearch!(async () => void (pauses += 1));
    expect(pauses).toBe(2);
  });

  it('finds by the new words when the index changed while it prepared', async () => {
    const { entries, search, snapshot } = library(12_000);
    const first = entries.get('a2.txt')!;
    await snapshot.prepareSearch!(async () => {
      search.forget(first);
      search.add(first, [termsOf('market edited')]);
    });
    expect(snapshot.search('harb')).toHaveLength(5_999);
    expect(snapshot.search('edited')).toEqual(['id2']);
  });
});
