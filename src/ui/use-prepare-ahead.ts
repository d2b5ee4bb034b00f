import { useStdin } from 'ink';
import { useEffect, useRef } from 'react';
import type { Library } from '../library/model/library.js';
import { BIG_FILE } from '../library/live/read-files.js';
import { scavengeAtNextPause } from '../library/live/young-collection.js';
import { prepareArticleLines } from '../render/article-lines.js';
import { layoutOf, visibleHeadlines } from '../state/selectors.js';
import type { Action, ReaderState } from '../state/state.js';

/**
 * How long the keyboard must be still before an article is prepared: reading and parsing one
 * runs on the reader's thread (tens of ms for a saved page), so it never starts while keys come,
 * whether they move the selection or page an article.
 */
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
 * will be read at, so Enter, `J`/`K` and the first page draw from memory. Each article is
 * prepared only once no key has come for {@link PREPARE_AFTER_MS} (paging while a neighbour
 * waits to be parsed once waited for that parse: the paging p95 of issue 10), one per turn of
 * the event loop, and the work stops as soon as the selection or the width changes (a big file's
 * read on its worker too; its result is dropped). Bodies go to the state like any loaded body
 * (`articleLoaded`). A big file (a parse of seconds, on a worker thread, and tens of MB once
 * read) is prepared only while it is the selected headline, never as a neighbour.
 */
export function usePrepareAhead(library: Pick<Library, 'article' | 'bytes'>, state: ReaderState, dispatch: (action: Action) => void): void {
  const ids = state.size.rows > 0 ? aheadIds(state) : [];
  const width = openReadingWidth(state);
  const key = `${width} ${ids.join(' ')}`;
  // Read when the timer fires, so a body that arrived meanwhile is not read again.
  const bodies = useRef(state.bodies);
  bodies.current = state.bodies;
  // The open article while its body is on its way: the article loader reads it, once.
  const opening = useRef<string | null>(null);
  opening.current = state.openId !== null && !state.bodies.has(state.openId) ? state.openId : null;
  // When the last key came: every input event counts, bound or not.
  const { internal_eventEmitter: input } = useStdin();
  const lastKey = useRef(-Infinity);
  useEffect(() => {
    const onInput = () => void (lastKey.current = performance.now());
    input.on('input', onInput);
    return () => void input.off('input', onInput);
  }, [input]);
  useEffect(() => {
    const interest = new AbortController();
    const { signal } = interest;
    let timer: NodeJS.Timeout | undefined;
    const prepare = async (k: number): Promise<void> => {
      if (signal.aborted) return;
      // All prepared: their garbage is swept before the next key, not in its frame.
      if (k >= ids.length) return void scavengeAtNextPause();
      const wait = lastKey.current + PREPARE_AFTER_MS - performance.now();
      if (wait > 0) {
        timer = setTimeout(() => void prepare(k), wait);
        return;
      }
      const id = ids[k]!;
      const known = bodies.current.get(id);
      if (k > 0 && (library.bytes?.(id) ?? 0) >= BIG_FILE) {
        // A big neighbour waits until it is selected.
      } else if (known === undefined && id === opening.current) {
        // Opened before it was prepared: use-article-loader is reading it (a slow read, the first
        // body of a process, was read twice when this came due before it arrived).
      } else if (known === undefined) {
        const article = await library.article(id, { signal }).catch(() => undefined);
        if (signal.aborted || article === undefined) return;
        if (article !== null) await prepareArticleLines(article, width);
        if (signal.aborted) return;
        dispatch({ type: 'articleLoaded', id, article });
      } else if (known !== null) {
        await prepareArticleLines(known, width);
      }
      timer = setTimeout(() => void prepare(k + 1), 0);
    };
    timer = setTimeout(() => void prepare(0), PREPARE_AFTER_MS);
    return () => {
      interest.abort();
      clearTimeout(timer);
    };
    // `key` stands for `ids` and `width`.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key, library, dispatch]);
}
