import { closeSync, openSync, readFileSync, rmSync, statSync } from 'node:fs';
import { writeAll } from './durable-file.js';

/** How long an unreadable (empty) lock may stand before it counts as a crashed holder's. */
const EMPTY_LOCK_STALE_MS = 2_000;
/** How long a lock-breaker's own guard may stand (it is held for microseconds). */
const BREAK_STALE_MS = 5_000;

/** Thrown when another live inkpress holds the lock for longer than the caller waits. */
export class LockBusyError extends Error {
  constructor(readonly holder: number | null, readonly lockPath: string) {
    super(`the state is being written by another inkpress${holder ? ` (pid ${holder})` : ''}; it holds ${lockPath}`);
  }
}

/** How long to wait and whom to tell. */
export interface LockWait {
  /** Give up after this long (ms) with {@link LockBusyError}; Infinity waits as long as the holder lives. */
  waitMs: number;
  /** Called once when the holder has made us wait for `noticeAfterMs` (a paused or slow inkpress). */
  onWait?: (holder: number | null) => void;
  noticeAfterMs?: number;
}

function pause(ms: number): void {
  // Synchronous back-off: store writes are synchronous so that a handled key is on disk.
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

/** The process's start time (clock ticks since boot), so a reused pid is told from the holder. */
function startTime(pid: number): string | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2).split(' ')[19] ?? null;
  } catch {
    return null;
  }
}

let own: string | undefined;
/** This process's tag, read once: every write takes the lock, and a pid's start never changes. */
function ownTag(): string {
  own ??= `${process.pid} ${startTime(process.pid) ?? ''}`.trim();
  return own;
}

interface Holder {
  text: string;
  ino: number;
  pid: number | null;
  alive: boolean;
}

function readHolder(lockPath: string): Holder | null {
  try {
    const stat = statSync(lockPath);
    const text = readFileSync(lockPath, 'utf8');
    const [pidText, started] = text.trim().split(' ');
    const pid = Number(pidText);
    if (!Number.isInteger(pid) || pid <= 0) {
      // Empty: a holder between creating and writing it, or one that died there (a full disk).
      return { text, ino: stat.ino, pid: null, alive: Date.now() - stat.mtimeMs < EMPTY_LOCK_STALE_MS };
    }
    let alive = true;
    try {
      process.kill(pid, 0);
    } catch (error) {
      alive = (error as NodeJS.ErrnoException).code === 'EPERM';
    }
    // Same pid, another process (pid reuse after a reboot or in a container): the holder is gone.
    if (alive && started !== undefined) {
      const now = startTime(pid);
      if (now !== null && now !== started) alive = false;
    }
    if (pid === process.pid && text.trim() !== ownTag()) alive = false;
    return { text, ino: stat.ino, pid, alive };
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
}

/**
 * Removes a dead holder's lock. Two waiters may both find it dead; the first removes it and
 * takes a fresh lock, and the second must not remove that one. So the removal happens under a
 * second, short-lived guard file, after checking the lock is still the very file judged dead.
 */
function breakDeadLock(lockPath: string, dead: Holder): void {
  const guard = `${lockPath}.break`;
  let fd: number;
  try {
    fd = openSync(guard, 'wx', 0o600);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    try {
      if (Date.now() - statSync(guard).mtimeMs > BREAK_STALE_MS) rmSync(guard, { force: true });
    } catch {
      // Gone meanwhile.
    }
    return;
  }
  closeSync(fd);
  try {
    const now = readHolder(lockPath);
    if (now !== null && now.ino === dead.ino && now.text === dead.text && !now.alive) rmSync(lockPath, { force: true });
  } finally {
    rmSync(guard, { force: true });
  }
}

function tryLock(lockPath: string): boolean {
  let fd: number;
  try {
    fd = openSync(lockPath, 'wx', 0o600);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw error;
  }
  try {
    writeAll(fd, Buffer.from(ownTag()), lockPath);
  } catch (error) {
    // A lock nobody can read the holder of would stop every later write: never leave one.
    closeSync(fd);
    rmSync(lockPath, { force: true });
    throw error;
  }
  closeSync(fd);
  return true;
}

const SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;

/**
 * Lets Ctrl-C, SIGTERM and SIGHUP end the process at once while it waits for another inkpress;
 * returns what puts their handlers back. The wait is synchronous, so a signal's JavaScript
 * handler (conf's exit hooks install some) could not run until it ended: an import waiting for
 * a paused inkpress ignored both for as long as the pause lasted (fault campaign). Nothing is
 * held while waiting, so ending here loses nothing.
 */
function signalsEndTheWait(): () => void {
  const saved = SIGNALS.map((signal) => [signal, process.listeners(signal)] as const);
  // With no listener left, Node gives the signal back its default action: end the process.
  for (const [signal] of saved) process.removeAllListeners(signal);
  return () => {
    for (const [signal, listeners] of saved) for (const listener of listeners) process.on(signal, listener);
  };
}

/**
 * Runs `fn` holding an exclusive lock file, so two inkpress processes never interleave their
 * writes. A lock whose holder is alive is never taken over, however long it is held (a paused
 * holder is waited for, and `onWait` says so); a dead holder's lock is removed.
 */
export function withFileLock<T>(lockPath: string, fn: () => T, wait: LockWait): T {
  const start = Date.now();
  let told = false;
  let delay = 1;
  let restoreSignals: (() => void) | null = null;
  try {
    while (!tryLock(lockPath)) {
      const holder = readHolder(lockPath);
      if (holder === null) continue;
      if (!holder.alive) {
        breakDeadLock(lockPath, holder);
        continue;
      }
      const waited = Date.now() - start;
      if (waited >= wait.waitMs) throw new LockBusyError(holder.pid, lockPath);
      // A command waits as long as the holder lives: from the first pause on, a signal ends it.
      // (The reader waits a second at most and must restore the terminal on a signal: its
      // handlers run once the wait is over.)
      if (restoreSignals === null && wait.waitMs === Infinity) restoreSignals = signalsEndTheWait();
      if (!told && waited >= (wait.noticeAfterMs ?? 1_000)) {
        told = true;
        wait.onWait?.(holder.pid);
      }
      pause(Math.min(delay, Math.max(1, wait.waitMs - waited)));
      delay = Math.min(delay * 2, 50);
    }
  } finally {
    restoreSignals?.();
  }
  try {
    return fn();
  } finally {
    rmSync(lockPath, { force: true });
  }
}
