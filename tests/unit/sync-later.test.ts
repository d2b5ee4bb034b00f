/**
 * The reader's key writes: `update(changes, true)` writes the journal record at once (another
 * process reading the state sees it, as a check after `kill -9` would) but leaves its fsync to
 * `sync()`, which the reader calls once the frame is drawn. A failed fsync is a failed write.
 */
import { mkdtempSync, rmSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openConfStore } from '../../src/store/conf-store.js';
import type { WriteIo } from '../../src/store/durable-file.js';

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'inkpress-sync-later-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Real write(2) and fsync(2), counting the fsyncs; `failNext` makes the next fsync fail with EIO. */
function countingIo() {
  const io: WriteIo & { fsyncs: number; failNext: boolean } = {
    fsyncs: 0,
    failNext: false,
    writeSync: (fd: number, data: Uint8Array, offset: number, length: number) => writeSync(fd, data, offset, length),
    fsyncSync: (_fd: number) => {
      io.fsyncs++;
      if (io.failNext) {
        io.failNext = false;
        throw Object.assign(new Error('EIO: i/o error, fsync'), { code: 'EIO' });
      }
    },
  };
  return io;
}

const readOnDisk = (stateDir: string, id: string) => openConfStore({ dir: stateDir }).snapshot().get(id)?.read;

describe('a write whose fsync comes later', () => {
  it('is written before update returns and fsynced only by sync()', () => {
    const stateDir = join(dir, 'later');
    const io = countingIo();
    const store = openConfStore({ dir: stateDir, io });
    store.update(new Map([['a1', { read: true }]]), true);
    expect(io.fsyncs).toBe(0);
    expect(readOnDisk(stateDir, 'a1')).toBe(true);
    expect(store.sync()).toBe(true);
    expect(io.fsyncs).toBe(1);
    // Nothing waits: a second sync does no fsync.
    store.sync();
    expect(io.fsyncs).toBe(1);
  });

  it('is fsynced at once without syncLater, and by the next such write', () => {
    const stateDir = join(dir, 'now');
    const io = countingIo();
    const store = openConfStore({ dir: stateDir, io });
    store.update(new Map([['a1', { read: true }]]), true);
    store.update(new Map([['b2', { starred: true }]]));
    expect(io.fsyncs).toBe(1);
    store.sync();
    expect(io.fsyncs).toBe(1);
  });

  it('whose fsync fails is kept as unsaved, said in a notice, and written again by the retry', () => {
    const stateDir = join(dir, 'eio');
    const io = countingIo();
    const store = openConfStore({ dir: stateDir, io });
    store.update(new Map([['a1', { read: true }]]), true);
    store.update(new Map([['a1', { starred: true }]]), true);
    io.failNext = true;
    expect(store.sync()).toBe(false);
    expect(store.unsaved()).toBe(1);
    expect(store.takeNotices().join('\n')).toMatch(/Could not save reading state .*journal\.log: EIO/);
    expect(store.retry()).toBe(true);
    expect(store.unsaved()).toBe(0);
    expect(store.takeNotices().join('\n')).toMatch(/Reading state saved again/);
    expect(openConfStore({ dir: stateDir }).snapshot().get('a1')).toMatchObject({ read: true, starred: true });
  });

  it('is fsynced when the store closes', () => {
    const stateDir = join(dir, 'close');
    const io = countingIo();
    const store = openConfStore({ dir: stateDir, io });
    store.update(new Map([['a1', { read: true }]]), true);
    store.close();
    expect(io.fsyncs).toBeGreaterThanOrEqual(1);
    expect(readOnDisk(stateDir, 'a1')).toBe(true);
  });
});
