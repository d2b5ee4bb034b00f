/**
 * Opens a web address in the user's browser: the effect at the edge behind the `o` key. The URL
 * is ONE argument to the opener program, never part of a shell command line, so nothing in it
 * (`;`, `$(…)`, quotes) can run anything. Only `http:` and `https:` addresses are opened.
 */
import { spawn as nodeSpawn, type ChildProcess, type SpawnOptions } from 'node:child_process';
import { checkWebUrl } from '../state/web-url.js';

/** The part of `child_process.spawn` the opener uses (a test passes a fake). */
export type SpawnFn = (command: string, args: readonly string[], options: SpawnOptions) => Pick<ChildProcess, 'on' | 'unref'>;

/** Opens a URL; `onError` hears why it could not (the program missing, or a refused URL). */
export type UrlOpener = (url: string, onError: (failure: OpenFailure) => void) => void;

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
}

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
export function makeUrlOpener({ env = process.env, platform = process.platform, spawn = nodeSpawn as SpawnFn }: OpenerEnvironment = {}): UrlOpener {
  return (url, onError) => {
    const [program, ...args] = openerCommand(env, platform);
    const checked = checkWebUrl(url);
    if (!checked.ok) {
      onError({ program, reason: 'only http and https addresses are opened' });
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
