/**
 * A warm start's first screen (`live/first-screen-view.ts`) answers Enter on one of its rows at
 * once: the body is read from the row's file, not after the whole index has been read.
 */
import { statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { FirstScreen } from '../../src/library/index/first-screen.js';
import { firstScreenView } from '../../src/library/live/first-screen-view.js';
import { loadLibrary } from '../../src/library/live/load-library.js';
import { BIG_FILE } from '../../src/library/live/read-files.js';
import type { LibrarySnapshot } from '../../src/library/live/snapshot.js';
import type { Article } from '../../src/library/model/article.js';
import { tempDir } from '../helpers/temp-dir.js';

function page(headline: string): string {
  return `News > Science\n\n${headline}\n\nPublished 2 March 2024\n\nA standfirst.\n\nThe body of ${headline}.\n\nPost with no comments.`;
}

/** A folder of two articles, and a first screen of the first one alone (`more`: text added to it). */
async function folderWithFirstScreen(more = ''): Promise<{ folder: string; first: FirstScreen }> {
  const folder = tempDir();
  writeFileSync(join(folder, 'a.txt'), page('Shown On The First Screen') + more);
  writeFileSync(join(folder, 'b.txt'), page('Only In The Index'));
  const library = await loadLibrary(folder, { cacheDir: null });
  const rows = library.summaries.filter((s) => s.path === 'a.txt');
  const articles = library.summaries.map(({ id, section }) => ({ id, section }));
  return { folder, first: { rows, articles, problems: [], sectionOrder: null } };
}

/** The whole library once the index is read: a stand-in that says it was asked. */
const indexed = (): LibrarySnapshot => ({ article: async (id: string) => ({ headline: `from the index: ${id}` }) as Article }) as unknown as LibrarySnapshot;

describe("a warm start's first screen", () => {
  it("reads a row's article from its file at once, before the index is read", async () => {
    const { folder, first } = await folderWithFirstScreen();
    const never = new Promise<void>(() => {});
    const view = firstScreenView(folder, first, never, () => { throw new Error('the index is not read yet'); });
    const article = await view.article(first.rows[0]!.id);
    expect(article?.headline).toBe('Shown On The First Screen');
    expect(article?.blocks.map((b) => b.text)).toContain('The body of Shown On The First Screen.');
  });

  it('asks the library once the index is read for an article not on it, or no longer in its file', async () => {
    const { folder, first } = await folderWithFirstScreen();
    let read!: () => void;
    const indexRead = new Promise<void>((resolve) => (read = resolve));
    const view = firstScreenView(folder, first, indexRead, indexed);
    const other = first.articles.find((a) => a.id !== first.rows[0]!.id)!.id;
    const notOnIt = view.article(other);
    // Edited since: its text (and so its id) is another now.
    writeFileSync(join(folder, 'a.txt'), page('Edited Since The First Screen'));
    const edited = view.article(first.rows[0]!.id);
    let settled = false;
    void Promise.race([notOnIt, edited]).then(() => (settled = true));
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(settled).toBe(false);
    read();
    expect((await notOnIt)?.headline).toBe(`from the index: ${other}`);
    expect((await edited)?.headline).toBe(`from the index: ${first.rows[0]!.id}`);
  });

  it("leaves a big file's body to the library (parsed on a worker thread), and a file gone", async () => {
    const { folder, first } = await folderWithFirstScreen(`\n\n${'A long paragraph. '.repeat(BIG_FILE / 18)}`);
    const id = first.rows[0]!.id;
    expect(statSync(join(folder, 'a.txt')).size).toBeGreaterThanOrEqual(BIG_FILE);
    expect((await firstScreenView(folder, first, Promise.resolve(), indexed).article(id))?.headline).toBe(`from the index: ${id}`);
    const gone = { ...first, rows: first.rows.map((r) => ({ ...r, path: 'gone.txt' })) };
    expect((await firstScreenView(folder, gone, Promise.resolve(), indexed).article(id))?.headline).toBe(`from the index: ${id}`);
  });
});
