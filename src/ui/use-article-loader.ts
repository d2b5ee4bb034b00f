import { useEffect } from 'react';
import type { Library } from '../library/model/library.js';
import type { Action } from '../state/state.js';

/**
 * Loads the open article's body from the library (asynchronously, at the edge) and hands it to
 * the reducer. A body that arrives after you moved on is still kept, for when you come back.
 */
export function useArticleLoader(
  library: Pick<Library, 'article'>,
  openId: string | null,
  loaded: boolean,
  dispatch: (action: Action) => void,
): void {
  useEffect(() => {
    if (openId === null || loaded) return;
    library.article(openId).then(
      (article) => dispatch({ type: 'articleLoaded', id: openId, article }),
      (error: unknown) => {
        dispatch({ type: 'articleLoaded', id: openId, article: null });
        dispatch({ type: 'notice', message: `Could not read the article: ${error instanceof Error ? error.message : String(error)}` });
      },
    );
  }, [library, openId, loaded, dispatch]);
}
