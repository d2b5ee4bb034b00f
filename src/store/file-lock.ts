import { closeSync, openSync, readFileSync, rmSync, statSync, writeSync } from 'node:fs';

/** How long a lock may be held before another process may take it over (a crashed holder). */
const STALE_AFTER_MS = 10_000;
/** How long to wait for another reader's write before giving up with a message. */
const WAIT_LIMIT_MS = 3_000;

/** Thrown when another process holds the state lock for longer than {@link WAIT_LIMIT_MS}. */
export class LockTimeoutError extends Error {}

function pause(ms: number): void {
  // Synchronous back-off: store writes are synchronous so that a handled key is on disk.
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

function holderIsGone(lockPath: string): boolean {
  try {
    const age = Date.now() - statSync(lockPath).mtimeMs;
    if (age > STALE_AFTER_MS) return true;
    const pid = Number(readFileSync(lockPath, 'utf8'));
    if (!Number.isInteger(pid) || pid <= 0) return false;
    process.kill(pid, 0);
    return false;
  } catch (error) {
    // ESRCH: no such process; ENOENT: released meanwhile. EPERM means it is alive.
    return (error as NodeJS.ErrnoException).code === 'ESRCH';
  }
}

/**
 * Runs `fn` while holding an exclusive lock file (O_EXCL create), so that two inkpress
 * processes never interleave a read-modify-write of the state file and lose a change.
 */
export function withFileLock<T>(lockPath: string, fn: () => T): T {
  const deadline = Date.now() + WAIT_LIMIT_MS;
  let delay = 1;
  for (;;) {
    try {
      const fd = openSync(lockPath, 'wx', 0o600);
      writeSync(fd, String(process.pid));
      closeSync(fd);
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      if (holderIsGone(lockPath)) {
        rmSync(lockPath, { force: true });
        continue;
      }
      if (Date.now() > deadline) {
        throw new LockTimeoutError(`the state is locked by another inkpress (${lockPath})`);
      }
      pause(delay);
      delay = Math.min(delay * 2, 50);
    }
  }
  try {
    return fn();
  } finally {
    rmSync(lockPath, { force: true });
  }
}
