import { writeFileSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { folderWatcher, type FolderWatcher } from '../../src/library/live/folder-watcher.js';
import { tempDir } from '../helpers/temp-dir.js';

let watcher: FolderWatcher | undefined;
afterEach(() => watcher?.close());

describe('the folder watcher', () => {
  it('reports changes while files keep coming, not only once they stop', async () => {
    // A burst of thousands of files: if each change pushed the report back, nothing was reported
    // until the last write, and every file was left to read at once.
    const folder = tempDir();
    let reports = 0;
    watcher = folderWatcher(folder, () => (reports += 1), 100);
    watcher.watchOnly([folder]);
    const deadline = Date.now() + 5_000;
    let written = 0;
    while (reports === 0 && Date.now() < deadline) await writeFile(join(folder, `${written++}.txt`), 'x');
    expect(reports, `${written} files written without a report`).toBeGreaterThan(0);
  });

  it('reports a single file written', async () => {
    const folder = tempDir();
    let reports = 0;
    watcher = folderWatcher(folder, () => (reports += 1), 50);
    watcher.watchOnly([folder]);
    writeFileSync(join(folder, 'a.txt'), 'x');
    await expect.poll(() => reports, { timeout: 5_000 }).toBe(1);
  });

  it('adds watches a batch at a time without dropping those it has (a start watches its folders so)', async () => {
    const [a, b] = [tempDir(), tempDir()];
    let reports = 0;
    watcher = folderWatcher(a, () => (reports += 1), 50);
    expect(watcher.add([a])).toBe(1);
    expect(watcher.add([a, b])).toBe(1);
    writeFileSync(join(a, 'a.txt'), 'x');
    await expect.poll(() => reports, { timeout: 5_000 }).toBe(1);
    writeFileSync(join(b, 'b.txt'), 'x');
    await expect.poll(() => reports, { timeout: 5_000 }).toBe(2);
  });

  it('counts the folders it could not watch (they are followed by rescans alone)', () => {
    const a = tempDir();
    watcher = folderWatcher(a, () => {}, 50);
    expect(watcher.add([a, join(a, 'gone')])).toBe(1);
    expect(watcher.unwatched()).toBe(1);
    watcher.watchOnly([a]);
    expect(watcher.unwatched()).toBe(0);
  });

  it('tells which folders changed, so a rescan looks again at those alone', async () => {
    const [a, b] = [tempDir(), tempDir()];
    const reports: { folders: string[]; whole: boolean }[] = [];
    watcher = folderWatcher(a, (change) => reports.push({ folders: [...change.folders], whole: change.whole }), 50);
    watcher.add([a, b]);
    writeFileSync(join(b, 'b.txt'), 'x');
    await expect.poll(() => reports, { timeout: 5_000 }).toEqual([{ folders: [b], whole: false }]);
  });
});
