/**
 * The terminal around the reader: the alternate screen and a hidden cursor while it runs, and
 * the terminal restored exactly, once, on every way out — quitting, Ctrl-C (handled as a key),
 * SIGTERM, SIGHUP, SIGINT, an uncaught exception or rejection, or any other process exit.
 */
import { constants } from 'node:os';

/**
 * Enter the alternate screen, clear it, hide the cursor, and switch off autowrap (DECAWM): a
 * row the terminal measures wider than we do (a ZWJ emoji, U+200B, a soft hyphen: terminals
 * disagree on these) is then cut at the right edge instead of wrapping and scrolling the whole
 * screen up one row, which left stale rows behind under incremental rendering.
 */
export const ENTER_SEQUENCE = '\u001B[?1049h\u001B[H\u001B[2J\u001B[?25l\u001B[?7l';
/** Autowrap back on, show the cursor, leave the alternate screen (the shell's screen comes back as it was). */
export const LEAVE_SEQUENCE = '\u001B[?7h\u001B[?25h\u001B[?1049l';

const SIGNALS = ['SIGTERM', 'SIGHUP', 'SIGINT'] as const;

/** Options of {@link openTerminalSession}. */
export interface SessionOptions {
  stdout: NodeJS.WriteStream;
  stdin?: NodeJS.ReadStream;
  stderr?: NodeJS.WriteStream;
  env?: NodeJS.ProcessEnv;
  /** Ends the process after a signal or crash; `process.exit` unless a test replaces it. */
  exit?: (code: number) => void;
}

/** A running session. */
export interface TerminalSession {
  /**
   * Runs `fn` before the terminal is restored after a signal or a crash (save the reading
   * position, unmount Ink so its last frame lands on the alternate screen, not the shell's).
   */
  onLeave(fn: () => void): void;
  /** Restores the terminal; safe to call any number of times. */
  restore(): void;
  /**
   * Lends the terminal to a program that draws on it (a text browser) while `run` waits for it:
   * the shell's screen and cursor back, raw mode off, Ctrl-C left to the program; then the
   * alternate screen again, cleared, raw mode on, and a `resize` event on stdout, so Ink draws
   * a whole new frame. `run` blocks (spawnSync): meanwhile nothing of the reader reads a key or
   * draws a frame.
   */
  handOver<T>(run: () => T): T;
  readonly active: boolean;
}

/** How long a Ctrl-C typed in the borrowing program is still ignored after it ends. */
const LATE_INTERRUPT_MS = 200;
const ignoreInterrupt = () => {};

/** One line for a crash: the message, and the stack only with `INKPRESS_DEBUG` set. */
export function formatCrash(error: unknown, env: NodeJS.ProcessEnv = process.env): string {
  const debug = (env['INKPRESS_DEBUG'] ?? '') !== '';
  if (error instanceof Error) {
    if (debug && error.stack) return `inkpress: ${error.stack}\n`;
    return `inkpress: ${error.message.split('\n')[0] ?? error.name}\n`;
  }
  return `inkpress: ${String(error).split('\n')[0]}\n`;
}

/** Enters the alternate screen and installs the handlers that restore the terminal. */
export function openTerminalSession(options: SessionOptions): TerminalSession {
  const { stdout, stdin, stderr = process.stderr, env = process.env } = options;
  const exit = options.exit ?? ((code: number) => process.exit(code));
  const leaveHooks: Array<() => void> = [];
  let active = true;

  const runLeaveHooks = () => {
    for (const fn of leaveHooks.splice(0)) {
      try {
        fn();
      } catch {
        // Restoring the terminal matters more than any one hook.
      }
    }
  };

  const restore = () => {
    if (!active) return;
    active = false;
    for (const signal of SIGNALS) process.off(signal, onSignal);
    process.off('uncaughtException', onCrash);
    process.off('unhandledRejection', onCrash);
    process.off('exit', restore);
    try {
      if (stdin?.isTTY && stdin.isRaw) stdin.setRawMode(false);
    } catch {
      // stdin may already be closed.
    }
    if (!stdout.destroyed && stdout.writable) stdout.write(LEAVE_SEQUENCE);
  };

  function onSignal(signal: NodeJS.Signals) {
    runLeaveHooks();
    restore();
    exit(128 + (constants.signals[signal] ?? 1));
  }

  function onCrash(error: unknown) {
    runLeaveHooks();
    restore();
    stderr.write(formatCrash(error, env));
    exit(1);
  }

  stdout.write(ENTER_SEQUENCE);
  for (const signal of SIGNALS) process.on(signal, onSignal);
  process.on('uncaughtException', onCrash);
  process.on('unhandledRejection', onCrash);
  process.on('exit', restore);

  const handOver = <T,>(run: () => T): T => {
    const raw = stdin?.isTTY === true && stdin.isRaw;
    stdout.write(LEAVE_SEQUENCE);
    if (raw) stdin.setRawMode(false);
    // The program shares our process group: a Ctrl-C in it reaches us too, queued until it ends.
    process.off('SIGINT', onSignal);
    process.on('SIGINT', ignoreInterrupt);
    try {
      return run();
    } finally {
      if (active) {
        if (raw) stdin.setRawMode(true);
        stdout.write(ENTER_SEQUENCE);
        setTimeout(() => {
          process.off('SIGINT', ignoreInterrupt);
          if (active) process.on('SIGINT', onSignal);
        }, LATE_INTERRUPT_MS).unref();
        // Ink draws every row again on a resize (its incremental mode starts afresh).
        setImmediate(() => stdout.emit('resize'));
      }
    }
  };

  return {
    onLeave: (fn) => void leaveHooks.push(fn),
    restore,
    handOver,
    get active() {
      return active;
    },
  };
}
