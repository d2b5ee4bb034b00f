import { useEffect, useRef } from 'react';
import type { Library } from '../library/model/library.js';
import { articleLines } from '../render/article-lines.js';
import { layoutOf, visibleHeadlines } from '../state/selectors.js';
import type { Action, ReaderState } from '../state/state.js';

/** How long the reader must be still before articles are prepared: a held key never waits on it. */
export const PREPARE_AFTER_MS = 120;

/**
 * The articles worth having ready, nearest first: the selected headline's (Enter) and the ones
 * before and after it (`J`/`K`, `j` then Enter).
 */
export function aheadIds(state: ReaderState): string[] {
  const items = visibleHeadlines(state);
  const ids: string[] = [];
  for (const index of [state.headline, state.headline + 1, state.headline - 1]) {
    const id = items[index]?.id;
    if (id !== undefined && !ids.includes(id)) ids.push(id);
  }
  return ids;
}

/** The reading width an article will have once open (the layout changes as it opens). */
export function openReadingWidth(state: ReaderState): number {
  return layoutOf({ ...state, openId: state.openId ?? '', focus: 'article' }).readingWidth;
}

/**
 * Prepares the articles you are likely to open next while the reader is idle (issue 10): the
 * selected headline's article and its neighbours are read, parsed and wrapped to the width they
 * will be read at, so Enter, `J`/`K` and the first page draw from memory. It starts once the
 * selection and width have stayed the same for {@link PREPARE_AFTER_MS}, prepares one article
 * per turn of the event loop (a key typed meanwhile is handled between two), and stops as soon
 * as either changes. Bodies go to the state like any loaded body (`articleLoaded`).
 */
export function usePrepareAhead(library: Pick<Library, 'article'>, state: ReaderState, dispatch: (action: Action) => void): void {
  const ids = state.size.rows > 0 ? aheadIds(state) : [];
  const width = openReadingWidth(state);
  const key = `${width} ${ids.join(' ')}`;
  // Read when the timer fires, so a body that arrived meanwhile is not read again.
  const bodies = useRef(state.bodies);
  bodies.current = state.bodies;
  useEffect(() => {
    let cancelled = false;
    let timer: NodeJS.Timeout | undefined;
    const prepare = async (k: number): Promise<void> => {
      if (cancelled || k >= ids.length) return;
      const id = ids[k]!;
      const known = bodies.current.get(id);
      if (known === undefined) {
        const article = await library.article(id).catch(() => undefined);
        if (cancelled || article === undefined) return;
        if (article !== null) articleLines(article, width);
        dispatch({ type: 'articleLoaded', id, article });
      } else if (known !== null) {
        articleLines(known, width);
      }
      timer = setTimeout(() => void prepare(k + 1), 0);
    };
    timer = setTimeout(() => void prepare(0), PREPARE_AFTER_MS);
    return () => {
      cancelled = true;
      clearTimeout(timer);
    };
    // `key` stands for `ids` and `width`.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key, library, dispatch]);
}
