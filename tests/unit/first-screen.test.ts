/**
 * The first-screen file beside the index cache (`index/first-screen.ts`) and a warm start that
 * draws it before reading the index (`openLibrary` with `firstScreen`).
 */
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIRST_ROWS, readFirstScreen, writeFirstScreen } from '../../src/library/index/first-screen.js';
import { writeIndexCache } from '../../src/library/index/index-cache.js';
import { openLibrary } from '../../src/library/live/live-library.js';
import type { ArticleSummary } from '../../src/library/model/library.js';
import { tempDir } from '../helpers/temp-dir.js';
import { waitFor } from '../helpers/wait-for.js';
import { keyCame } from '../../src/library/model/next-turn.js';

const root = '/library';
const summary = (n: number): ArticleSummary => ({
  id: `id${n}`, path: `s${n % 3}/a${n}.txt`, format: 'page-text', section: `Section ${n % 3}`,
  headline: `Headline ${n}`, published: n % 7 === 0 ? null : '2024-03-02', byline: null, url: n % 2 ? `https://example.com/${n}` : null,
});
const list = Array.from({ length: FIRST_ROWS + 50 }, (_, n) => summary(n));

function savedFirstScreen(): string {
  const cache = tempDir();
  writeIndexCache(cache, root, [['a.txt', { size: 1, mtimeMs: 1, ino: 1, summaries: [], problem: null }]]);
  writeFirstScreen(cache, root, list, [{ path: 'bad.txt', reason: 'not an article' }]);
  return cache;
}

const firstFile = (cache: string) => join(cache, readdirSync(cache).find((f) => f.startsWith('first-'))!);

describe('the first-screen file', () => {
  it('holds the first rows in list order and every article by section', () => {
    const first = readFirstScreen(savedFirstScreen(), root)!;
    expect(first.rows).toEqual(list.slice(0, FIRST_ROWS));
    expect(first.articles).toHaveLength(list.length);
    expect(new Set(first.articles.map((a) => `${a.id} ${a.section}`))).toEqual(new Set(list.map((s) => `${s.id} ${s.section}`)));
    expect(first.problems).toEqual([{ path: 'bad.txt', reason: 'not an article' }]);
  });

  it("keeps the sections in localeCompare order, used only where localeCompare sorts the same way", () => {
    const cache = tempDir();
    writeIndexCache(cache, root, [['a.txt', { size: 1, mtimeMs: 1, ino: 1, summaries: [], problem: null }]]);
    const labels = ['zeta', 'Économie', 'beta', 'Alpha'];
    writeFirstScreen(cache, root, labels.map((section, n) => ({ ...summary(n), section })), []);
    expect(readFirstScreen(cache, root)!.sectionOrder).toEqual(['Alpha', 'beta', 'Économie', 'zeta']);
    const lang = process.env.LANG;
    try {
      // Another locale may sort otherwise (Swedish puts Ö after z): sorted again then.
      process.env.LANG = 'sv_SE.UTF-8';
      const first = readFirstScreen(cache, root)!;
      expect(first.sectionOrder).toBeNull();
      expect(first.rows).toHaveLength(labels.length);
    } finally {
      if (lang === undefined) delete process.env.LANG;
      else process.env.LANG = lang;
    }
  });

  it('is not used once the index cache beside it is another (written since, by another inkpress)', () => {
    const cache = savedFirstScreen();
    writeIndexCache(cache, root, [['b.txt', { size: 2, mtimeMs: 2, ino: 2, summaries: [], problem: null }]]);
    expect(readFirstScreen(cache, root)).toBeNull();
    expect(readFirstScreen(cache, '/other')).toBeNull();
  });

  it('is not used when damaged: cut anywhere, changed types, a control character; never throws', () => {
    const cache = savedFirstScreen();
    const file = firstFile(cache);
    const whole = readFileSync(file, 'utf8');
    for (let cut = 0; cut < whole.length; cut += 997) {
      writeFileSync(file, whole.slice(0, cut));
      expect(readFirstScreen(cache, root)).toBeNull();
    }
    const [head, body] = whole.split('\n');
    for (const damaged of [
      body!.replace('"Headline 0"', '7'),
      body!.replace('"Headline 0"', '"Headline \\u001b[2J"'),
      body!.replace('"Headline 0"', '"Headline \\u009b2J"'),
      body!.replace('"sections":[', '"sections":[7,'),
      body!.replace('"id0"', 'null'),
      '{}',
      'null',
    ]) {
      writeFileSync(file, `${head}\n${damaged}`);
      expect(readFirstScreen(cache, root)).toBeNull();
    }
  });
});

function page(section: string, headline: string, day: number): string {
  return `News > ${section}\n\n${headline}\n\nPublished ${day} March 2024\n\nA standfirst.\n\nThe body of ${headline}.\n\nPost with no comments.`;
}

describe('a warm start with a first screen', () => {
  async function warmLibrary(): Promise<{ folder: string; cache: string }> {
    const folder = tempDir();
    const cache = tempDir();
    for (const day of [1, 2, 3]) writeFileSync(join(folder, `a${day}.txt`), page(day === 3 ? 'Asia' : 'Science', `Story Of Day ${day}`, day));
    const cold = openLibrary(folder, { cacheDir: cache, firstScreen: true });
    await cold.ready;
    await waitFor(() => cold.progress() === null);
    cold.close();
    return { folder, cache };
  }

  it('is what the reader gets at once; the whole library replaces it once the reader subscribes', async () => {
    const { folder, cache } = await warmLibrary();
    const warm = openLibrary(folder, { cacheDir: cache, watch: true, firstScreen: true });
    const first = warm.current();
    expect(first.preview?.articles.map((a) => a.section).sort()).toEqual(['Asia', 'Science', 'Science']);
    expect(first.summaries.map((s) => s.headline)).toEqual(['Story Of Day 3', 'Story Of Day 2', 'Story Of Day 1']);
    // A body asked for now is read once the index is.
    const body = first.article(first.summaries[0]!.id);
    warm.subscribe(() => {});
    await waitFor(() => warm.current().preview === undefined);
    expect(warm.current().summaries).toEqual(first.summaries);
    expect((await body)?.headline).toBe('Story Of Day 3');
    await warm.ready;
    warm.close();
  });

  it('gives way to the whole list once the keys the reader handles pause, not while they come', async () => {
    const { folder, cache } = await warmLibrary();
    const warm = openLibrary(folder, { cacheDir: cache, watch: true, firstScreen: true });
    warm.subscribe(() => {});
    // A reader paging an article opened on the first screen: a key every 30 ms for 600 ms.
    const paging = setInterval(keyCame, 30);
    keyCame();
    await new Promise((resolve) => setTimeout(resolve, 600));
    expect(warm.current().preview).toBeDefined();
    clearInterval(paging);
    await waitFor(() => warm.current().preview === undefined);
    await warm.ready;
    warm.close();
  });

  it('over a damaged index it names, gives way to the folder as read', async () => {
    const { folder, cache } = await warmLibrary();
    const index = join(cache, readdirSync(cache).find((f) => f.startsWith('index-'))!);
    writeFileSync(index, 'not an index');
    // The first screen made from that index (its stamp): as if the index was damaged after both were written.
    const { size, mtimeMs, ino } = statSync(index);
    const [head, body] = readFileSync(firstFile(cache), 'utf8').split('\n');
    writeFileSync(firstFile(cache), `${head!.replace(/\[[^[]*\]$/, JSON.stringify([size, mtimeMs, ino]))}\n${body}`);
    const warm = openLibrary(folder, { cacheDir: cache, watch: true, firstScreen: true });
    expect(warm.current().preview).toBeDefined();
    warm.subscribe(() => {});
    await warm.ready;
    expect(warm.current().preview).toBeUndefined();
    expect(warm.current().summaries.map((s) => s.headline)).toEqual(['Story Of Day 3', 'Story Of Day 2', 'Story Of Day 1']);
    warm.close();
  });

  it('missing or unusable, is written again after the load (with the index it names)', async () => {
    const { folder, cache } = await warmLibrary();
    writeFileSync(firstFile(cache), 'damaged');
    const warm = openLibrary(folder, { cacheDir: cache, watch: true, firstScreen: true });
    expect(warm.current().preview).toBeUndefined();
    expect(warm.current().summaries).toHaveLength(3);
    warm.subscribe(() => {});
    await warm.ready;
    await waitFor(() => readFirstScreen(cache, folder));
    warm.close();
    expect(readFirstScreen(cache, folder)?.rows.map((s) => s.headline)).toEqual(['Story Of Day 3', 'Story Of Day 2', 'Story Of Day 1']);
  });

  it('is not drawn by commands, which read the whole index at once', async () => {
    const { folder, cache } = await warmLibrary();
    const lib = openLibrary(folder, { cacheDir: cache });
    expect(lib.current().preview).toBeUndefined();
    expect(lib.current().summaries).toHaveLength(3);
    lib.close();
  });
});
