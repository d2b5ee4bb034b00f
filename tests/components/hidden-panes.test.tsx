/**
 * A pane the layout hides stays mounted (issue 10): in the wide layout the article pane is hidden
 * while no article is open, and Enter and Esc show and hide it. Mounted again at each Enter, it
 * was React fibers, Ink nodes and Yoga nodes made anew in that key's frame; hidden, it must draw
 * nothing on the screen, and keys in the list must not draw it again.
 */
import { useEffect, type ComponentProps } from 'react';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { plainArticle } from '../helpers/fake-library.js';
import { renderReader, type RenderedReader } from '../helpers/render-reader.js';
import { KEYS } from '../keys.js';

const counts = vi.hoisted(() => ({ renders: 0, mounts: 0 }));
vi.mock('../../src/ui/ArticlePane.js', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../src/ui/ArticlePane.js')>();
  function Counted(props: ComponentProps<typeof real.ArticlePane>) {
    counts.renders += 1;
    useEffect(() => void (counts.mounts += 1), []);
    return real.ArticlePane(props);
  }
  return { ...real, ArticlePane: Counted };
});

let reader: RenderedReader | undefined;
afterEach(() => reader?.unmount());

describe('the article pane, hidden while browsing', () => {
  test('is mounted once: Enter shows it, Esc hides it, and j in the list leaves it alone', async () => {
    reader = await renderReader({
      articles: [plainArticle('First Story', { published: '2023-10-20' }, 20), plainArticle('Second Story', { published: '2023-10-10' }, 20)],
      columns: 120,
      rows: 30,
    });
    const r = reader;
    await r.waitForScreen((s) => s.includes('First Story') && s.includes('Second Story'));
    // Browsing: nothing of the hidden pane on the screen.
    expect(r.screen()).not.toContain('Select a headline');
    const mountsBefore = counts.mounts;
    await r.press(KEYS.enter);
    await r.waitForScreen((s) => /line 1\/\d+/.test(s));
    await r.press(KEYS.escape);
    await r.waitForScreen((s) => !/line 1\/\d+/.test(s));
    expect(r.screen()).not.toMatch(/line \d+\/\d+/);
    const rendersBrowsing = counts.renders;
    await r.press('j');
    await r.waitForScreen((s) => /2\/2/.test(s));
    expect(counts.renders).toBe(rendersBrowsing);
    await r.press(KEYS.enter);
    await r.waitForScreen((s) => /line 1\/\d+/.test(s) && s.includes('Second Story'));
    expect(counts.mounts).toBe(mountsBefore);
  });
});
