import { Box, useApp } from 'ink';
import { useCallback, useEffect, useMemo } from 'react';
import { buildKeyMap, resolveBindings, type KeyOverrides } from '../keys/bindings.js';
import { hintsFor } from '../keys/key-help.js';
import { helpLines } from '../keys/help-lines.js';
import type { LiveLibrary } from '../library/live/live-library.js';
import { marksChanges } from '../state/mark-changes.js';
import {
  articlePosition, headlineCount, inputContext, layoutOf, libraryCounts, phrasePending, searchCandidates, searchResults, searchWaits, sectionRows, visibleHeadlines,
} from '../state/selectors.js';
import { usePhraseCheck } from './use-phrase-check.js';
import { isFilling, isScanning } from '../state/follow-library.js';
import { targetWebUrl } from '../state/moves.js';
import { articleMatches, matchLabel } from '../state/article-find.js';
import { initialState, type Action, type ReaderState } from '../state/state.js';
import { SAVED_AGAIN, type ReadingStore } from '../store/reading-store.js';
import { AlertOverlay } from './AlertOverlay.js';
import { HelpOverlay } from './HelpOverlay.js';
import { Panes } from './panes.js';
import { progressLabel, searchCaveat } from './progress-label.js';
import { SearchBar } from './SearchBar.js';
import { StatusBar } from './StatusBar.js';
import { makeTheme, noColorRequested, type ThemeOverrides } from '../render/theme.js';
import { TooSmall } from './TooSmall.js';
import { useArticleLoader } from './use-article-loader.js';
import { useWidthWarmUp } from './use-width-warm-up.js';
import { usePrepareAhead } from './use-prepare-ahead.js';
import { useKeyRouter } from './use-key-router.js';
import { useInputPauses } from './use-input-pauses.js';
import { useLiveLibrary } from './use-live-library.js';
import { useReader } from './use-reader.js';
import { useStoreWriter } from './use-store-writer.js';
import { useTerminalSize } from './use-terminal-size.js';
import { ThemeContext } from './use-theme.js';
import { makeUrlOpener, type UrlOpener } from './url-opener.js';
import { useUrlOpener } from './use-url-opener.js';

const defaultOpener = makeUrlOpener();

/**
 * The store's notices: trouble (a damaged file moved aside, a failed write) as an alert that
 * stays until dismissed; the all-clear after a failed write as a passing notice.
 */
function showStoreNotices(dispatch: (action: Action) => void, notices: string[]): void {
  const cleared = notices.filter((n) => n.startsWith(SAVED_AGAIN));
  const trouble = notices.filter((n) => !n.startsWith(SAVED_AGAIN));
  if (trouble.length > 0) dispatch({ type: 'alert', message: trouble.join('\n') });
  if (cleared.length > 0) dispatch({ type: 'notice', message: cleared.join(' · ') });
}

/** Props of {@link App}. */
export interface AppProps {
  /** The library, followed as it loads and as its folder changes. */
  source: LiveLibrary;
  /** Where read, starred and positions are kept; written as each key is handled. */
  store: ReadingStore;
  /** Shown in the status bar (the library's folder or name). */
  label: string;
  /** Remapped keys, e.g. from a config file. */
  keyOverrides?: KeyOverrides;
  /** Token colours, e.g. from a config file (dropped under `NO_COLOR` / `FORCE_COLOR=0`). */
  themeOverrides?: ThemeOverrides;
  /** Opens a web address in the browser (`o`); the real one runs `$BROWSER` or xdg-open / open. */
  opener?: UrlOpener;
  /** Receives a function that quits as `q` would (saving the position): for signal handlers. */
  bindQuit?: (quit: () => void) => void;
}

/** The reader: owns the state, routes keys, loads bodies, writes the store, draws the panes. */
export function App({ source, store, label, keyOverrides, themeOverrides, opener = defaultOpener, bindQuit }: AppProps) {
  const { exit } = useApp();
  const bindings = useMemo(() => resolveBindings(keyOverrides), [keyOverrides]);
  const keyMap = useMemo(() => buildKeyMap(keyOverrides), [keyOverrides]);
  const help = useMemo(() => helpLines(bindings), [bindings]);
  const theme = useMemo(() => makeTheme(noColorRequested(), themeOverrides), [themeOverrides]);

  const onNotices = useCallback((notices: string[]) => showStoreNotices(reader.dispatch, notices), []);
  const { writer, unsaved } = useStoreWriter(store, onNotices);
  const persist = (before: ReaderState, after: ReaderState) =>
    writer.push(marksChanges(before.marks, after.marks), before.openId !== null && after.openId !== before.openId);
  const size = useTerminalSize((next) => reader.dispatch({ type: 'resize', size: next }));
  const { library, progress } = useLiveLibrary(source);
  const reader = useReader(() => initialState(library, store.snapshot(), size, progress), persist);
  const { state, dispatch } = reader;
  useEffect(() => dispatch({ type: 'libraryChanged', catalog: library, progress }), [library, progress, dispatch]);
  useKeyRouter(keyMap, reader, writer.commit);
  useInputPauses();
  useUrlOpener(state.openRequest, opener, dispatch);
  // A query that waits for the whole list has no candidates to check yet.
  const waits = searchWaits(state);
  usePhraseCheck(library, state.search.mode === 'off' ? '' : state.search.query.trim(), waits ? null : searchCandidates(state), dispatch);
  useArticleLoader(library, state.openId, state.openId !== null && state.bodies.has(state.openId), layoutOf(state).readingWidth, dispatch);
  usePrepareAhead(library, state, dispatch);
  useWidthWarmUp(state.catalog.preview === undefined && !isScanning(state.progress), state);

  useEffect(() => {
    const notices = store.takeNotices();
    showStoreNotices(dispatch, notices);
    bindQuit?.(() => {
      dispatch({ type: 'command', command: 'quit' });
      // A signal ends the process before the next render: write what the quit saved, now.
      writer.flush();
    });
  }, [store, dispatch, bindQuit, writer]);
  useEffect(() => {
    if (!state.quitting) return;
    // Positions wait up to POSITION_DELAY_MS; quitting writes them now.
    writer.flush();
    exit();
  }, [state.quitting, exit, writer]);

  const layout = layoutOf(state);
  if (layout.kind === 'too-small') {
    return (
      <ThemeContext.Provider value={theme}>
        <TooSmall columns={layout.columns} rows={state.size.rows} height={layout.height} />
      </ThemeContext.Provider>
    );
  }
  const headlines = visibleHeadlines(state);
  const results = searchResults(state);
  const rows = sectionRows(state);
  const counts = libraryCounts(state);
  const context = inputContext(state);
  const position =
    state.find !== null && (state.focus === 'article' || state.focus === 'search') ? `${matchLabel(state) ?? 'no match'} · ${articlePosition(state)}`
    : state.focus === 'article' ? articlePosition(state)
    : state.focus === 'sections' ? `${state.section + 1}/${rows.length}`
    : headlines.length === 0 ? '0/0' : `${state.headline + 1}/${headlineCount(state)}`;

  return (
    <ThemeContext.Provider value={theme}>
      <Box flexDirection="column" width={layout.columns} height={layout.height} overflow="hidden">
        {state.alert !== null ? (
          <AlertOverlay message={state.alert} height={layout.bodyRows} width={layout.columns} />
        ) : state.help ? (
          <HelpOverlay lines={help} top={state.helpTop} height={layout.bodyRows} width={layout.columns} />
        ) : (
          <Panes state={state} layout={layout} />
        )}
        {state.find !== null ? (
          <SearchBar query={state.find.query} cursor={state.find.cursor} editing={state.find.mode === 'editing'}
            results={state.find.query.trim() === '' ? null : articleMatches(state).length} placeholder="search this article" width={layout.columns} />
        ) : state.search.mode !== 'off' ? (
          <SearchBar query={state.search.query} cursor={state.search.cursor} editing={state.search.mode === 'editing'}
            results={results === null || waits ? null : results.length} caveat={waits ? 'searching once the library is read…' : phrasePending(state) ? 'checking the phrase…' : searchCaveat(state.progress)} width={layout.columns} />
        ) : null}
        <StatusBar label={label} unread={counts.unread} total={counts.total} position={position}
          hints={hintsFor(context, bindings, targetWebUrl(state).ok ? [] : ['openUrl'])} notice={state.notice} activity={progressLabel(state.progress)}
          partial={isFilling(state.progress)}
          problems={library.problems.length} unsaved={unsaved}
          width={layout.columns} />
      </Box>
    </ThemeContext.Provider>
  );
}
