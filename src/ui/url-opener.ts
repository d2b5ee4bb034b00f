/**
 * Opens a web address in the user's browser: the effect at the edge behind the `o` key. The URL
 * is ONE argument to the opener program, never part of a shell command line, so nothing in it
 * (`;`, `$(…)`, quotes) can run anything. Only `http:` and `https:` addresses are opened.
 * A graphical browser runs detached; a terminal browser (w3m, lynx, …) gets the terminal and the
 * reader waits for it, as mutt and newsboat do.
 */
import { spawn as nodeSpawn, spawnSync, type ChildProcess, type SpawnOptions, type SpawnSyncReturns } from 'node:child_process';
import { checkWebUrl } from '../state/web-url.js';

/** The part of `child_process.spawn` the opener uses (a test passes a fake). */
export type SpawnFn = (command: string, args: readonly string[], options: SpawnOptions) => Pick<ChildProcess, 'on' | 'unref'>;

/**
 * Opens a URL; `onError` hears why it could not (the program missing, or a refused URL), and
 * `onReturn` that a terminal browser has given the terminal back.
 */
export type UrlOpener = (url: string, onError: (failure: OpenFailure) => void, onReturn?: (program: string) => void) => void;

/** Runs a program that needs the terminal, with the terminal handed to it (see `terminal-session.ts`). */
export type HandOver = <T>(run: () => T) => T;

/** Browsers that draw in the terminal (Debian's `www-browser` is the text-mode one). */
const TERMINAL_BROWSERS = new Set(['w3m', 'lynx', 'elinks', 'links', 'links2', 'browsh', 'carbonyl', 'cha', 'www-browser']);

/**
 * Whether the opener needs the terminal: a text browser by name, or, on Linux and the BSDs,
 * any opener where there is no graphical display (a console, an SSH session: xdg-open itself
 * then falls back to a text browser).
 */
export function needsTerminal(program: string, env: NodeJS.ProcessEnv = process.env, platform: NodeJS.Platform = process.platform): boolean {
  if (TERMINAL_BROWSERS.has(program.split(/[\\/]/).pop() ?? program)) return true;
  if (platform === 'darwin' || platform === 'win32') return false;
  return !env['DISPLAY'] && !env['WAYLAND_DISPLAY'];
}

/** Why a URL was not opened. */
export interface OpenFailure {
  /** The program that was to open it (`xdg-open`, `firefox`). */
  program: string;
  reason: string;
}

/** Where the opener comes from. */
export interface OpenerEnvironment {
  env?: NodeJS.ProcessEnv;
  platform?: NodeJS.Platform;
  spawn?: SpawnFn;
  /** How a terminal browser gets the terminal; without it every browser runs detached. */
  handOver?: HandOver;
  /** Runs a program in the foreground, waiting (a test passes a fake). */
  runSync?: (command: string, args: readonly string[]) => Pick<SpawnSyncReturns<Buffer>, 'status' | 'signal' | 'error'>;
}

const foreground = (command: string, args: readonly string[]) => spawnSync(command, args, { stdio: 'inherit' });

/**
 * The opener program and its arguments before the URL: `$BROWSER` when set (its first word is
 * the program, further words its arguments; no shell, so no quoting), else `open` on macOS,
 * `explorer.exe` on Windows and `xdg-open` elsewhere.
 */
export function openerCommand(env: NodeJS.ProcessEnv = process.env, platform: NodeJS.Platform = process.platform): [string, ...string[]] {
  const words = (env['BROWSER'] ?? '').trim().split(/\s+/).filter(Boolean);
  const [program, ...args] = words;
  if (program !== undefined) return [program, ...args];
  if (platform === 'darwin') return ['open'];
  if (platform === 'win32') return ['explorer.exe'];
  return ['xdg-open'];
}

/** An opener over the given environment (the process's by default). */
export function makeUrlOpener(options: OpenerEnvironment = {}): UrlOpener {
  const { env = process.env, platform = process.platform, spawn = nodeSpawn as SpawnFn, handOver, runSync = foreground } = options;
  return (url, onError, onReturn) => {
    const [program, ...args] = openerCommand(env, platform);
    const checked = checkWebUrl(url);
    if (!checked.ok) {
      onError({ program, reason: 'only http and https addresses are opened' });
      return;
    }
    if (handOver && needsTerminal(program, env, platform)) {
      // The reader waits: while it runs nothing of the reader reads keys or draws.
      const result = handOver(() => runSync(program, [...args, checked.url]));
      if (result.error) onError({ program, reason: result.error.message });
      else if (result.status !== 0) onError({ program, reason: result.signal ? `it was stopped by ${result.signal}` : `it exited with status ${result.status}` });
      else onReturn?.(program);
      return;
    }
    try {
      // Detached and unreferenced: the browser outlives the reader and never holds it open.
      const child = spawn(program, [...args, checked.url], { detached: true, stdio: 'ignore' });
      child.on('error', (error: Error) => onError({ program, reason: error.message }));
      child.unref();
    } catch (error) {
      onError({ program, reason: error instanceof Error ? error.message : String(error) });
    }
  };
}
