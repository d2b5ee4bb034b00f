/**
 * Issue 10: while the reader is still, the selected article and its neighbours are read, parsed
 * and wrapped ahead, so Enter and J/K draw the article in their first frame instead of
 * "Loading…"; bodies kept in memory stay bounded however far one reads.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { Library } from '../../src/library/model/library.js';
import { MAX_BODIES, reducer } from '../../src/state/reducer.js';
import { initialState } from '../../src/state/state.js';
import { fakeLibrary, plainArticle } from '../helpers/fake-library.js';
import { renderReader, type RenderedReader } from '../helpers/render-reader.js';
import { PREPARE_AFTER_MS } from '../../src/ui/use-prepare-ahead.js';
import { waitFor } from '../helpers/wait-for.js';
import { KEYS } from '../keys.js';

let reader: RenderedReader | undefined;
afterEach(() => reader?.unmount());

/** A library of `n` articles (a1 … in headline order) that records each body it is asked for. */
function countingLibrary(n: number): { library: Library; asked: string[]; askedAt: number[] } {
  const names = Array.from({ length: n }, (_, i) => `Headline ${String(i + 1).padStart(2, '0')}`);
  const inner = fakeLibrary(names.map((h) => plainArticle(h, {}, 4)));
  const asked: string[] = [];
  const askedAt: number[] = [];
  return { asked, askedAt, library: { ...inner, article: (id) => (asked.push(id), askedAt.push(performance.now()), inner.article(id)) } };
}

const loadingSince = (r: RenderedReader, from: number) => r.frames.slice(from).filter((f) => f.includes('Loading…')).length;

describe('prepare ahead', () => {
  it('reads the selected article and the next while idle; Enter and J then draw the text at once', async () => {
    const { library, asked } = countingLibrary(6);
    reader = await renderReader({ library, columns: 120, rows: 24 });
    await waitFor(() => asked.includes('a1') && asked.includes('a2'));
    let from = reader.frames.length;
    await reader.press(KEYS.enter);
    await reader.waitForScreen('Paragraph 1 of Headline 01');
    expect(loadingSince(reader, from)).toBe(0);
    // Now a1 is open and a2 was prepared with it: J draws a2 from memory.
    from = reader.frames.length;
    await reader.press('J');
    await reader.waitForScreen('Paragraph 1 of Headline 02');
    expect(loadingSince(reader, from)).toBe(0);
    // Each body was read once: the prepared ones were not read again on opening.
    expect(asked.filter((id) => id === 'a1')).toHaveLength(1);
    expect(asked.filter((id) => id === 'a2')).toHaveLength(1);
  });

  it('an article opened before it was prepared is read once, by the opening, however slow the read', async () => {
    const { library: inner, asked } = countingLibrary(4);
    const slow = PREPARE_AFTER_MS * 3;
    const library: Library = { ...inner, article: async (id, options) => (await new Promise((r) => setTimeout(r, slow)), inner.article(id, options)) };
    reader = await renderReader({ library, columns: 120, rows: 24 });
    // Enter before anything was prepared (within PREPARE_AFTER_MS of the first frame).
    await reader.press(KEYS.enter);
    await reader.waitForScreen('Paragraph 1 of Headline 01', 5_000);
    // Its neighbour is read ahead once the reader is still; the open article was not read again.
    await waitFor(() => asked.includes('a2'));
    expect(asked.filter((id) => id === 'a1')).toHaveLength(1);
  });

  it('never reads an article while keys come: each read starts once the keyboard has been still for PREPARE_AFTER_MS', async () => {
    const { library, asked, askedAt } = countingLibrary(6);
    reader = await renderReader({ library, columns: 120, rows: 24 });
    // Keys that change neither the selection nor the width (unbound here), as paging an open
    // article does: before, the read of the neighbours started among them, and the next key
    // waited for that parse.
    const pressedAt: number[] = [];
    for (let i = 0; i < 12; i++) {
      pressedAt.push(performance.now());
      await reader.press('x');
      await new Promise((r) => setTimeout(r, 30)); // a user's pace, not a wait for a result
    }
    await waitFor(() => asked.includes('a1') && asked.includes('a2'));
    for (const t of askedAt) {
      const recent = pressedAt.filter((p) => p <= t && t - p < PREPARE_AFTER_MS - 1);
      expect(recent.map((p) => Math.round(t - p))).toEqual([]);
    }
  });

  it('keeps at most MAX_BODIES bodies however many are loaded, and never lets the open one go', () => {
    const { library } = countingLibrary(MAX_BODIES + 10);
    let state = reducer(initialState(library, new Map(), { columns: 120, rows: 24 }), { type: 'command', command: 'open' });
    const open = state.openId!;
    for (const s of library.summaries) {
      state = reducer(state, { type: 'articleLoaded', id: s.id, article: null });
      expect(state.bodies.size).toBeLessThanOrEqual(MAX_BODIES);
      expect(state.bodies.has(open)).toBe(true);
    }
    // The newest stay: the last MAX_BODIES - 1 loaded, and the open one.
    expect([...state.bodies.keys()].sort()).toEqual([open, ...library.summaries.slice(-(MAX_BODIES - 1)).map((x) => x.id)].sort());
  });
});
