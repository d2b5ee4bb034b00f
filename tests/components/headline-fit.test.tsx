/**
 * A headline row is fitted to the list's width once per width (issue 10): Enter narrows the list
 * beside the article and Esc widens it again, and each switch fitted every row anew. The rows
 * still show what a fit at that width shows: cut with `…` when narrow, whole when wide.
 */
import { render } from 'ink-testing-library';
import { describe, expect, test, vi } from 'vitest';
import type { ArticleSummary } from '../../src/library/model/library.js';
import { HeadlineList } from '../../src/ui/HeadlineList.js';

const fits = vi.hoisted(() => ({ headlines: 0 }));
vi.mock('../../src/library/text/text-width.js', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../src/library/text/text-width.js')>();
  return {
    ...real,
    padToWidth: (text: string, width: number) => {
      if (text.includes('Protest')) fits.headlines++;
      return real.padToWidth(text, width);
    },
  };
});

const summary = (i: number): ArticleSummary =>
  ({ id: `a${i}`, headline: `Nurses Protest Wildfire Response in Paris, Day ${i}`, published: '2023-10-25', section: 'World', path: `a${i}.txt`, format: 'plain-text' }) as ArticleSummary;

describe('HeadlineList at two widths', () => {
  test('each row is fitted once per width, however often the width switches', () => {
    const items = Array.from({ length: 20 }, (_, i) => summary(i + 1));
    const list = (width: number) => (
      <HeadlineList title="World (20)" items={items} marks={new Map()} selected={0} top={0} height={10} width={width} focused={false} empty="None." />
    );
    const view = render(list(90));
    const wide = view.lastFrame()!;
    view.rerender(list(36));
    const narrow = view.lastFrame()!;
    expect(wide).toContain('2023-10-25 Nurses Protest Wildfire Response in Paris, Day 3');
    expect(narrow.split('\n')[3]).toBe('●  2023-10-25 Nurses Protest Wildfi…');
    const afterFirstSwitch = fits.headlines;
    expect(afterFirstSwitch).toBe(20); // 10 rows, at two widths
    for (let i = 0; i < 3; i++) {
      view.rerender(list(90));
      expect(view.lastFrame()).toBe(wide);
      view.rerender(list(36));
      expect(view.lastFrame()).toBe(narrow);
    }
    expect(fits.headlines).toBe(afterFirstSwitch);
    view.unmount();
  });
});
