import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_ARTICLE_BYTES, readScannedFile } from '../../src/library/files/read-scanned-file.js';
import { scanFolder, type ScanResult, type ScannedFile } from '../../src/library/files/scan.js';

const isRoot = process.getuid?.() === 0;
let hasMkfifo = true;
const tmpDirs: string[] = [];
const mkTmp = (prefix: string): string => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  tmpDirs.push(dir);
  return dir;
};

function write(root: string, rel: string, content: string | Buffer = 'Some article text.\n'): void {
  fs.mkdirSync(path.dirname(path.join(root, rel)), { recursive: true });
  fs.writeFileSync(path.join(root, rel), content);
}

function mkfifo(p: string): boolean {
  try {
    execFileSync('mkfifo', [p], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

let root: string;
let outside: string;
let server: net.Server;
let result: ScanResult;

const reasonFor = (rel: string): string | undefined => result.problems.find((p) => p.path === rel)?.reason;
const rels = (): string[] => result.files.map((f) => f.rel);

beforeAll(async () => {
  root = mkTmp('inkpress-scan-');
  outside = mkTmp('inkpress-outside-');
  write(outside, 'secret.txt', 'outside the library');
  write(root, 'README.md', '# about this folder');
  write(root, 'a.txt');
  write(root, 'sub/b.html', '<p>hi</p>');
  write(root, 'sub/README.md', 'not at the root, so an article candidate');
  write(root, '.git/config', '[core]');
  write(root, '.DS_Store', 'junk');
  write(root, '.private/kept.txt', 'only reachable through a link');
  write(root, 'x.txt/inner.md', '# A folder named like an article');
  write(root, 'photo.png', 'not really a png');
  write(root, 'empty.txt', '');
  write(root, 'unreadable.txt', 'secret');
  fs.chmodSync(path.join(root, 'unreadable.txt'), 0o000);
  fs.mkdirSync(path.join(root, 'locked'));
  write(root, 'locked/inside.txt');
  fs.chmodSync(path.join(root, 'locked'), 0o000);
  // A sparse 6 MiB file: no disk space used, but its size is over the limit.
  fs.closeSync(fs.openSync(path.join(root, 'huge.txt'), 'w'));
  fs.truncateSync(path.join(root, 'huge.txt'), 6 * 1024 * 1024);
  fs.mkdirSync(path.join(root, ...Array.from({ length: 40 }, () => 'd')), { recursive: true });
  write(root, [...Array.from({ length: 40 }, () => 'd'), 'deep.txt'].join('/'));
  write(root, 'd/shallow.txt');

  fs.symlinkSync('.', path.join(root, 'loop'));
  fs.symlinkSync('..', path.join(root, 'sub/up'));
  fs.symlinkSync(path.join(outside, 'secret.txt'), path.join(root, 'out.txt'));
  fs.symlinkSync(outside, path.join(root, 'outdir'));
  fs.symlinkSync(path.join(root, 'nowhere.txt'), path.join(root, 'dangling.txt'));
  fs.symlinkSync('self.txt', path.join(root, 'self.txt'));
  fs.symlinkSync('a.txt', path.join(root, 'alias.txt'));
  fs.symlinkSync('sub', path.join(root, 'subalias'));
  fs.symlinkSync('.private/kept.txt', path.join(root, 'linked.txt'));

  hasMkfifo = mkfifo(path.join(root, 'pipe.txt'));
  if (hasMkfifo) fs.symlinkSync('pipe.txt', path.join(root, 'pipe-link.txt'));
  server = net.createServer();
  await new Promise<void>((resolve) => server.listen(path.join(root, 'socket.txt'), resolve));

  result = await scanFolder(root);
});

afterAll(async () => {
  await new Promise<void>((resolve) => server.close(() => resolve()));
  for (const dir of tmpDirs) {
    for (const p of [path.join(dir, 'locked'), path.join(dir, 'unreadable.txt')]) {
      if (fs.existsSync(p)) fs.chmodSync(p, 0o700);
    }
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

describe('scanFolder on a hostile folder', () => {
  it('lists the real articles once, sorted, and walks into a folder named x.txt', () => {
    const expected = ['a.txt', 'd/shallow.txt', 'linked.txt', 'sub/README.md', 'sub/b.html', 'x.txt/inner.md'];
    if (isRoot) expected.push('locked/inside.txt', 'unreadable.txt');
    expect(rels()).toEqual([...expected].sort((a, b) => (a < b ? -1 : 1)));
  });

  it('ignores hidden entries and the root README silently', () => {
    const paths = result.problems.map((p) => p.path);
    expect(paths.filter((p) => p.startsWith('.') || p === 'README.md')).toEqual([]);
  });

  it('reports symlink loops', () => {
    expect(reasonFor('loop')).toMatch(/symlink loop/);
    expect(reasonFor('sub/up')).toMatch(/symlink loop/);
    expect(reasonFor('self.txt')).toMatch(/symlink loop/);
  });

  it('reports links that leave the library and dangling links', () => {
    expect(reasonFor('out.txt')).toBe('link points outside the library folder');
    expect(reasonFor('outdir')).toBe('link points outside the library folder');
    expect(reasonFor('dangling.txt')).toBe('broken link (its target does not exist)');
  });

  it('lists a file reachable twice once, under its real path, and a linked-only file by the link', () => {
    expect(rels()).not.toContain('alias.txt');
    expect(rels().filter((r) => r.endsWith('b.html'))).toEqual(['sub/b.html']);
    expect(reasonFor('alias.txt')).toBeUndefined();
    expect(reasonFor('subalias')).toBeUndefined();
    const linked = result.files.find((f) => f.rel === 'linked.txt');
    expect(linked?.abs).toBe(path.join(fs.realpathSync(root), '.private', 'kept.txt'));
  });

  it('skips FIFOs and sockets without opening them', (ctx) => {
    expect(reasonFor('socket.txt')).toBe('not a regular file (socket)');
    if (!hasMkfifo) ctx.skip('mkfifo is not available here; FIFO case not tested');
    expect(reasonFor('pipe.txt')).toBe('not a regular file (FIFO)');
    expect(reasonFor('pipe-link.txt')).toBe('not a regular file (FIFO)');
  });

  it('reports empty, over-large and non-article files', () => {
    expect(reasonFor('empty.txt')).toBe('empty file');
    expect(reasonFor('huge.txt')).toBe('too large to be an article (6 MiB; the limit is 5 MiB)');
    expect(reasonFor('photo.png')).toBe('not an article (image)');
    expect(MAX_ARTICLE_BYTES).toBe(5 * 1024 * 1024);
  });

  it('caps the depth of the tree', () => {
    expect(reasonFor(Array.from({ length: 33 }, () => 'd').join('/'))).toBe('folders nested too deeply (more than 32 levels)');
    expect(rels().some((r) => r.endsWith('deep.txt'))).toBe(false);
  });

  it('reports unreadable files and folders', (ctx) => {
    if (isRoot) ctx.skip('running as root: permissions are not enforced, so EACCES cannot happen');
    expect(reasonFor('locked')).toBe('permission denied');
    expect(reasonFor('unreadable.txt')).toBe('permission denied');
  });
});

describe('scanFolder edge cases', () => {
  it('reports a missing or non-folder root instead of throwing', async () => {
    expect(await scanFolder(path.join(os.tmpdir(), 'inkpress-does-not-exist-xyz'))).toEqual({
      files: [],
      problems: [{ path: '.', reason: 'disappeared during the scan' }],
      folders: [],
      stamps: new Map(),
      byFolder: new Map(),
    });
    const dir = mkTmp('inkpress-file-root-');
    write(dir, 'f.txt');
    expect((await scanFolder(path.join(dir, 'f.txt'))).problems).toEqual([{ path: '.', reason: 'not a folder' }]);
  });

  it('honours an abort signal', async () => {
    const controller = new AbortController();
    controller.abort();
    await expect(scanFolder(os.tmpdir(), { signal: controller.signal })).rejects.toThrow();
  });

  // How fast it scans belongs to the benchmark (npm run bench); this checks that it finishes and yields.
  it('scans 10,000 files, each once, and can be aborted while it runs', async () => {
    const dir = mkTmp('inkpress-many-');
    for (let d = 0; d < 100; d++) {
      fs.mkdirSync(path.join(dir, `s${d}`));
      for (let f = 0; f < 100; f++) fs.writeFileSync(path.join(dir, `s${d}`, `a${f}.txt`), 'x');
    }
    const r = await scanFolder(dir);
    expect(r.files).toHaveLength(10_000);
    expect(r.problems).toEqual([]);
    // The scan yields to the event loop, so an abort lands while it runs.
    const controller = new AbortController();
    const running = scanFolder(dir, { signal: controller.signal });
    setImmediate(() => controller.abort());
    await expect(running).rejects.toThrow(/abort/i);
  });
});

describe('readScannedFile', () => {
  async function scanOne(content: string): Promise<{ dir: string; file: ScannedFile }> {
    const dir = mkTmp('inkpress-read-');
    write(dir, 'a.txt', content);
    const r = await scanFolder(dir);
    return { dir, file: r.files[0]! };
  }

  it('reads the bytes of an unchanged file', async () => {
    const { file } = await scanOne('héllo');
    const r = await readScannedFile(file);
    expect(r.ok && Buffer.from(r.bytes).toString('utf8')).toBe('héllo');
  });

  it('reports a file that changed since the scan', async () => {
    const { dir, file } = await scanOne('short');
    fs.writeFileSync(path.join(dir, 'a.txt'), 'much longer content now');
    expect(await readScannedFile(file)).toEqual({ ok: false, reason: 'file changed while being read' });
  });

  it('refuses a file replaced by a FIFO without blocking', async (ctx) => {
    const { dir, file } = await scanOne('text');
    fs.rmSync(path.join(dir, 'a.txt'));
    if (!mkfifo(path.join(dir, 'a.txt'))) ctx.skip('mkfifo is not available here');
    expect(await readScannedFile(file)).toEqual({ ok: false, reason: 'not a regular file' });
  });

  it('reports a file that became unreadable', async (ctx) => {
    if (isRoot) ctx.skip('running as root: permissions are not enforced, so EACCES cannot happen');
    const { dir, file } = await scanOne('text');
    fs.chmodSync(path.join(dir, 'a.txt'), 0o000);
    expect(await readScannedFile(file)).toEqual({ ok: false, reason: 'permission denied' });
  });

  it('refuses a file replaced by a symlink, a deleted file, and one over the limit', async () => {
    const { dir, file } = await scanOne('text');
    fs.rmSync(path.join(dir, 'a.txt'));
    expect(await readScannedFile(file)).toEqual({ ok: false, reason: 'file disappeared since the scan' });
    fs.symlinkSync('/etc/passwd', path.join(dir, 'a.txt'));
    expect(await readScannedFile(file)).toEqual({ ok: false, reason: 'file was replaced by a link' });
    const big = await scanOne('0123456789');
    expect(await readScannedFile(big.file, 4)).toEqual({ ok: false, reason: 'too large to be an article (10 bytes; the limit is 4 bytes)' });
  });
});
