/**
 * The tag a lock holder writes (its pid and start time, so a reused pid is told apart) is read
 * from /proc once per process, not again for every write: each key that marks an article takes
 * the lock before its frame (issue 10).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { withFileLock } from '../../src/store/file-lock.js';
import { tempDir } from '../helpers/temp-dir.js';

const procReads = vi.hoisted(() => ({ count: 0 }));
vi.mock('node:fs', async (importOriginal) => {
  const fs = await importOriginal<typeof import('node:fs')>();
  const readFileSync = ((path: unknown, ...rest: unknown[]) => {
    if (String(path).startsWith('/proc/')) procReads.count++;
    return (fs.readFileSync as (...args: unknown[]) => unknown)(path, ...rest);
  }) as typeof fs.readFileSync;
  return { ...fs, default: { ...fs, readFileSync }, readFileSync };
});

describe('the lock holder tag', () => {
  it('is the same pid and start time on every lock, read from /proc once', () => {
    const lock = join(tempDir(), 'state.json.lock');
    const tags: string[] = [];
    for (let i = 0; i < 10; i++) withFileLock(lock, () => tags.push(readFileSync(lock, 'utf8').trim()), { waitMs: 1000 });
    const started = readFileSync(`/proc/${process.pid}/stat`, 'utf8');
    const start = started.slice(started.lastIndexOf(')') + 2).split(' ')[19];
    expect(new Set(tags)).toEqual(new Set([`${process.pid} ${start}`]));
    // The check above read /proc once more itself.
    expect(procReads.count).toBeLessThanOrEqual(2);
  });
});
