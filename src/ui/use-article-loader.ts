import { useEffect, useRef } from 'react';
import type { Library } from '../library/model/library.js';
import { prepareArticleLines } from '../render/article-lines.js';
import type { Action } from '../state/state.js';
import { holdFullCollection } from '../library/live/full-collection.js';
import { holdScavenge } from '../library/live/young-collection.js';

/**
 * Loads the open article's body from the library (asynchronously, at the edge), wraps it to the
 * reading width in slices between keys, and hands it to the reducer. A big file's body is read on
 * a worker thread (the library decides), so the reader answers keys while it is prepared. Moving
 * away or closing cancels it: the read is aborted (a big file's parse stops) and a body that
 * arrives for an article no longer open is dropped, never shown nor kept. While a body is on its
 * way the reader is answering a key: the collections that wait for a pause in the keys wait for
 * it too, and count their pause from its arrival.
 */
export function useArticleLoader(
  library: Pick<Library, 'article'>,
  openId: string | null,
  loaded: boolean,
  readingWidth: number,
  dispatch: (action: Action) => void,
): void {
  // Read when the body arrives: a resize meanwhile must not start the read again.
  const width = useRef(readingWidth);
  width.current = readingWidth;
  useEffect(() => {
    if (openId === null || loaded) return;
    const interest = new AbortController();
    const { signal } = interest;
    const holds = [holdFullCollection(), holdScavenge()];
    const release = (): void => holds.forEach((done) => done());
    library.article(openId, { signal }).then(
      async (article) => {
        try {
          if (article !== null) await prepareArticleLines(article, width.current);
          if (!signal.aborted) dispatch({ type: 'articleLoaded', id: openId, article });
        } finally {
          release();
        }
      },
      (error: unknown) => {
        release();
        if (signal.aborted) return;
        dispatch({ type: 'articleLoaded', id: openId, article: null });
        dispatch({ type: 'notice', message: `Could not read the article: ${error instanceof Error ? error.message : String(error)}` });
      },
    );
    return () => {
      interest.abort();
      release();
    };
  }, [library, openId, loaded, dispatch]);
}
