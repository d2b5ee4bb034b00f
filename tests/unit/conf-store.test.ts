import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openConfStore } from '../../src/store/conf-store.js';
import { StateRefusedError } from '../../src/store/state-file.js';

const run = promisify(execFile);
let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'inkpress-store-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function freshDir(name: string): string {
  return join(dir, name);
}

describe('conf reading store', () => {
  it('keeps read marks, stars and positions across restarts', () => {
    const stateDir = freshDir('restart');
    const first = openConfStore({ dir: stateDir });
    first.setRead(['a1', 'b2'], true);
    first.setStarred('b2', true);
    first.setPosition('a1', 42);
    first.setRead(['b2'], false);
    const again = openConfStore({ dir: stateDir }).snapshot();
    expect(again.get('a1')).toEqual({ read: true, starred: false, position: 42 });
    expect(again.get('b2')).toEqual({ read: false, starred: true, position: 0 });
  });

  it('writes a file only its owner can read', () => {
    const stateDir = freshDir('mode');
    const store = openConfStore({ dir: stateDir });
    store.setRead(['x'], true);
    expect(statSync(store.path).mode & 0o777).toBe(0o600);
  });

  it('moves a corrupt state file aside, says where, and starts', () => {
    const stateDir = freshDir('corrupt');
    openConfStore({ dir: stateDir }).setRead(['x'], true);
    writeFileSync(join(stateDir, 'state.json'), '{"articles": {"x": {"read": tr');
    const store = openConfStore({ dir: stateDir });
    const [notice] = store.takeNotices();
    expect(notice).toMatch(/corrupt.*moved to .*state\.unreadable-.*\.json/);
    const aside = readdirSync(stateDir).find((f) => f.startsWith('state.unreadable-'));
    expect(readFileSync(join(stateDir, aside!), 'utf8')).toBe('{"articles": {"x": {"read": tr');
    expect(store.snapshot().size).toBe(0);
    store.setRead(['y'], true);
    expect(openConfStore({ dir: stateDir }).snapshot().get('y')?.read).toBe(true);
  });

  it('refuses a state file from a newer inkpress and leaves it untouched', () => {
    const stateDir = freshDir('newer');
    openConfStore({ dir: stateDir });
    const future = '{"formatVersion":9,"articles":{"x":{"read":true}}}';
    writeFileSync(join(stateDir, 'state.json'), future);
    expect(() => openConfStore({ dir: stateDir })).toThrow(StateRefusedError);
    expect(() => openConfStore({ dir: stateDir })).toThrow(/newer inkpress.*format 9/);
    expect(readFileSync(join(stateDir, 'state.json'), 'utf8')).toBe(future);
  });

  it('reports a failed write and keeps the earlier state on disk', () => {
    const stateDir = freshDir('failing');
    const store = openConfStore({ dir: stateDir });
    store.setRead(['kept'], true);
    // A folder where the lock file must go makes every later write fail, as a full disk would.
    const lock = `${store.path}.lock`;
    mkdirSync(join(lock, 'x'), { recursive: true });
    store.setRead(['lost'], true);
    expect(store.takeNotices().join('\n')).toMatch(/Could not save reading state.*earlier state on disk is kept/);
    expect(store.snapshot().get('lost')?.read).toBe(true);
    rmSync(lock, { recursive: true });
    expect([...openConfStore({ dir: stateDir }).snapshot().keys()]).toEqual(['kept']);
  });
});

describe('two readers at once', () => {
  let bundle: string;
  beforeAll(async () => {
    bundle = join(dir, 'store-bundle.mjs');
    await build({
      entryPoints: [resolve('src/store/conf-store.ts')],
      bundle: true,
      platform: 'node',
      format: 'esm',
      outfile: bundle,
      logLevel: 'silent',
      banner: { js: "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);" },
    });
  });

  it('keeps every mark when two processes mark different articles', async () => {
    const stateDir = freshDir('concurrent');
    const script = (prefix: string) =>
      `const { openConfStore } = await import(${JSON.stringify(bundle)});
       const store = openConfStore({ dir: ${JSON.stringify(stateDir)} });
       for (let i = 0; i < 60; i++) store.setRead(['${prefix}' + i], true);
       const notices = store.takeNotices(); if (notices.length) { console.error(notices.join('\\n')); process.exit(1); }`;
    await Promise.all([
      run(process.execPath, ['--input-type=module', '-e', script('a')]),
      run(process.execPath, ['--input-type=module', '-e', script('b')]),
    ]);
    const read = [...openConfStore({ dir: stateDir }).snapshot()].filter(([, s]) => s.read).map(([id]) => id);
    expect(read).toHaveLength(120);
  });
});
