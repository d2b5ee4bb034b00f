import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openConfStore } from '../../src/store/conf-store.js';
import { StateRefusedError } from '../../src/store/damaged.js';
import { shardOf } from '../../src/store/state-format.js';
import { PositionTable } from '../../src/store/position-table.js';
import { PackedIds } from '../../src/store/packed-ids.js';
import type { Position } from '../../src/store/position.js';

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

  it('keeps anchors in the text as positions, through the journal and the mark files', () => {
    const stateDir = freshDir('anchors');
    const first = openConfStore({ dir: stateDir });
    first.setPosition('a1', '12:345');
    first.setPosition('b2', 9);
    first.setPosition('b2', '0:40');
    expect(openConfStore({ dir: stateDir }).snapshot().get('a1')?.position).toBe('12:345');
    first.close();
    const again = openConfStore({ dir: stateDir }).snapshot();
    expect(again.get('a1')).toEqual({ read: false, starred: false, position: '12:345' });
    expect(again.get('b2')?.position).toBe('0:40');
  });

  it('reads a format-2 folder as it is (line numbers kept) and names format 4, so an older inkpress leaves it alone', () => {
    const stateDir = freshDir('format2');
    mkdirSync(join(stateDir, 'marks'), { recursive: true });
    writeFileSync(join(stateDir, 'state.json'), JSON.stringify({ formatVersion: 2, shards: 16 }));
    const shard = join(stateDir, 'marks', `${shardOf('aa')}.json`);
    const old = JSON.stringify({ formatVersion: 2, read: 'aa', starred: '', positions: { aa: 13 } });
    writeFileSync(shard, old);
    const store = openConfStore({ dir: stateDir });
    expect(store.takeNotices()).toEqual([]);
    expect(store.snapshot().get('aa')).toEqual({ read: true, starred: false, position: 13 });
    expect(readFileSync(shard, 'utf8')).toBe(old);
    expect(JSON.parse(readFileSync(join(stateDir, 'state.json'), 'utf8')).formatVersion).toBe(4);
    // A write folded into that mark file rewrites it in format 4: positions as two strings.
    store.setPosition('ab', '2:7');
    store.close();
    const folded = JSON.parse(readFileSync(join(stateDir, 'marks', `${shardOf('ab')}.json`), 'utf8'));
    expect(folded.formatVersion).toBe(4);
    const again = openConfStore({ dir: stateDir }).snapshot();
    expect(again.get('aa')?.position).toBe(13);
    expect(again.get('ab')?.position).toBe('2:7');
  });

  it('packs ids and positions, finds them again, and sorts a hand-edited file', () => {
    const aa = 'aa'.repeat(8);
    const bb = 'bb'.repeat(8);
    const ids = PackedIds.encode([bb, 'x1', aa, 'cc']);
    expect(ids.other).toBe('cc\nx1');
    expect(Buffer.from(ids.packed, 'base64').toString('hex')).toBe(aa + bb);
    const table = PositionTable.fromText(ids.packed, ids.other, '3\n1:20\n0\n4:4');
    expect([table.get(aa), table.get(bb), table.get('cc'), table.get('x1'), table.get('dd')]).toEqual([3, '1:20', undefined, '4:4', undefined]);
    // Packed ids out of order (a hand-edited file): still found, positions paired as written.
    const swapped = Buffer.from(bb + aa, 'hex').toString('base64');
    expect([...PackedIds.decode(swapped, '')]).toEqual([aa, bb]);
    const unsorted = PositionTable.fromText(swapped, '', '5\nx:y');
    expect([unsorted.get(bb), unsorted.get(aa)]).toEqual([5, undefined]);
    const text = PositionTable.toText(new Map<string, Position>([['zz', '4:4'], [aa, 9]]));
    expect([...PositionTable.fromText(text.packed, text.other, text.values).entries()]).toEqual([[aa, 9], ['zz', '4:4']]);
  });

  it('writes files only their owner can read', () => {
    const stateDir = freshDir('mode');
    const store = openConfStore({ dir: stateDir });
    store.setRead(['x'], true);
    store.close();
    for (const file of ['state.json', 'journal.log', join('marks', `${shardOf('x')}.json`)]) {
      expect(statSync(join(stateDir, file)).mode & 0o777).toBe(0o600);
    }
  });

  it('moves a format-1 state.json to format 4 and keeps the old file byte for byte', () => {
    const stateDir = freshDir('migrate');
    mkdirSync(stateDir, { recursive: true });
    const old = JSON.stringify({ formatVersion: 1, articles: { aa: { read: true }, bb: { starred: true, position: 7 }, cc: {} } });
    writeFileSync(join(stateDir, 'state.json'), old);
    const store = openConfStore({ dir: stateDir });
    const [notice] = store.takeNotices();
    expect(notice).toMatch(/format 4.*old file is kept at .*state\.format1-.*\.json/);
    const kept = readdirSync(stateDir).find((f) => f.startsWith('state.format1-'))!;
    expect(readFileSync(join(stateDir, kept), 'utf8')).toBe(old);
    expect(JSON.parse(readFileSync(join(stateDir, 'state.json'), 'utf8')).formatVersion).toBe(4);
    const again = openConfStore({ dir: stateDir }).snapshot();
    expect(again.get('aa')).toEqual({ read: true, starred: false, position: 0 });
    expect(again.get('bb')).toEqual({ read: false, starred: true, position: 7 });
    expect(again.get('cc')).toBeUndefined();
  });

  it('moves a corrupt mark file aside, names where in one line, and keeps the rest', () => {
    const stateDir = freshDir('corrupt');
    const first = openConfStore({ dir: stateDir });
    const other = ['a', 'b', 'c', 'd', 'e'].find((id) => shardOf(id) !== shardOf('x'))!;
    first.setRead(['x', other], true);
    first.close();
    const broken = join(stateDir, 'marks', `${shardOf('x')}.json`);
    writeFileSync(broken, '{"formatVersion":2,"read":"x');
    const store = openConfStore({ dir: stateDir });
    const notices = store.takeNotices();
    expect(notices).toHaveLength(1);
    expect(notices[0]).toMatch(/was corrupt; it was moved to .*marks\/\d+\.unreadable-.*\.json/);
    const aside = notices[0]!.match(/moved to (\S+\.json)/)![1]!;
    expect(readFileSync(aside, 'utf8')).toBe('{"formatVersion":2,"read":"x');
    expect(store.snapshot().get(other)?.read).toBe(true);
    store.setRead(['y'], true);
    expect(openConfStore({ dir: stateDir }).snapshot().get('y')?.read).toBe(true);
  });

  it('moves a corrupt state.json aside and says where', () => {
    const stateDir = freshDir('corrupt-manifest');
    mkdirSync(stateDir, { recursive: true });
    writeFileSync(join(stateDir, 'state.json'), '{"articles": {"x": {"read": tr');
    const [notice] = openConfStore({ dir: stateDir }).takeNotices();
    expect(notice).toMatch(/State file was corrupt; it was moved to .*state\.unreadable-.*\.json/);
  });

  it('refuses a state file from a newer inkpress and leaves it untouched', () => {
    const stateDir = freshDir('newer');
    mkdirSync(stateDir, { recursive: true });
    const future = '{"formatVersion":9,"articles":{"x":{"read":true}}}';
    writeFileSync(join(stateDir, 'state.json'), future);
    expect(() => openConfStore({ dir: stateDir })).toThrow(StateRefusedError);
    expect(() => openConfStore({ dir: stateDir })).toThrow(/newer inkpress.*format 9/);
    expect(readFileSync(join(stateDir, 'state.json'), 'utf8')).toBe(future);
  });

  it('keeps a failed change in memory, says so, and writes it once writing works again', () => {
    const stateDir = freshDir('failing');
    const store = openConfStore({ dir: stateDir, waitMs: 50 });
    store.setRead(['kept'], true);
    // A folder where the journal must go makes every write fail, as a full disk would.
    const journal = join(stateDir, 'journal.log');
    rmSync(journal);
    mkdirSync(join(journal, 'x'), { recursive: true });
    store.setRead(['late'], true);
    expect(store.takeNotices().join('\n')).toMatch(/Could not save reading state.*kept as it was; 1 change\(s\) wait in memory/);
    expect(store.snapshot().get('late')?.read).toBe(true);
    expect(store.unsaved()).toBe(1);
    rmSync(journal, { recursive: true });
    expect(store.retry()).toBe(true);
    expect(store.takeNotices().join('\n')).toMatch(/saved again/);
    expect(openConfStore({ dir: stateDir }).snapshot().get('late')?.read).toBe(true);
  });

  it('appends the same few bytes per change with 20,000 marks as with none', () => {
    const grow = (stateDir: string) => {
      const store = openConfStore({ dir: stateDir });
      const before = statSync(join(stateDir, 'journal.log'), { throwIfNoEntry: false })?.size ?? 0;
      store.setRead(['0123456789abcdef'], true);
      return statSync(join(stateDir, 'journal.log')).size - before;
    };
    const big = freshDir('big');
    const seeded = openConfStore({ dir: big });
    seeded.update(new Map(Array.from({ length: 20_000 }, (_, i) => [i.toString(16).padStart(16, '0'), { read: true }])));
    seeded.close();
    expect(grow(big)).toBe(grow(freshDir('small')));
    expect(grow(freshDir('small2'))).toBeLessThan(100);
  });

  it('drops a torn journal line and leftover temporary files left by a killed write', () => {
    const stateDir = freshDir('torn');
    const store = openConfStore({ dir: stateDir });
    store.setRead(['whole'], true);
    writeFileSync(join(stateDir, 'journal.log'), readFileSync(join(stateDir, 'journal.log'), 'utf8') + '{"half":{"re');
    writeFileSync(join(stateDir, 'state.json.tmp-99999-abc'), 'partial');
    mkdirSync(join(stateDir, 'marks'), { recursive: true });
    writeFileSync(join(stateDir, 'marks', '3.json.tmp-99999-abc'), 'partial');
    const again = openConfStore({ dir: stateDir });
    expect(again.takeNotices()).toEqual([]);
    expect(again.snapshot().get('whole')?.read).toBe(true);
    expect(again.snapshot().get('half')).toBeUndefined();
    expect(readdirSync(stateDir).filter((f) => f.includes('.tmp-'))).toEqual([]);
    expect(readdirSync(join(stateDir, 'marks')).filter((f) => f.includes('.tmp-'))).toEqual([]);
    again.setRead(['next'], true);
    expect(openConfStore({ dir: stateDir }).snapshot().get('next')?.read).toBe(true);
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

describe('the reader opening while another inkpress is paused holding the lock', () => {
  it('opens after a moment (reading without the lock, changing nothing), keeps its marks in memory, and saves them once the lock is free', async () => {
    // It waited for as long as the other inkpress stayed paused, before its first frame.
    const stateDir = mkdtempSync(join(tmpdir(), 'inkpress-paused-'));
    const seed = openConfStore({ dir: stateDir });
    seed.setRead(['aaaa000000000001', 'aaaa000000000002'], true);
    seed.close();
    const { spawn } = await import('node:child_process');
    const holder = spawn(process.execPath, ['-e', 'setInterval(() => {}, 1000)'], { stdio: 'ignore' });
    holder.kill('SIGSTOP');
    const lock = join(stateDir, 'state.json.lock');
    writeFileSync(lock, String(holder.pid));
    try {
      const reader = openConfStore({ dir: stateDir, waitMs: 250 });
      expect(reader.takeNotices().join('\n')).toMatch(new RegExp(`another inkpress \\(pid ${holder.pid}\\) is writing it \\(paused\\?\\)`));
      expect(reader.snapshot().get('aaaa000000000002')?.read).toBe(true);
      reader.setStarred('aaaa000000000003', true);
      expect(reader.unsaved()).toBe(1);
      expect(readFileSync(lock, 'utf8')).toBe(String(holder.pid));
      holder.kill('SIGKILL');
      await new Promise((done) => holder.on('exit', done));
      expect(reader.retry()).toBe(true);
      reader.close();
      expect(openConfStore({ dir: stateDir }).snapshot().get('aaaa000000000003')?.starred).toBe(true);
    } finally {
      holder.kill('SIGKILL');
      rmSync(stateDir, { recursive: true, force: true });
    }
  }, 20_000);
});
