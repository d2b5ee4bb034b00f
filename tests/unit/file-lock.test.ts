import { spawn } from 'node:child_process';
import { existsSync, readFileSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LockBusyError, withFileLock } from '../../src/store/file-lock.js';
import { tempDir } from '../helpers/temp-dir.js';

/** A live process that is not us (stopped with SIGSTOP: a paused inkpress). */
function pausedProcess() {
  const child = spawn(process.execPath, ['-e', 'setInterval(() => {}, 1000)'], { stdio: 'ignore' });
  child.kill('SIGSTOP');
  return { pid: child.pid!, end: () => child.kill('SIGKILL') };
}

/** A pid no process has (a child that has exited). */
async function deadPid(): Promise<number> {
  const child = spawn(process.execPath, ['-e', '0'], { stdio: 'ignore' });
  await new Promise((done) => child.on('exit', done));
  return child.pid!;
}

describe('state lock', () => {
  it('never takes the lock of a live (paused) holder, however old; it waits and says so', () => {
    const lock = join(tempDir(), 'state.json.lock');
    const holder = pausedProcess();
    try {
      writeFileSync(lock, String(holder.pid));
      utimesSync(lock, new Date(0), new Date(0));
      const told: Array<number | null> = [];
      let ran = false;
      expect(() => withFileLock(lock, () => (ran = true), { waitMs: 400, noticeAfterMs: 100, onWait: (pid) => told.push(pid) })).toThrow(LockBusyError);
      expect(ran).toBe(false);
      expect(told).toEqual([holder.pid]);
      expect(readFileSync(lock, 'utf8')).toBe(String(holder.pid));
    } finally {
      holder.end();
    }
  });

  it('removes the lock of a holder that died, and takes it', async () => {
    const lock = join(tempDir(), 'state.json.lock');
    writeFileSync(lock, String(await deadPid()));
    expect(withFileLock(lock, () => readFileSync(lock, 'utf8').split(' ')[0], { waitMs: 1000 })).toBe(String(process.pid));
    expect(existsSync(lock)).toBe(false);
  });

  it('removes an empty lock left by a holder that could not write its pid, once it is not fresh', () => {
    const lock = join(tempDir(), 'state.json.lock');
    writeFileSync(lock, '');
    expect(() => withFileLock(lock, () => 1, { waitMs: 200 })).toThrow(LockBusyError);
    utimesSync(lock, new Date(Date.now() - 60_000), new Date(Date.now() - 60_000));
    expect(withFileLock(lock, () => 2, { waitMs: 200 })).toBe(2);
  });

  it('lets waiters that find a dead holder take turns, never two inside at once', async () => {
    const dir = tempDir();
    const lock = join(dir, 'state.json.lock');
    const log = join(dir, 'log');
    writeFileSync(lock, String(await deadPid()));
    const { build } = await import('esbuild');
    const out = join(dir, 'lock.mjs');
    await build({ entryPoints: ['src/store/file-lock.ts'], bundle: true, platform: 'node', format: 'esm', outfile: out, logLevel: 'silent' });
    const script = `const { withFileLock } = await import(${JSON.stringify(out)});
      const { appendFileSync } = await import('node:fs');
      for (let i = 0; i < 40; i++) withFileLock(${JSON.stringify(lock)}, () => {
        appendFileSync(${JSON.stringify(log)}, 'in\\n');
        Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 1);
        appendFileSync(${JSON.stringify(log)}, 'out\\n');
      }, { waitMs: 20000 });`;
    const runs = Array.from({ length: 3 }, () => spawn(process.execPath, ['--input-type=module', '-e', script], { stdio: 'inherit' }));
    const codes = await Promise.all(runs.map((child) => new Promise((done) => child.on('exit', done))));
    expect(codes).toEqual([0, 0, 0]);
    const lines = readFileSync(log, 'utf8').trim().split('\n');
    expect(lines).toHaveLength(240);
    lines.forEach((line, i) => expect(line).toBe(i % 2 === 0 ? 'in' : 'out'));
  });
});
