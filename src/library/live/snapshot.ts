import type { Article, Problem } from '../model/article.js';
import type { ArticleSummary, Library } from '../model/library.js';
import type { FileEntry } from './file-entry.js';
import type { ScannedFile } from '../files/scanned-file.js';
import type { LibrarySearch } from '../index/library-search.js';
import { drain } from '../index/compact-index.js';
import { sectionKey } from '../model/section-name.js';

/** A library snapshot, plus where each article's file is (for reading bodies on demand). */
export interface LibrarySnapshot extends Library {
  pathOf(id: string): string | undefined;
  /**
   * Looks up each summary's doc in the search index now, `pause` between steps, as the first
   * letter typed would (27 ms of its 50 at 50,000 articles, in a profile): at the end of a
   * start, while the reader is idle. Nothing to do once done, until the index changes.
   */
  prepareSearch?(pause: () => Promise<unknown>): Promise<void>;
}

/** Summaries whose doc {@link LibrarySnapshot.prepareSearch} looks up between two pauses (about 2 ms). */
const DOCS_PER_STEP = 5_000;

/** Newest first; undated last; then by headline, then path, so the order is stable. */
export function compareSummaries(a: ArticleSummary, b: ArticleSummary): number {
  if (a.published !== b.published) {
    if (a.published === null) return 1;
    if (b.published === null) return -1;
    return a.published < b.published ? 1 : -1;
  }
  // Code-unit order, not localeCompare: this runs ~n log n times on every snapshot of a large library.
  if (a.headline !== b.headline) return a.headline < b.headline ? -1 : 1;
  return a.path < b.path ? -1 : a.path > b.path ? 1 : 0;
}

/**
 * The library as the lists see it now: files in path order, the same article in two files
 * listed once (the second reported), one spelling per section (the first met).
 */
export function buildSnapshot(
  root: string,
  entries: ReadonlyMap<string, FileEntry>,
  scanProblems: readonly Problem[],
  index: Pick<LibrarySearch, 'hits' | 'docOf' | 'version'>,
  article: Library['article'],
  renamed: ReadonlyMap<string, string> = new Map(),
): LibrarySnapshot {
  const problems: Problem[] = [...scanProblems];
  // Each article's file as this snapshot saw it (its path, and its stamp for `revision`).
  const fileById = new Map<string, ScannedFile>();
  const sectionNames = new Map<string, string>();
  const summaries: ArticleSummary[] = [];
  for (const rel of [...entries.keys()].sort()) {
    const entry = entries.get(rel)!;
    if (entry.problem !== null) problems.push({ path: rel, reason: entry.problem });
    for (const s of entry.summaries) {
      const twin = fileById.get(s.id);
      if (twin !== undefined) {
        problems.push({ path: rel, reason: `same article as ${twin.rel}` });
        continue;
      }
      fileById.set(s.id, entry.file);
      const key = sectionKey(s.section);
      if (!sectionNames.has(key)) sectionNames.set(key, s.section);
      const section = sectionNames.get(key)!;
      summaries.push(section === s.section ? s : { ...s, section });
    }
  }
  summaries.sort(compareSummaries);
  problems.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  // Each summary's doc, looked up once per numbering of the index: looking each id up in a set
  // of hits, on every letter typed, took 50-250 ms a letter at 50,000 articles.
  let docs: { version: number; of: Int32Array } | null = null;
  /** The docs as the index numbers them now, looked up {@link DOCS_PER_STEP} between two yields. */
  function* docSteps(): Generator<void, { version: number; of: Int32Array }> {
    const { version } = index;
    const of = new Int32Array(summaries.length);
    for (let i = 0; i < summaries.length; i++) {
      of[i] = index.docOf(summaries[i]!.id);
      if (i % DOCS_PER_STEP === DOCS_PER_STEP - 1) yield;
    }
    return { version, of };
  }
  const searchRows = (query: string): ArticleSummary[] => {
    const hits = index.hits(query);
    if (hits === null) return summaries.slice();
    if (docs?.version !== index.version) docs = drain(docSteps());
    const found: ArticleSummary[] = [];
    for (let i = 0; i < summaries.length; i++) {
      const doc = docs.of[i]!;
      if (doc >= 0 && hits[doc] === 1) found.push(summaries[i]!);
    }
    return found;
  };
  return {
    root,
    summaries,
    problems,
    article,
    search: (query) => searchRows(query).map((s) => s.id),
    searchRows,
    prepareSearch: async (pause) => {
      const { version } = index;
      if (docs?.version === version) return;
      const steps = docSteps();
      for (let step = steps.next(); ; step = steps.next()) {
        if (step.done) return void (docs = step.value);
        await pause();
        // Renumbered meanwhile: these docs are stale; the next search looks them up again.
        if (index.version !== version) return;
      }
    },
    pathOf: (id) => fileById.get(id)?.rel,
    bytes: (id) => fileById.get(id)?.size,
    renamed: new Map(renamed),
    revision: (id) => {
      const f = fileById.get(id);
      return f && `${f.size}:${f.mtimeMs}:${f.ino}`;
    },
  };
}
