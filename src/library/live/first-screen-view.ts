import type { FirstScreen } from '../index/first-screen.js';
import type { LibrarySnapshot } from './snapshot.js';

/**
 * The library a warm start draws first, from the first-screen file (`index/first-screen.ts`):
 * the list's first rows, counted from every article's id (`Library.preview`). It knows no files:
 * a body asked for now is read once the index has been (`indexRead`), from the library then
 * (`current`); the reader holds keys until the whole list has replaced this one.
 */
export function firstScreenView(root: string, first: FirstScreen, indexRead: Promise<unknown>, current: () => LibrarySnapshot): LibrarySnapshot {
  const ids = first.rows.map((s) => s.id);
  return {
    root,
    summaries: first.rows,
    problems: first.problems,
    preview: { articles: first.articles, sectionOrder: first.sectionOrder ?? undefined },
    article: async (id, options) => {
      await indexRead;
      return current().article(id, options);
    },
    // Nothing is narrowed before the index is read (no key can search meanwhile).
    search: () => ids,
    pathOf: () => undefined,
    bytes: () => undefined,
    revision: () => undefined,
  };
}
