/**
 * Renders the whole reader with ink-testing-library at a chosen terminal size, over a fake
 * library and a memory store, with helpers to type keys and wait for the screen.
 */
import { render } from 'ink-testing-library';
import { act } from 'react';
import { stripVTControlCharacters } from 'node:util';
import type { ParsedArticle } from '../../src/library/model/article.js';
import type { Library } from '../../src/library/model/library.js';
import type { LiveLibrary } from '../../src/library/live/live-library.js';
import { staticSource } from './static-source.js';
import type { KeyOverrides } from '../../src/keys/bindings.js';
import type { ReadingStore } from '../../src/store/reading-store.js';
import { memoryStore } from './memory-store.js';
import { App } from '../../src/ui/App.js';
import type { UrlOpener } from '../../src/ui/url-opener.js';
import { fakeLibrary } from './fake-library.js';
import { waitFor } from './wait-for.js';

/** Options of {@link renderReader}. */
export interface RenderReaderOptions {
  articles?: readonly ParsedArticle[];
  library?: Library;
  /** A library that changes while the reader runs (wins over `library` and `articles`). */
  source?: LiveLibrary;
  store?: ReadingStore;
  keyOverrides?: KeyOverrides;
  /** Stands in for the browser opener (`o`); by default nothing is ever launched. */
  opener?: UrlOpener;
  columns?: number;
  rows?: number;
  label?: string;
}

/** A rendered reader. */
export interface RenderedReader {
  /** The library at the first frame. */
  library: Library;
  store: ReadingStore;
  /** The last frame without colours or styles. */
  screen(): string;
  /**
   * Writes each chunk to stdin as one read from a terminal, yielding to the event loop between
   * chunks as two real keystrokes would (a chunk such as `jjj` is still one read).
   */
  press(...chunks: string[]): Promise<void>;
  /** Waits until the screen satisfies `predicate` (or contains the string); returns the screen. */
  waitForScreen(predicate: string | ((screen: string) => boolean), timeout?: number): Promise<string>;
  /** Changes the terminal size and emits `resize`, as a terminal does. */
  resize(columns: number, rows: number): void;
  unmount(): void;
  /** Frames written so far (raw). */
  frames: string[];
  /** Index in `frames` of the first frame drawn at the requested size. */
  startFrame: number;
}

const actFlag = globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean };

/** Renders the reader; resolves once the first real frame is on screen. */
export async function renderReader(options: RenderReaderOptions = {}): Promise<RenderedReader> {
  const source = options.source ?? staticSource(options.library ?? fakeLibrary(options.articles ?? []));
  const library = source.current();
  const store = options.store ?? memoryStore();
  const view = render(
    <App source={source} store={store} label={options.label ?? 'test library'} keyOverrides={options.keyOverrides}
      opener={options.opener ?? (() => undefined)} />,
  );
  const stdout = view.stdout as unknown as NodeJS.WriteStream & { lastFrame(): string | undefined };
  const resize = (columns: number, rows: number) => {
    Object.defineProperty(stdout, 'columns', { value: columns, configurable: true });
    Object.defineProperty(stdout, 'rows', { value: rows, configurable: true });
    stdout.emit('resize');
  };
  resize(options.columns ?? 100, options.rows ?? 24);
  const screen = () => stripVTControlCharacters(view.lastFrame() ?? '');
  const waitForScreen = (predicate: string | ((s: string) => boolean), timeout?: number) =>
    waitFor(
      () => {
        const s = screen();
        return (typeof predicate === 'string' ? s.includes(predicate) : predicate(s)) ? s : null;
      },
      screen,
      { timeout },
    );
  const reader: RenderedReader = {
    library,
    store,
    screen,
    press: async (...chunks) => {
      for (const chunk of chunks) {
        // act() runs React's pending work, passive effects included, as the event loop would
        // between two real keystrokes (ink-text-input subscribes to stdin in an effect).
        // The flag is on only around act(): updates that arrive on their own later (a body
        // loading, a resize) are the app's normal life, not a test that forgot act().
        actFlag.IS_REACT_ACT_ENVIRONMENT = true;
        try {
          await act(async () => {
            view.stdin.write(chunk);
          });
        } finally {
          actFlag.IS_REACT_ACT_ENVIRONMENT = false;
        }
      }
    },
    waitForScreen,
    resize,
    unmount: () => view.unmount(),
    frames: view.frames,
    startFrame: 0,
  };
  // The first frame is drawn at ink-testing-library's own size; wait for the one at ours.
  const rows = options.rows ?? 24;
  await waitForScreen((s) => s.split('\n').length === rows - 1);
  reader.startFrame = view.frames.length - 1;
  return reader;
}
