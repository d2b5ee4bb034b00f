import { UNTOUCHED, type ArticleState, type ReadingStore } from '../../src/store/reading-store.js';

/** A reading store that forgets on exit, for component tests. */
export function memoryStore(initial: Iterable<[string, ArticleState]> = []): ReadingStore {
  const states = new Map<string, ArticleState>(initial);
  const update = (id: string, change: Partial<ArticleState>) =>
    states.set(id, { ...(states.get(id) ?? UNTOUCHED), ...change });
  return {
    path: 'memory',
    snapshot: () => new Map(states),
    setRead: (ids, read) => ids.forEach((id) => update(id, { read })),
    setStarred: (id, starred) => update(id, { starred }),
    setPosition: (id, position) => update(id, { position }),
    update: (changes) => changes.forEach((change, id) => update(id, change)),
    takeNotices: () => [],
    sync: () => true,
    retry: () => true,
    unsaved: () => 0,
    close: () => {},
  };
}
