import { statSync } from 'node:fs';
import type { ArticleFormat, Problem } from '../model/article.js';
import type { ArticleSummary } from '../model/library.js';
import { cacheFile, header, type SummaryRow, writeAtomic } from './index-cache.js';
import { readTextInPieces } from './text-in-pieces.js';

/**
 * The first screen of a library, saved beside its index cache so a warm start draws its first
 * frame without reading the index (2.4 MB at 10,000 articles, ~200 ms of a 460 ms start): the
 * first rows of the list, and every article's id by section, so the counts come from the marks
 * as they are at that start. The whole index is read just after the frame and replaces it.
 */
export interface FirstScreen {
  /** The list's first rows, newest first (as the snapshot of the index cache sorts them). */
  rows: ArticleSummary[];
  /** Every article, for the section counts (shared label strings, no other fields). */
  articles: Array<{ id: string; section: string }>;
  problems: Problem[];
  /**
   * The section labels in the order `localeCompare` put them in when the file was saved, when
   * this process sorts the same way (same locale settings, same ICU); otherwise null. A first
   * frame sorts its sections with it: the first `localeCompare` of a process makes ICU's
   * collator, about 5 ms before anything is drawn (68 M of 778 M instructions under callgrind).
   */
  sectionOrder: string[] | null;
}

/** Rows kept: more than any terminal's headline pane is tall. */
export const FIRST_ROWS = 300;

type Row = [...SummaryRow, path: string];
interface Body {
  rows: Row[];
  /** In `localeCompare` order, under {@link collation}. */
  sections: Array<[label: string, ids: string[]]>;
  problems: Array<[path: string, reason: string]>;
  collation: string;
}

/** What `localeCompare`'s order depends on: ICU's version and the locale settings ICU reads. */
export function collation(): string {
  const env = process.env;
  return JSON.stringify([process.versions.icu, env.LC_ALL, env.LC_COLLATE, env.LC_MESSAGES, env.LANG, env.LANGUAGE]);
}

/** The index cache file as it is on disk now: the first screen belongs to this one only. */
function indexStamp(dir: string, root: string): [number, number, number] | null {
  try {
    const s = statSync(cacheFile(dir, root, 'index'));
    return [s.size, s.mtimeMs, s.ino];
  } catch {
    return null;
  }
}

const headerOf = (root: string, stamp: [number, number, number]) => `${header(root)}${JSON.stringify(stamp)}`;

/**
 * Saves the first screen of the list `summaries` (sorted as the reader shows them), made from
 * the index cache just written: it names that file's stamp, so it is never used with another.
 */
export function writeFirstScreen(dir: string, root: string, summaries: readonly ArticleSummary[], problems: readonly Problem[]): void {
  const stamp = indexStamp(dir, root);
  if (stamp === null) return;
  const bySection = new Map<string, string[]>();
  for (const s of summaries) {
    const ids = bySection.get(s.section);
    if (ids) ids.push(s.id);
    else bySection.set(s.section, [s.id]);
  }
  const body: Body = {
    rows: summaries.slice(0, FIRST_ROWS).map((s): Row => [s.id, s.format, s.section, s.headline, s.published, s.byline, s.url, s.path]),
    sections: [...bySection].sort(([a], [b]) => a.localeCompare(b)),
    problems: problems.map((p) => [p.path, p.reason]),
    collation: collation(),
  };
  writeAtomic(cacheFile(dir, root, 'first'), [`${headerOf(root, stamp)}\n${JSON.stringify(body)}`]);
}

/** C0 and C1 controls: a damaged file must not put one on the terminal. */
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/;
const text = (v: unknown): v is string => typeof v === 'string' && !CONTROL.test(v);
const textOrNull = (v: unknown): v is string | null => v === null || text(v);

function summaryOf(row: unknown): ArticleSummary {
  if (!Array.isArray(row) || row.length !== 8) throw new Error('row');
  const [id, format, section, headline, published, byline, url, path] = row as unknown[];
  if (!text(id) || !text(format) || !text(section) || !text(headline) || !text(path)) throw new Error('row');
  if (!textOrNull(published) || !textOrNull(byline) || !textOrNull(url)) throw new Error('row');
  return { id, path, format: format as ArticleFormat, section, headline, published, byline, url };
}

/**
 * The first screen saved for `root`, or null when there is none, it is damaged, or it was not
 * made from the index cache now on disk (another build, another folder, a newer index).
 */
export function readFirstScreen(dir: string, root: string): FirstScreen | null {
  try {
    const stamp = indexStamp(dir, root);
    if (stamp === null) return null;
    const file = readTextInPieces(cacheFile(dir, root, 'first'));
    const end = file.indexOf('\n');
    if (end < 0 || file.slice(0, end) !== headerOf(root, stamp)) return null;
    const body = JSON.parse(file.slice(end + 1)) as Body;
    if (!Array.isArray(body.rows) || !Array.isArray(body.sections) || !Array.isArray(body.problems)) return null;
    if (body.rows.length > FIRST_ROWS) return null;
    const rows = body.rows.map(summaryOf);
    const articles: FirstScreen['articles'] = [];
    for (const entry of body.sections) {
      if (!Array.isArray(entry) || !text(entry[0]) || !Array.isArray(entry[1])) return null;
      const [section, ids] = entry;
      for (const id of ids) {
        if (typeof id !== 'string') return null;
        articles.push({ id, section });
      }
    }
    if (rows.length === 0 || articles.length < rows.length) return null;
    const problems = body.problems.map((p): Problem => {
      if (!Array.isArray(p) || !text(p[0]) || !text(p[1])) throw new Error('problem');
      return { path: p[0], reason: p[1] };
    });
    const sectionOrder = body.collation === collation() ? body.sections.map(([label]) => label) : null;
    return { rows, articles, problems, sectionOrder };
  } catch {
    return null;
  }
}
