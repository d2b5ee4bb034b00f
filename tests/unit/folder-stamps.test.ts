import { mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { scanWithExtras } from '../../src/library/files/scan-extras.js';
import { stampNow } from '../../src/library/files/path-stamp.js';
import type { FolderWatcher } from '../../src/library/live/folder-watcher.js';
import { type FolderFollower, type FolderView, followFolder } from '../../src/library/live/follow-folder.js';
import { tempDir } from '../helpers/temp-dir.js';

/** A watcher that never reports a change (events the kernel dropped, a network file system). */
const deafWatcher = (unwatched = 0) => (): FolderWatcher => ({ watchOnly: () => 0, add: () => 0, unwatched: () => unwatched, close: () => {} });

const view = async (root: string, extras: string[] = []): Promise<FolderView> => {
  const { folders, stamps } = await scanWithExtras(root, extras);
  return { folders, stamps };
};

/** A library folder with a sub-folder and an article in each; and a file outside it. */
function library() {
  const root = tempDir();
  mkdirSync(join(root, 'world'));
  writeFileSync(join(root, 'a.txt'), 'Headline A\n\nBody.\n');
  writeFileSync(join(root, 'world', 'b.txt'), 'Headline B\n\nBody.\n');
  const extra = join(tempDir(), 'cache.db');
  writeFileSync(extra, 'one');
  return { root, extra };
}

let follower: FolderFollower | undefined;
afterEach(() => follower?.close());

/** Follows `root` with a deaf watcher; counts the rescans. */
async function follow(root: string, extras: string[], options: { stampCheckMs: number; reconcileMs: number; unwatched?: number }) {
  const rescans = { count: 0 };
  follower = followFolder(
    root,
    await view(root, extras),
    async () => {
      rescans.count += 1;
      return view(root, extras);
    },
    { stampCheckMs: options.stampCheckMs, reconcileMs: options.reconcileMs, watch: deafWatcher(options.unwatched) },
  );
  return rescans;
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('the scan stamps what it looked at', () => {
  it('each folder walked and each file named outside the library, so that an entry added, renamed or removed changes a stamp', async () => {
    const { root, extra } = library();
    const { folders, stamps } = await view(root, [extra]);
    expect([...stamps.keys()].sort()).toEqual([...folders, extra].sort());
    for (const [path, stamp] of stamps) expect(stampNow(path), path).toBe(stamp);
    writeFileSync(join(root, 'world', 'c.txt'), 'Headline C\n\nBody.\n');
    const world = folders.find((f) => f.endsWith('world'))!;
    expect(stampNow(world)).not.toBe(stamps.get(world));
    renameSync(join(root, 'a.txt'), join(root, 'a2.txt'));
    expect(stampNow(folders[0]!)).not.toBe(stamps.get(folders[0]!));
    writeFileSync(extra, 'two, longer');
    expect(stampNow(extra)).not.toBe(stamps.get(extra));
  });
});

describe('following a folder no watch reports on', () => {
  it('rescans when a file comes into a sub-folder, found by its stamp, and not while nothing changes', async () => {
    const { root, extra } = library();
    const rescans = await follow(root, [extra], { stampCheckMs: 20, reconcileMs: 60_000 });
    await pause(200);
    expect(rescans.count, 'rescans while nothing changed').toBe(0);
    writeFileSync(join(root, 'world', 'c.txt'), 'Headline C\n\nBody.\n');
    await expect.poll(() => rescans.count, { timeout: 2_000 }).toBe(1);
    await pause(200);
    expect(rescans.count, 'rescans after the one that saw the new file').toBe(1);
  });

  it('rescans when a file named outside the library is written in place', async () => {
    const { root, extra } = library();
    const rescans = await follow(root, [extra], { stampCheckMs: 20, reconcileMs: 60_000 });
    writeFileSync(extra, 'two, longer');
    await expect.poll(() => rescans.count, { timeout: 2_000 }).toBeGreaterThanOrEqual(1);
  });

  it('still rescans the whole folder now and then, for an edit no stamp shows', async () => {
    const { root } = library();
    const rescans = await follow(root, [], { stampCheckMs: 20, reconcileMs: 100 });
    await expect.poll(() => rescans.count, { timeout: 2_000 }).toBeGreaterThanOrEqual(2);
  });

  it('rescans at every check while a folder could not be watched', async () => {
    const { root } = library();
    const rescans = await follow(root, [], { stampCheckMs: 20, reconcileMs: 60_000, unwatched: 1 });
    await expect.poll(() => rescans.count, { timeout: 2_000 }).toBeGreaterThanOrEqual(3);
  });
});

describe('a scan that takes again what the scan before found in unchanged folders', () => {
  const scanAgain = async (root: string, dirty: string[] = []) => {
    const before = await scanWithExtras(root, []);
    return { before, again: (more: string[] = dirty) => scanWithExtras(root, [], { reuse: { byFolder: before.byFolder, stamps: before.stamps, dirty: new Set(more) } }) };
  };
  const summary = (s: Awaited<ReturnType<typeof scanWithExtras>>) => ({
    files: s.files.map((f) => [f.rel, f.size]),
    problems: s.problems,
    folders: s.folders,
    stamps: [...s.stamps],
  });

  it('finds what a whole scan finds when nothing changed (files, problems, folders, stamps)', async () => {
    const { root } = library();
    mkdirSync(join(root, 'world', 'deeper'));
    writeFileSync(join(root, 'world', 'deeper', 'c.txt'), 'Headline C\n\nBody.\n');
    writeFileSync(join(root, 'world', 'empty.txt'), '');
    const { before, again } = await scanAgain(root);
    expect(summary(await again())).toEqual(summary(before));
    expect((await again()).problems).toEqual([{ path: 'world/empty.txt', reason: 'empty file' }]);
  });

  it('looks again at a folder whose entries changed, and at a sub-folder of an unchanged one', async () => {
    const { root } = library();
    mkdirSync(join(root, 'world', 'deeper'));
    const { again } = await scanAgain(root);
    writeFileSync(join(root, 'world', 'deeper', 'new.txt'), 'Headline N\n\nBody.\n');
    renameSync(join(root, 'a.txt'), join(root, 'a2.txt'));
    expect((await again()).files.map((f) => f.rel).sort()).toEqual(['a2.txt', 'world/b.txt', 'world/deeper/new.txt']);
  });

  it('reads a file written in place again only when its folder is reported (what a watch does)', async () => {
    const { root } = library();
    const { again } = await scanAgain(root);
    writeFileSync(join(root, 'world', 'b.txt'), 'Headline B, longer now\n\nBody.\n');
    const world = (await again()).folders.find((f) => f.endsWith('world'))!;
    const size = async (dirty: string[]) => (await again(dirty)).files.find((f) => f.rel === 'world/b.txt')!.size;
    expect(await size([])).toBe('Headline B\n\nBody.\n'.length);
    expect(await size([world])).toBe('Headline B, longer now\n\nBody.\n'.length);
  });

  it('drops the files of a sub-folder removed since', async () => {
    const { root } = library();
    const { again } = await scanAgain(root);
    rmSync(join(root, 'world'), { recursive: true });
    expect((await again()).files.map((f) => f.rel)).toEqual(['a.txt']);
  });
});
