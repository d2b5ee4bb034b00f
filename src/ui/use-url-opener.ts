import { useEffect } from 'react';
import type { Action, OpenRequest } from '../state/state.js';
import type { UrlOpener } from './url-opener.js';

/**
 * Runs the browser for each request the reducer makes (`o`), once per request, and reports a
 * failure back as an action, so the status bar says what went wrong.
 */
export function useUrlOpener(request: OpenRequest | null, opener: UrlOpener, dispatch: (action: Action) => void): void {
  useEffect(() => {
    if (request === null) return;
    opener(
      request.url,
      ({ program, reason }) => dispatch({ type: 'openFailed', program, reason }),
      (program) => dispatch({ type: 'openReturned', program }),
    );
  }, [request, opener, dispatch]);
}
