/**
 * The reader's entry point for the CLI: takes over the terminal, runs the app until the user
 * quits, and gives the terminal back exactly as it was on every way out.
 */
import { render } from 'ink';
import type { KeyOverrides } from '../keys/bindings.js';
import type { LiveLibrary } from '../library/live/live-library.js';
import type { ReadingStore } from '../store/reading-store.js';
import { App } from './App.js';
import type { ThemeOverrides } from '../render/theme.js';
import { formatCrash, openTerminalSession } from './terminal-session.js';
import { makeUrlOpener } from './url-opener.js';
import { redrawOnEveryWinch } from './redraw-on-winch.js';

/** Options of {@link runReader}. */
export interface RunReaderOptions {
  /**
   * The library, drawn at once and followed as it loads and changes (the caller opens and
   * closes it).
   */
  source: LiveLibrary;
  store: ReadingStore;
  /** Remapped keys (from the config file). */
  keyOverrides?: KeyOverrides;
  /** Token colours (from the config file). */
  themeOverrides?: ThemeOverrides;
  /** Shown in the status bar. */
  label: string;
  stdin?: NodeJS.ReadStream;
  stdout?: NodeJS.WriteStream;
}

/**
 * Runs the full-screen reader; resolves to the exit status when the user quits (0). Every change
 * has been written to the store by then. If the app fails, the terminal is restored, the error is
 * printed in one line (with its stack only under `INKPRESS_DEBUG`) and the promise resolves to 1,
 * so the caller does not print it twice. Signals (SIGTERM, SIGHUP,
 * SIGINT) save the position, restore the terminal and end the process with 128 + the signal.
 */
export async function runReader(options: RunReaderOptions): Promise<number> {
  const { source, store, label, keyOverrides, themeOverrides, stdin = process.stdin, stdout = process.stdout } = options;
  if (!stdin.isTTY || !stdout.isTTY) {
    throw new Error('the reader needs a terminal; in a pipe or script use `inkpress list` or `inkpress show`');
  }
  const session = openTerminalSession({ stdout, stdin });
  const stopRedraw = redrawOnEveryWinch(stdout);
  let quit: (() => void) | undefined;
  let instance: ReturnType<typeof render> | undefined;
  session.onLeave(() => quit?.());
  session.onLeave(() => instance?.unmount());
  try {
    instance = render(
      <App source={source} store={store} label={label} keyOverrides={keyOverrides} themeOverrides={themeOverrides}
        opener={makeUrlOpener({ handOver: session.handOver })}
        bindQuit={(fn) => (quit = fn)} />,
      {
        stdin,
        stdout,
        // Ctrl-C is a key of ours (quit.now): it saves the position and restores the terminal.
        exitOnCtrlC: false,
        // Nothing of ours logs while the reader runs; patching would only cost a redraw.
        patchConsole: false,
        // Only the rows that changed are written (Ink's incremental mode, patched in
        // patches/ink+6.8.0.patch). INKPRESS_FULL_REDRAW=1 writes whole frames instead, for a
        // terminal that misdraws them; the e2e tests compare the two screens.
        incrementalRendering: !process.env['INKPRESS_FULL_REDRAW'],
        // Ink throttles frames to maxFps; a single key must never wait for the throttle, and
        // a frame costs a few ms, so held keys can have every frame too (issue 10).
        maxFps: 1000,
      },
    );
    await instance.waitUntilExit();
    return 0;
  } catch (error) {
    session.restore();
    process.stderr.write(formatCrash(error));
    return 1;
  } finally {
    stopRedraw();
    session.restore();
  }
}
