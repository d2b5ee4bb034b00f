/**
 * How each pane is drawn from the state: one drawer per pane id of `state/panes.ts`, and
 * {@link Panes}, which draws the visible ones left to right with a rule between them.
 * To add a pane, add its drawer here (see `state/panes.ts` for the rest).
 */
import { Box } from 'ink';
import { Fragment, memo, useRef, type ReactElement } from 'react';
import type { Layout, PaneBox } from '../state/layout.js';
import { PANE_IDS, type PaneId } from '../state/panes.js';
import { articlePosition, headlineCount, openBody, openLines, openSummary, searchResults, searchWaits, sectionRows, visibleHeadlines } from '../state/selectors.js';
import type { ReaderState } from '../state/state.js';
import { windowHighlights } from '../state/article-find.js';
import { ArticlePane } from './ArticlePane.js';
import { formatBytes } from '../library/files/read-scanned-file.js';
import { HeadlineList } from './HeadlineList.js';
import { SectionList } from './SectionList.js';
import { Separator } from './Separator.js';

// Each pane is drawn again only when its own props change: `j` in the headlines leaves the
// section list and an open article alone (their props are plain values and memoised arrays).
const Sections = memo(SectionList);
const Article = memo(ArticlePane);

/** What a drawer gets: the whole state, the layout, and its own box. */
export interface PaneFrame {
  state: ReaderState;
  layout: Layout;
  box: PaneBox;
}

function sections({ state, layout, box }: PaneFrame): ReactElement {
  return (
    <Sections rows={sectionRows(state)} selected={state.section} top={state.sectionTop} height={layout.listRows}
      width={box.width} focused={state.focus === 'sections'} />
  );
}

function headlines({ state, layout, box }: PaneFrame): ReactElement {
  const items = visibleHeadlines(state);
  const results = searchResults(state);
  const waits = searchWaits(state);
  const title =
    state.search.mode !== 'off' && results !== null
      ? `Search: ${state.search.query.trim()} (${waits ? '…' : results.length})`
      : `${sectionRows(state)[state.section]?.label ?? 'All'} (${headlineCount(state)})`;
  return (
    // The marks as the counts see them: a new map only when a read mark or a star changed, so a
    // page (which saves the reading position in new marks) leaves the list alone.
    <HeadlineList title={title} items={items} marks={state.derived.marksForCounts(state.marks)} selected={state.headline}
      top={state.headlineTop} height={layout.listRows} width={box.width}
      focused={state.focus === 'headlines'}
      empty={waits ? 'Searching once the library is read…' : results !== null ? 'No matches.' : 'No articles here.'} />
  );
}

/** `Opening <headline> (3.8 MiB)…`: what the pane says while a body is read and wrapped. */
function opening(state: ReaderState): string {
  const bytes = state.openId === null ? undefined : state.catalog.bytes?.(state.openId);
  return `Opening ${openSummary(state)?.headline ?? 'the article'}${bytes === undefined ? '' : ` (${formatBytes(bytes)})`}…`;
}

function article({ state, layout, box }: PaneFrame): ReactElement {
  const body = openBody(state);
  const message =
    state.openId === null ? 'Select a headline and press Enter to read it.'
    : body === undefined ? opening(state)
    : body === null ? 'This article could not be read: its file has gone or no longer parses.'
    : null;
  return (
    <Article title={openSummary(state)?.headline ?? 'Article'} lines={openLines(state)}
      top={state.articleTop} height={layout.articleRows} width={box.width}
      readingWidth={layout.readingWidth} position={articlePosition(state)}
      focused={state.focus === 'article' || state.find?.mode === 'editing'} message={message}
      highlights={state.find === null ? undefined : windowHighlights(state, state.articleTop, layout.articleRows)} />
  );
}

/** The drawer of every pane. */
export const PANE_DRAWERS: Readonly<Record<PaneId, (frame: PaneFrame) => ReactElement>> = { sections, headlines, article };

/** Props of {@link Panes}. */
export interface PanesProps {
  state: ReaderState;
  layout: Layout;
}

/**
 * Every pane, left to right, a one-column rule between each two visible ones. A hidden pane stays
 * mounted, drawn as `display: none` (Yoga lays out nothing under it and Ink writes nothing of
 * it): Enter and Esc show and hide the article pane (and the narrow layout every pane), and a
 * pane mounted again at each switch was React fibers, Ink nodes and Yoga nodes made anew in the
 * key's frame (issue 10). While hidden, a pane keeps the element it was last drawn with, so no
 * key draws it again until it shows.
 */
export function Panes({ state, layout }: PanesProps) {
  const last = useRef(new Map<PaneId, ReactElement>());
  const first = PANE_IDS.find((id) => layout.panes[id].visible);
  return (
    <Box flexDirection="row" height={layout.bodyRows} overflow="hidden">
      {PANE_IDS.map((id) => {
        const box = layout.panes[id];
        let pane = last.current.get(id);
        if (box.visible || pane === undefined) last.current.set(id, (pane = PANE_DRAWERS[id]({ state, layout, box })));
        return (
          <Fragment key={id}>
            {box.visible && id !== first ? <Separator height={layout.bodyRows} /> : null}
            <Box display={box.visible ? 'flex' : 'none'}>{pane}</Box>
          </Fragment>
        );
      })}
    </Box>
  );
}
