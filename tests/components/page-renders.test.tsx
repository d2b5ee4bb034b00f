/**
 * What a page (Space/b) in an open article draws again (issue 10): the article pane and the
 * status bar, not the headline list beside it (a page moves the reading position, not a read
 * mark or a star) nor the rules between the panes.
 */
import { memo, type ComponentProps } from 'react';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { plainArticle } from '../helpers/fake-library.js';
import { renderReader, type RenderedReader } from '../helpers/render-reader.js';
import { KEYS } from '../keys.js';

const renders = vi.hoisted(() => ({ list: 0, rule: 0 }));
vi.mock('../../src/ui/HeadlineList.js', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../src/ui/HeadlineList.js')>();
  const inner = (real.HeadlineList as unknown as { type: (p: ComponentProps<typeof real.HeadlineList>) => React.ReactElement }).type;
  return { ...real, HeadlineList: memo((p: ComponentProps<typeof real.HeadlineList>) => (renders.list++, inner(p))) };
});
vi.mock('../../src/ui/Separator.js', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../src/ui/Separator.js')>();
  const inner = ((real.Separator as unknown as { type?: (p: { height: number }) => React.ReactElement }).type ?? real.Separator) as (p: { height: number }) => React.ReactElement;
  const counted = (p: { height: number }) => (renders.rule++, inner(p));
  return { ...real, Separator: (real.Separator as unknown as { type?: unknown }).type ? memo(counted) : counted };
});

let reader: RenderedReader | undefined;
afterEach(() => reader?.unmount());

describe('a page', () => {
  test('draws the article again, not the headline list or the rules', async () => {
    reader = await renderReader({ articles: [plainArticle('Long Story', { published: '2023-10-20' }, 60), plainArticle('Other Story', { published: '2023-10-10' })], columns: 120, rows: 30 });
    const r = reader;
    await r.press(KEYS.enter);
    await r.waitForScreen((s) => /line 1\/\d+/.test(s));
    const before = { ...renders };
    for (const key of [' ', ' ', 'b', ' ']) {
      const shown = r.screen();
      await r.press(key);
      await r.waitForScreen((s) => s !== shown && /line \d+\/\d+/.test(s));
    }
    expect(r.screen()).toMatch(/line \d+\/\d+/);
    expect(r.screen()).not.toMatch(/line 1\/\d+/);
    expect(renders.list - before.list).toBe(0);
    expect(renders.rule - before.rule).toBe(0);
  });
});
