import { afterEach, describe, expect, test } from 'vitest';
import { fakeLibrary, plainArticle, ZAKHAROVA } from '../helpers/fake-library.js';
import { fakeLiveLibrary, withoutArticles } from '../helpers/fake-live-library.js';
import { renderReader, type RenderedReader } from '../helpers/render-reader.js';
import { KEYS } from '../keys.js';

const ARTICLES = [
  ZAKHAROVA, // a1
  plainArticle('Second Story', { published: '2023-10-20' }, 20), // a2
  plainArticle('Third Story', { published: '2023-10-10', section: 'Asia' }), // a3
];
const full = fakeLibrary(ARTICLES);
const partial = withoutArticles(full, ['a2', 'a3']);

let reader: RenderedReader | undefined;
afterEach(() => reader?.unmount());

describe('a library that is still loading', () => {
  test('the first frame is drawn before it is ready, with progress; the list fills in as files arrive', async () => {
    const source = fakeLiveLibrary(fakeLibrary([]), { phase: 'reading', done: 1200, total: 10000 });
    reader = await renderReader({ source, columns: 120, rows: 24 });
    // Counts so far would mislead: the progress takes their place until every file is read.
    let screen = await reader.waitForScreen('test library · Reading 1,200 of 10,000 files… · 1/3');
    expect(screen).not.toContain('unread of');
    source.publish(partial, { phase: 'reading', done: 5000, total: 10000 });
    screen = await reader.waitForScreen((s) => s.includes('Reading 5,000 of 10,000 files… · 1/1'));
    expect(screen).toMatch(/All\s+1\/1 │/);
    source.publish(full, { phase: 'indexing', done: 3000, total: 10000 });
    await reader.waitForScreen((s) => s.includes('3 unread of 3') && s.includes('Indexing for search 3,000 of 10,000…'));
    source.publish(full, null);
    screen = await reader.waitForScreen((s) => !s.includes('Indexing'));
    expect(screen).toContain('Second Story');
  });

  test('while indexing, the search line says results may be incomplete', async () => {
    const source = fakeLiveLibrary(full, { phase: 'indexing', done: 3000, total: 10000 });
    reader = await renderReader({ source, columns: 120, rows: 24 });
    await reader.press('/');
    await reader.press('story');
    await reader.waitForScreen('2 matches · still indexing: results may be incomplete');
    source.publish(full, null);
    const screen = await reader.waitForScreen((s) => !s.includes('incomplete'));
    expect(screen).toContain('2 matches');
  });

  test('the selection stays on the same article when one arrives above it', async () => {
    const source = fakeLiveLibrary(withoutArticles(full, ['a1']));
    reader = await renderReader({ source, columns: 120, rows: 24 });
    await reader.press('j');
    await reader.waitForScreen('2/2');
    source.publish(full);
    await reader.waitForScreen('3/3');
  });

  test('the open article deleted from the folder: back to the list, and the status bar says so', async () => {
    const source = fakeLiveLibrary(full);
    reader = await renderReader({ source, columns: 80, rows: 24 });
    await reader.press('j', KEYS.enter);
    await reader.waitForScreen('Paragraph 1 of Second Story');
    source.publish(withoutArticles(full, ['a2']));
    const screen = await reader.waitForScreen('Article deleted from the folder');
    expect(screen).toContain('2 unread of 2');
    expect(screen).toContain('Sections');
  });
});
