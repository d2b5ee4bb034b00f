/**
 * Renders the whole reader with ink-testing-library at a chosen terminal size, over a fake
 * library and a memory store, with helpers to type keys and wait for the screen.
 */
import { render } from 'ink-testing-library';
import { stripVTControlCharacters } from 'node:util';
import type { ParsedArticle } from '../../src/library/article.js';
import type { Library } from '../../src/library/library.js';
import { memoryStore, type ReadingStore } from '../../src/store/reading-store.js';
import { App } from '../../src/ui/App.js';
import { fakeLibrary } from './fake-library.js';
import { waitFor } from './wait-for.js';

/** Options of {@link renderReader}. */
export interface RenderReaderOptions {
  articles?: readonly ParsedArticle[];
  library?: Library;
  store?: ReadingStore;
  columns?: number;
  rows?: number;
  label?: string;
}

/** A rendered reader. */
export interface RenderedReader {
  library: Library;
  store: ReadingStore;
  /** The last frame without colours or styles. */
  screen(): string;
  /** Writes to stdin as a terminal would (one chunk). */
  press(...chunks: string[]): void;
  /** Waits until the screen satisfies `predicate` (or contains the string); returns the screen. */
  waitForScreen(predicate: string | ((screen: string) => boolean), timeout?: number): Promise<string>;
  /** Changes the terminal size and emits `resize`, as a terminal does. */
  resize(columns: number, rows: number): void;
  unmount(): void;
  /** Frames written so far (raw). */
  frames: string[];
}

/** Renders the reader; resolves once the first real frame is on screen. */
export async function renderReader(options: RenderReaderOptions = {}): Promise<RenderedReader> {
  const library = options.library ?? fakeLibrary(options.articles ?? []);
  const store = options.store ?? memoryStore();
  const view = render(<App library={library} store={store} label={options.label ?? 'test library'} />);
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
    press: (...chunks) => chunks.forEach((c) => view.stdin.write(c)),
    waitForScreen,
    resize,
    unmount: () => view.unmount(),
    frames: view.frames,
  };
  await waitForScreen((s) => s.includes('unread of'));
  return reader;
}
