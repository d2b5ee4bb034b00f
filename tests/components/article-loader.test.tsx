/**
 * Issue 10: an article that takes long to prepare (a big file, read on a worker) says so in its
 * pane, and moving away cancels interest in it: its read is aborted, and a body that arrives
 * afterwards is neither shown nor kept (opening it again reads it again).
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { Article } from '../../src/library/model/article.js';
import type { Library } from '../../src/library/model/library.js';
import { fakeLibrary, plainArticle } from '../helpers/fake-library.js';
import { renderReader, type RenderedReader } from '../helpers/render-reader.js';
import { waitFor } from '../helpers/wait-for.js';
import { KEYS } from '../keys.js';

let reader: RenderedReader | undefined;
afterEach(() => reader?.unmount());

/** Three articles; a1's body comes only when `deliver()` is called, each request with its signal recorded. */
function slowLibrary() {
  const inner = fakeLibrary(['Headline 01', 'Headline 02', 'Headline 03'].map((h) => plainArticle(h, {}, 4)));
  const waiting: { signal: AbortSignal | undefined; resolve: (a: Article | null) => void }[] = [];
  const library: Library = {
    ...inner,
    bytes: (id) => (id === 'a1' ? 4_000_044 : 2_000),
    article: (id, options) =>
      id === 'a1' ? new Promise((resolve) => waiting.push({ signal: options?.signal, resolve })) : inner.article(id),
  };
  const deliver = async () => {
    const body = await inner.article('a1');
    for (const w of waiting.splice(0)) w.resolve(body);
  };
  return { library, waiting, deliver };
}

describe('opening an article that takes long to prepare', () => {
  it('says it is opening; moving away aborts it, and its late body is never shown nor kept', async () => {
    const { library, waiting, deliver } = slowLibrary();
    reader = await renderReader({ library, columns: 120, rows: 24 });
    await reader.press(KEYS.enter);
    await reader.waitForScreen('Opening Headline 01 (3.8 MiB)…');
    const asked = waiting.length;
    expect(asked).toBeGreaterThan(0);
    // Close it, go to the next headline and open that one instead.
    await reader.press(KEYS.escape);
    await reader.press('j');
    await reader.press(KEYS.enter);
    await reader.waitForScreen('Paragraph 1 of Headline 02');
    const signals = waiting.map((w) => w.signal);
    expect(signals.every((s) => s?.aborted === true)).toBe(true);
    // The body of the first arrives late: the second stays on screen, the first never shows.
    const from = reader.frames.length;
    await deliver();
    for (let i = 0; i < 5; i++) await new Promise((r) => setImmediate(r));
    expect(reader.screen()).toContain('Paragraph 1 of Headline 02');
    expect(reader.frames.slice(from).some((f) => f.includes('Paragraph 1 of Headline 01'))).toBe(false);
    // Not kept either: opening the first again reads it again.
    await reader.press(KEYS.escape);
    await reader.press('k');
    await reader.press(KEYS.enter);
    await reader.waitForScreen('Opening Headline 01 (3.8 MiB)…');
    await waitFor(() => waiting.some((w) => !w.signal?.aborted));
    await deliver();
    await reader.waitForScreen('Paragraph 1 of Headline 01');
  });
});
