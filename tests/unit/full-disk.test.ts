// The state on a small, really full file system (a tmpfs mounted for the test). Needs root
// and permission to mount; elsewhere it is skipped, saying why. The same paths are also
// covered without a mount by the injected short writes in durable-file.test.ts.
import { execFileSync } from 'node:child_process';
import { closeSync, existsSync, mkdirSync, mkdtempSync, openSync, readdirSync, readFileSync, rmSync, writeFileSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openConfStore } from '../../src/store/conf-store.js';
import { exportState } from '../../src/store/state-transfer.js';
import { runCli } from '../helpers/run-cli.js';

const mountPoint = mkdtempSync(join(tmpdir(), 'inkpress-fulldisk-'));
let whyNot: string | null = null;
try {
  execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=256k', 'tmpfs', mountPoint], { stdio: 'pipe' });
} catch (error) {
  whyNot = `cannot mount a small tmpfs here (${String((error as Error).message).split('\n')[0]}); needs root with CAP_SYS_ADMIN`;
}
afterAll(() => {
  if (whyNot === null) execFileSync('umount', [mountPoint]);
  rmSync(mountPoint, { recursive: true, force: true });
});
if (whyNot) console.warn(`full-disk tests skipped: ${whyNot}`);

/** Fills the file system, leaving about `leave` bytes free; returns a function that frees it. */
function fill(leave: number): () => void {
  const filler = join(mountPoint, 'filler');
  const fd = openSync(filler, 'w');
  const chunk = Buffer.alloc(4096, 1);
  try {
    for (;;) writeSync(fd, chunk);
  } catch {
    // ENOSPC: full.
  }
  closeSync(fd);
  if (leave > 0) execFileSync('truncate', ['-s', `-${leave}`, filler]);
  return () => rmSync(filler, { force: true });
}

function filesOf(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const name of readdirSync(dir, { recursive: true }) as string[]) {
    const path = join(dir, name);
    try {
      out[name] = readFileSync(path, 'utf8');
    } catch {
      // A folder.
    }
  }
  return out;
}

const ids = (prefix: string, n: number) => Array.from({ length: n }, (_, i) => `${prefix}${i.toString(16).padStart(12, '0')}`);

describe.skipIf(whyNot !== null)('a full disk (tmpfs of 256 KB)', () => {
  it('keeps the state whole, leaves no lock, and saves the waiting marks once there is room', () => {
    const dir = join(mountPoint, 'full');
    const store = openConfStore({ dir, waitMs: 100 });
    store.setRead(ids('aa', 1200), true);
    store.close();
    const before = filesOf(dir);
    const free = fill(0);
    store.setRead(['bb0000000001'], true);
    store.setStarred('bb0000000002', true);
    expect(store.takeNotices().join('\n')).toMatch(/Could not save reading state .*journal\.log: the disk is full\. The state on disk is kept as it was; 1 change/);
    expect(store.unsaved()).toBe(2);
    expect(existsSync(join(dir, 'state.json.lock'))).toBe(false);
    expect(filesOf(dir)).toEqual(before);
    free();
    expect(store.retry()).toBe(true);
    const again = openConfStore({ dir }).snapshot();
    expect(again.get('bb0000000001')?.read).toBe(true);
    expect(again.get('bb0000000002')?.starred).toBe(true);
    expect([...again].filter(([, s]) => s.read)).toHaveLength(1201);
  });

  it('refuses a large change on a nearly full disk without cutting anything short', () => {
    const dir = join(mountPoint, 'nearly');
    const store = openConfStore({ dir, waitMs: 100 });
    store.setRead(ids('cc', 1200), true);
    store.close();
    const before = filesOf(dir);
    const free = fill(12 * 1024);
    const importing = openConfStore({ dir, waitMs: 100 });
    importing.update(new Map(ids('dd', 3000).map((id) => [id, { read: true, starred: true }])));
    expect(importing.takeNotices().join('\n')).toMatch(/the disk is full/);
    importing.close();
    expect(filesOf(dir)).toEqual(before);
    free();
    const again = openConfStore({ dir });
    expect(again.takeNotices()).toEqual([]);
    expect([...again.snapshot()].filter(([, s]) => s.read)).toHaveLength(1200);
  });

  it('import-state says why it could not save before saying its changes are lost', async () => {
    const dir = join(mountPoint, 'import');
    const store = openConfStore({ dir, waitMs: 100 });
    store.setRead(ids('ab', 1200), true);
    store.close();
    const before = filesOf(dir);
    const outside = mkdtempSync(join(tmpdir(), 'inkpress-import-'));
    const file = join(outside, 'backup.json');
    writeFileSync(file, JSON.stringify(exportState(new Map(ids('ac', 3000).map((id) => [id, { read: true, starred: true, position: 0 }])))));
    mkdirSync(join(outside, 'library'));
    const free = fill(12 * 1024);
    const saved = process.env.INKPRESS_STATE_DIR;
    process.env.INKPRESS_STATE_DIR = dir;
    try {
      const { code, stderr } = await runCli(['--dir', join(outside, 'library'), 'import-state', file]);
      expect(code).toBe(1);
      const lines = stderr.trimEnd().split('\n');
      expect(lines).toHaveLength(2);
      expect(lines[0]).toMatch(/^inkpress: Could not save reading state to .*journal\.log: the disk is full\. The state on disk is kept as it was; 3000 change/);
      expect(lines[1]).toMatch(/^inkpress: 3000 change\(s\) to the reading state could not be saved .* \(the disk is full\) and are lost/);
    } finally {
      process.env.INKPRESS_STATE_DIR = saved;
      free();
      rmSync(outside, { recursive: true, force: true });
    }
    expect(filesOf(dir)).toEqual(before);
  });

  it('opens on a disk too full for the lock: reads the state, changes nothing, saves once there is room', () => {
    // The reader and every command failed here with "ENOSPC: no space left on device, write".
    const dir = join(mountPoint, 'opening');
    const store = openConfStore({ dir, waitMs: 100 });
    store.setRead(ids('ee', 300), true);
    store.close();
    const before = filesOf(dir);
    const free = fill(0);
    const opened = openConfStore({ dir, waitMs: 100 });
    expect(opened.takeNotices().join('\n')).toMatch(/Could not save reading state to .*: the disk is full\. The state on disk is kept as it was/);
    expect([...opened.snapshot()].filter(([, s]) => s.read)).toHaveLength(300);
    opened.setStarred('ff0000000001', true);
    expect(opened.unsaved()).toBe(1);
    expect(filesOf(dir)).toEqual(before);
    expect(existsSync(join(dir, 'state.json.lock'))).toBe(false);
    free();
    expect(opened.retry()).toBe(true);
    expect(opened.takeNotices().join('\n')).toMatch(/saved again/i);
    expect(openConfStore({ dir }).snapshot().get('ff0000000001')?.starred).toBe(true);
    // Quitting while the disk is full again: what cannot be saved is said to be lost, never in silence.
    const refill = fill(0);
    opened.setStarred('ff0000000002', true);
    opened.takeNotices();
    opened.close();
    expect(opened.takeNotices().join('\n')).toMatch(/1 change\(s\) to the reading state could not be saved to .*journal\.log before quitting \(the disk is full\) and are lost/);
    refill();
  });
});
