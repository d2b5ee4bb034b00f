/**
 * Runs the real program in a pseudo-terminal and reads the screen as a person would, modelled
 * on Ink's own test/helpers/term.ts: node-pty runs `node dist/inkpress.js`, every byte it
 * writes is fed to a headless xterm, and tests poll the xterm's screen until it shows what they
 * wait for (no fixed sleeps).
 *
 * Like a terminal that supports synchronized output (DEC mode 2026, which Ink brackets every
 * frame with), a screen is read only between frames: a frame that reaches the pty in several
 * reads is never measured half drawn.
 */
import { createRequire } from 'node:module';
import { StringDecoder } from 'node:string_decoder';
import { fileURLToPath } from 'node:url';
import xterm from '@xterm/headless';
import type { IPty } from 'node-pty';

const require = createRequire(import.meta.url);
const { spawn } = require('node-pty') as typeof import('node-pty');

/** The bundled program the e2e tests run (`npm run build` makes it). */
export const PROGRAM = fileURLToPath(new URL('../../dist/inkpress.js', import.meta.url));
/**
 * The last command of a shell line whose last output a test reads: on Linux node-pty can drop
 * what was written just before the pty closed (microsoft/node-pty#72), so the shell holds it open
 * a moment. Without it, 1 of 3 fresh-clone runs waited 8 s for a shell's `exit=1` with the
 * program's message already on screen, and full suites waited for the end of `stty -a`.
 */
export const HOLD_PTY_OPEN = 'sleep 1';

/** Begin and end of a synchronized update (DEC private mode 2026). */
const SYNC_BEGIN = '\u001B[?2026h';
const SYNC_END = '\u001B[?2026l';

/** Options of {@link runInTerminal}. */
export interface TermOptions {
  args?: string[];
  cols?: number;
  rows?: number;
  /** Added to a copy of this process's environment (CI is switched off: Ink draws nothing in CI). */
  env?: Record<string, string | undefined>;
  /** Options for node itself, before the program (e.g. `--import` of a test preload). */
  nodeArgs?: string[];
  /** Run this instead of `node dist/inkpress.js` (e.g. a shell line that redirects stdin). */
  command?: { file: string; args: string[] };
}

/** How the program ended. */
export interface TermExit {
  exitCode: number;
  signal: number | undefined;
}

/** A program running in a terminal. */
export interface Term {
  /** Types into the terminal. */
  write(data: string): void;
  /** The visible screen, one line per row, trailing spaces removed. */
  screen(): string;
  /** Everything the program wrote, decoded as UTF-8. */
  output(): string;
  /** Everything the program wrote, as the bytes it wrote (not decoded: a stray 0x9B stays 0x9B). */
  bytes(): Buffer;
  /** True while the terminal shows its alternate screen. */
  inAltScreen(): boolean;
  /** The runs of text drawn inverse (or inverse and underlined), top to bottom: what stands out without colour. */
  inverseRuns(underlined?: boolean): string[];
  /** Polls until `predicate` holds for the screen (or it contains the string); returns the screen. */
  waitForScreen(predicate: string | RegExp | ((screen: string) => boolean), timeout?: number): Promise<string>;
  waitForExit(timeout?: number): Promise<TermExit>;
  resize(cols: number, rows: number): void;
  kill(signal?: string): void;
  /** The process id of what runs in the terminal (the program, or the shell of `command`). */
  readonly pid: number;
}

/** Starts `node dist/inkpress.js ...args` in a pseudo-terminal of the given size. */
export function runInTerminal({ args = [], cols = 100, rows = 30, env = {}, nodeArgs = [], command }: TermOptions = {}): Term {
  const terminal = new xterm.Terminal({ cols, rows, allowProposedApi: true, scrollback: 100 });
  const merged: Record<string, string> = {};
  for (const [k, v] of Object.entries({ ...process.env, CI: undefined, CONTINUOUS_INTEGRATION: undefined, NODE_NO_WARNINGS: '1', ...env })) {
    if (v !== undefined) merged[k] = v;
  }
  const { file, args: argv } = command ?? { file: process.execPath, args: [...nodeArgs, PROGRAM, ...args] };
  const child: IPty = spawn(file, argv, {
    name: 'xterm-256color',
    cols,
    rows,
    cwd: process.cwd(),
    env: merged,
    encoding: null, // bytes as written; decoded below
  });
  let output = '';
  const chunks: Buffer[] = [];
  const decoder = new StringDecoder('utf8');
  let exit: TermExit | undefined;
  // Whether the bytes parsed so far end inside a synchronized update (a frame still arriving).
  let frameOpen = false;
  let frameOpenAfterLastChunk = false;
  child.onData((data: string | Buffer) => {
    const bytes = Buffer.isBuffer(data) ? data : Buffer.from(data);
    chunks.push(bytes);
    const text = decoder.write(bytes);
    const tail = output.slice(-(SYNC_BEGIN.length - 1)) + text; // a sequence split over two reads
    output += text;
    const begin = tail.lastIndexOf(SYNC_BEGIN);
    const end = tail.lastIndexOf(SYNC_END);
    if (begin !== end) frameOpenAfterLastChunk = begin > end;
    const open = frameOpenAfterLastChunk;
    terminal.write(text, () => {
      frameOpen = open;
    });
  });
  child.onExit(({ exitCode, signal }) => {
    exit = { exitCode, signal };
  });

  const screen = () => {
    const buffer = terminal.buffer.active;
    const lines: string[] = [];
    for (let y = 0; y < terminal.rows; y++) lines.push(buffer.getLine(buffer.viewportY + y)?.translateToString(true) ?? '');
    return lines.join('\n');
  };
  // xterm parses writes asynchronously: an empty write's callback fires once all before it are parsed.
  const parsed = () => new Promise<void>((resolve) => terminal.write('', resolve));

  const poll = async <T>(probe: () => T | undefined, timeout: number, what: () => string): Promise<T> => {
    const deadline = Date.now() + timeout;
    for (;;) {
      await parsed();
      const value = frameOpen && exit === undefined ? undefined : probe();
      if (value !== undefined) return value;
      if (Date.now() > deadline) throw new Error(`timed out after ${timeout} ms waiting for ${what()}\n--- screen ---\n${screen()}`);
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  };

  return {
    write: (data) => child.write(data),
    screen,
    output: () => output,
    bytes: () => Buffer.concat(chunks),
    inAltScreen: () => terminal.buffer.active.type === 'alternate',
    inverseRuns: (underlined = false) => {
      const buffer = terminal.buffer.active;
      const runs: string[] = [];
      for (let y = 0; y < terminal.rows; y++) {
        const line = buffer.getLine(buffer.viewportY + y);
        let run = '';
        for (let x = 0; x <= terminal.cols; x++) {
          const cell = x < terminal.cols ? line?.getCell(x) : undefined;
          if (cell && cell.isInverse() && (!underlined || cell.isUnderline())) run += cell.getChars() || ' ';
          else if (run) {
            runs.push(run);
            run = '';
          }
        }
      }
      return runs;
    },
    waitForScreen: (predicate, timeout = 8000) => {
      const test =
        typeof predicate === 'string' ? (s: string) => s.includes(predicate)
        : predicate instanceof RegExp ? (s: string) => predicate.test(s)
        : predicate;
      return poll(() => (test(screen()) ? screen() : undefined), timeout, () => String(predicate));
    },
    waitForExit: (timeout = 8000) => poll(() => exit, timeout, () => 'the program to exit'),
    resize: (c, r) => {
      child.resize(c, r);
      terminal.resize(c, r);
    },
    kill: (signal = 'SIGTERM') => child.kill(signal),
    pid: child.pid,
  };
}
