/**
 * A file written to while it is being read is refused, however the writes fall around the read:
 * the read stops once it has as many bytes as the scan saw (no call to be told "end of file"),
 * so what comes after must be caught by the checks around it. A writer is simulated by
 * appending to the file at a chosen read call.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { readScannedFileSync } from '../../src/library/files/read-scanned-file.js';
import { scanFolder } from '../../src/library/files/scan.js';
import { tempDir } from '../helpers/temp-dir.js';

const writer = vi.hoisted(() => ({ file: '', at: -1, calls: 0, reads: 0 }));
vi.mock('node:fs', async (importOriginal) => {
  const fs = await importOriginal<typeof import('node:fs')>();
  const readSync = ((...args: unknown[]) => {
    writer.reads++;
    const append = () => fs.appendFileSync(writer.file, ' and more');
    if (writer.calls++ === writer.at) append();
    const n = (fs.readSync as (...a: unknown[]) => number)(...args);
    if (writer.at === -2) append(); // right after the read, before the check that follows it
    return n;
  }) as typeof fs.readSync;
  return { ...fs, default: { ...fs, readSync }, readSync };
});

async function scanned(content: string) {
  const dir = tempDir();
  fs.writeFileSync(path.join(dir, 'a.txt'), content);
  const file = (await scanFolder(dir)).files[0]!;
  Object.assign(writer, { file: file.abs, at: -1, calls: 0, reads: 0 });
  return file;
}

describe('reading a file that is being written', () => {
  it('reads an unchanged file with one read', async () => {
    const file = await scanned('Bridge Festival Returns');
    const r = readScannedFileSync(file);
    expect(r.ok && Buffer.from(r.bytes).toString('utf8')).toBe('Bridge Festival Returns');
    expect(writer.reads).toBe(1);
  });

  it('refuses a file that grew before the read', async () => {
    const file = await scanned('Bridge Festival Returns');
    writer.at = 0;
    expect(readScannedFileSync(file)).toEqual({ ok: false, reason: 'file changed while being read' });
  });

  it('refuses a file that grew right after the read', async () => {
    const file = await scanned('Bridge Festival Returns');
    writer.at = -2;
    expect(readScannedFileSync(file)).toEqual({ ok: false, reason: 'file changed while being read' });
  });
});
