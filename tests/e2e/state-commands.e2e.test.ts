/**
 * The state commands as a user runs them (the real program, its real stderr): hostile import
 * files, and damaged state reported by every command. Needs `npm run build`.
 */
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROGRAM } from '../helpers/term.js';

let root: string;
const articles = fileURLToPath(new URL('../../articles', import.meta.url));
beforeAll(() => {
  if (!existsSync(PROGRAM)) throw new Error(`${PROGRAM} is missing: run \`npm run build\` first`);
  root = mkdtempSync(join(tmpdir(), 'inkpress-state-cmds-'));
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

function inkpress(args: string[], stateDir: string, input?: string) {
  const result = spawnSync(process.execPath, [PROGRAM, ...args], {
    env: { ...process.env, INKPRESS_DIR: articles, INKPRESS_STATE_DIR: stateDir, NODE_NO_WARNINGS: '1' },
    input,
    encoding: 'buffer',
    timeout: 20_000,
  });
  return { code: result.status, stdout: result.stdout.toString('latin1'), stderr: result.stderr.toString('latin1') };
}

/** Control bytes other than the newline ending each line: what could move the cursor or retitle the terminal. */
const RAW_CONTROL = /[\x00-\x09\x0b-\x1f\x7f-\x9f]/;

describe('import-state with hostile files', () => {
  it('never puts a raw control byte on the terminal, whatever the file holds', () => {
    const state = join(root, 'hostile');
    const cases = {
      'bad-json': '{"kind": "inkpress-state", \x1b]0;pwned\x07 \x9b31m',
      'bad-id': JSON.stringify({ kind: 'inkpress-state', formatVersion: 1, articles: { '\x1b]2;title\x07abc': { read: 1 } } }),
      'bad-kind': JSON.stringify({ kind: '\x1b[2J\x07', formatVersion: 1, articles: {} }),
    };
    for (const [name, text] of Object.entries(cases)) {
      const file = join(root, `${name}.json`);
      writeFileSync(file, text, 'latin1');
      const result = inkpress(['import-state', file], state);
      expect(result.code, name).toBe(1);
      expect(result.stderr, name).toMatch(/^inkpress: cannot import/);
      expect(result.stderr, name).not.toMatch(RAW_CONTROL);
    }
  });

  it('refuses a FIFO and a device at once, without reading them', () => {
    const state = join(root, 'special');
    const fifo = join(root, 'pipe');
    execFileSync('mkfifo', [fifo]);
    for (const file of [fifo, '/dev/zero', root]) {
      const started = Date.now();
      const result = inkpress(['import-state', file], state);
      expect(result.code, file).toBe(1);
      expect(result.stderr, file).toMatch(/not a regular file/);
      expect(Date.now() - started).toBeLessThan(10_000);
    }
  });

  it('ends on SIGTERM and on Ctrl-C (SIGINT) while waiting for standard input', async () => {
    for (const signal of ['SIGTERM', 'SIGINT'] as const) {
      const child = spawn(process.execPath, [PROGRAM, 'import-state', '-'], {
        env: { ...process.env, INKPRESS_STATE_DIR: join(root, 'stdin') },
        stdio: ['pipe', 'pipe', 'pipe'],
      });
      child.stdin.write('{"kind":');
      let err = '';
      child.stderr.on('data', (d) => (err += d));
      await new Promise((done) => setTimeout(done, 500));
      child.kill(signal);
      const [code, sig] = await new Promise<[number | null, string | null]>((done) => child.on('exit', (c, s) => done([c, s])));
      expect(code !== null || sig === signal, `${signal}: ${err}`).toBe(true);
    }
  });
});

describe('an import waiting for a paused inkpress that holds the lock', () => {
  it('waits (the lock is never taken), and ends at once on Ctrl-C (SIGINT) and on SIGTERM', async () => {
    // A synchronous wait kept the process from running its signal handlers: both were ignored
    // for as long as the other inkpress stayed paused.
    const holder = spawn(process.execPath, ['-e', 'setInterval(() => {}, 1000)'], { stdio: 'ignore' });
    holder.kill('SIGSTOP');
    try {
      const stateDir = join(root, 'paused-holder');
      mkdirSync(stateDir, { recursive: true });
      const lock = join(stateDir, 'state.json.lock');
      writeFileSync(lock, String(holder.pid));
      const file = join(root, 'paused-import.json');
      writeFileSync(file, JSON.stringify({ kind: 'inkpress-state', formatVersion: 2, articles: { aaaa000000000001: { read: true } } }));
      for (const signal of ['SIGINT', 'SIGTERM'] as const) {
        const child = spawn(process.execPath, [PROGRAM, 'import-state', file], {
          env: { ...process.env, INKPRESS_DIR: articles, INKPRESS_STATE_DIR: stateDir, NODE_NO_WARNINGS: '1' },
          stdio: ['ignore', 'pipe', 'pipe'],
        });
        let err = '';
        const told = new Promise<void>((done) => child.stderr.on('data', (d) => (err += d) && err.includes('Waiting for inkpress') && done()));
        const exited = new Promise<[number | null, string | null]>((done) => child.on('exit', (c, s) => done([c, s])));
        await told;
        child.kill(signal);
        const ended = await Promise.race([exited, new Promise<'still running'>((done) => setTimeout(() => done('still running'), 5_000))]);
        if (ended === 'still running') child.kill('SIGKILL');
        expect(ended, `${signal}: ${err}`).toEqual([null, signal]);
        expect(readFileSync(lock, 'utf8')).toBe(String(holder.pid));
      }
    } finally {
      holder.kill('SIGKILL');
    }
  });
});

describe('a damaged state is reported by every command', () => {
  it('list, stats and export-state each say in one line where the damaged file went, and keep their exit status', () => {
    for (const args of [['list'], ['stats'], ['export-state', '-']]) {
      const state = join(root, `damaged-${args[0]}`);
      mkdirSync(state, { recursive: true });
      writeFileSync(join(state, 'state.json'), '{"articles": {"x": {"rea');
      const result = inkpress(args, state);
      expect(result.code, args[0]).toBe(0);
      const lines = result.stderr.trim().split('\n');
      expect(lines, args[0]).toHaveLength(1);
      const aside = readdirSync(state).find((f) => f.startsWith('state.unreadable-'))!;
      expect(lines[0]).toContain(join(state, aside));
      expect(readFileSync(join(state, aside), 'utf8')).toBe('{"articles": {"x": {"rea');
    }
  });
});
