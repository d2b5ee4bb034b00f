import { resolve } from 'node:path';
import { type Article, type Problem, paragraphsOf } from './article.js';
import type { ArticleSummary, Library } from './library.js';
import { articlesFromBytes } from './read-article.js';
import { scanFolder, readArticleFile } from './scan.js';
import { SearchIndex } from './search-index.js';
import { sectionKey } from './section-name.js';

/** Options for {@link loadLibrary}. */
export interface LoadOptions {
  /** Called as files are read, for a progress display. */
  onProgress?: (done: number, total: number) => void;
}

/** Newest first; undated last; then by headline, then path, so the order is stable. */
export function compareSummaries(a: ArticleSummary, b: ArticleSummary): number {
  if (a.published !== b.published) {
    if (a.published === null) return 1;
    if (b.published === null) return -1;
    return a.published < b.published ? 1 : -1;
  }
  return a.headline.localeCompare(b.headline) || a.path.localeCompare(b.path);
}

/** The list-facing part of an article. */
export function summarize(article: Article): ArticleSummary {
  const { id, path, format, section, headline, published, byline, standfirst, url } = article;
  return { id, path, format, section: section ?? '', headline, published, byline, standfirst, url };
}

/** Reads every article under `root`; unreadable files become problems, never failures. */
export async function loadLibrary(root: string, options: LoadOptions = {}): Promise<Library> {
  const absRoot = resolve(root);
  const scan = await scanFolder(absRoot);
  const problems: Problem[] = [...scan.problems];
  const byId = new Map<string, Article>();
  const sectionNames = new Map<string, string>();
  let done = 0;
  for (const file of scan.files) {
    const read = await readArticleFile(file);
    const parsed = read.ok ? articlesFromBytes(read.bytes, file.rel) : read;
    if (!parsed.ok) problems.push({ path: file.rel, reason: parsed.reason });
    else {
      for (const article of parsed.articles) {
        const twin = byId.get(article.id);
        if (twin) {
          problems.push({ path: file.rel, reason: `same article as ${twin.path}` });
          continue;
        }
        // One spelling per section: the first one met (files are read in path order).
        const key = sectionKey(article.section ?? '');
        if (!sectionNames.has(key)) sectionNames.set(key, article.section ?? '');
        byId.set(article.id, { ...article, section: sectionNames.get(key)! });
      }
    }
    options.onProgress?.(++done, scan.files.length);
  }
  const summaries = [...byId.values()].map(summarize).sort(compareSummaries);
  const index = new SearchIndex();
  for (const s of summaries) {
    const a = byId.get(s.id)!;
    index.add(s.id, [a.headline, a.standfirst ?? '', ...paragraphsOf(a)].join('\n'));
  }
  return {
    root: absRoot,
    summaries,
    problems,
    article: async (id) => byId.get(id) ?? null,
    search: (query) => index.search(query),
  };
}
