/**
 * The library's background work waits for pauses in the keys: the reader tells the last
 * collection of a start of every input event (src/ui/use-input-pauses.ts), so a reader paging
 * through the start is never made to wait for a full garbage collection; and it tells the start's
 * slices of every key it handles (`keyCame`, src/ui/use-key-router.ts), so they wait for a pause
 * instead of running between two pages. A key held while a warm start's first screen waits for
 * the whole list does not hold the list back. Each key, and the articles ahead once prepared, ask
 * for a scavenge of the young generation at the next pause in the keys. string-width's set-up
 * (about 60 ms) waits for the whole list and a pause in the keys, never in front of a key. While
 * an opened article's body is on its way, the reader is answering a key: no collection meanwhile.
 */
import { describe, expect, it, vi } from 'vitest';
import type { Library } from '../../src/library/model/library.js';
import { fakeLibrary, plainArticle } from '../helpers/fake-library.js';
import { fakeLiveLibrary } from '../helpers/fake-live-library.js';
import { renderReader } from '../helpers/render-reader.js';
import { KEYS } from '../keys.js';

const inputs: number[] = [];
// Holds on the collections still out (an article on its way), by collection.
const heldBy = { full: 0, young: 0 };
const hold = (by: keyof typeof heldBy) => (): (() => void) => {
  heldBy[by] += 1;
  let out = true;
  return () => void (out && ((out = false), (heldBy[by] -= 1)));
};
vi.mock('../../src/library/live/full-collection.js', async (importActual) => ({
  ...(await importActual<typeof import('../../src/library/live/full-collection.js')>()),
  inputCame: () => inputs.push(Date.now()),
  holdFullCollection: () => hold('full')(),
}));
const scavengesAsked: string[] = [];
vi.mock('../../src/library/live/young-collection.js', async (importActual) => ({
  ...(await importActual<typeof import('../../src/library/live/young-collection.js')>()),
  scavengeAtNextPause: () => scavengesAsked.push(new Error().stack?.includes('use-prepare-ahead') ? 'prepared' : 'key'),
  scavengeSoon: () => scavengesAsked.push('whole list'),
  holdScavenge: () => hold('young')(),
}));
const handled: number[] = [];
vi.mock('../../src/library/model/next-turn.js', async (importActual) => ({
  ...(await importActual<typeof import('../../src/library/model/next-turn.js')>()),
  keyCame: () => handled.push(Date.now()),
}));

const warmUps: number[] = [];
vi.mock('../../src/library/text/text-width.js', async (importActual) => ({
  ...(await importActual<typeof import('../../src/library/text/text-width.js')>()),
  warmUpWidths: () => warmUps.push(Date.now()),
}));
const { WARM_UP_QUIET_MS } = await import('../../src/ui/use-width-warm-up.js');

describe('input pauses', () => {
  it('each key the reader reads is told to the collection waiting for a pause', async () => {
    const reader = await renderReader({ columns: 100, rows: 24 });
    const before = inputs.length;
    await reader.press('j', 'j', 'k');
    expect(inputs.length - before).toBe(3);
    reader.unmount();
  });

  it('each key, and the articles ahead once prepared, ask for a scavenge at the next pause', async () => {
    const articles = ['One', 'Two', 'Three', 'Four'].map((title) => plainArticle(`${title} Story`));
    const reader = await renderReader({ articles, columns: 100, rows: 24 });
    // Nothing pressed: the selected article and its neighbours are prepared, then swept.
    await reader.waitForScreen(() => scavengesAsked.includes('prepared'));
    const before = scavengesAsked.length;
    await reader.press('j', 'j', 'k');
    const asked = scavengesAsked.slice(before);
    expect(asked.filter((by) => by === 'key')).toHaveLength(3);
    // The selection moved: the articles around it are prepared, then swept.
    const lastKey = before + asked.lastIndexOf('key');
    await reader.waitForScreen(() => scavengesAsked.slice(lastKey + 1).includes('prepared'));
    reader.unmount();
  });

  it("each key the reader handles holds the start's work; a key held for the whole list does not", async () => {
    const full = fakeLibrary([plainArticle('First Story'), plainArticle('Second Story'), plainArticle('Third Story')]);
    const firstScreen: Library = { ...full, summaries: full.summaries.slice(0, 2), preview: { articles: full.summaries.map(({ id, section }) => ({ id, section })) } };
    const source = fakeLiveLibrary(firstScreen, { phase: 'reading', done: 0, total: 0 });
    const reader = await renderReader({ source, columns: 100, rows: 24 });
    await reader.waitForScreen('· 1/3');
    const before = handled.length;
    await reader.press('G');
    expect(handled.length - before).toBe(0);
    const inputsBefore = inputs.length;
    const scavengesBefore = scavengesAsked.length;
    source.publish(full, { phase: 'reading', done: 0, total: 3 });
    // `G`, held until now, goes to the whole list's last row: handled, and told.
    await reader.waitForScreen((s) => s.includes('Third Story') && s.includes('· 3/3'));
    expect(handled.length - before).toBe(1);
    // Handled now, it puts the full collection off from now (it was read before), and the whole
    // list's garbage is swept after its frame.
    expect(inputs.length - inputsBefore).toBe(1);
    expect(scavengesAsked.slice(scavengesBefore)).toContain('whole list');
    await reader.press('k', 'k');
    await reader.waitForScreen('· 1/3');
    expect(handled.length - before).toBe(3);
    reader.unmount();
  });

  it("string-width's set-up waits for the whole list, then for a pause in the keys, and is made once", async () => {
    const full = fakeLibrary([plainArticle('First Story'), plainArticle('Second Story'), plainArticle('Third Story')]);
    const firstScreen: Library = { ...full, summaries: full.summaries.slice(0, 2), preview: { articles: full.summaries.map(({ id, section }) => ({ id, section })) } };
    const source = fakeLiveLibrary(firstScreen, { phase: 'reading', done: 0, total: 0 });
    warmUps.length = 0;
    const reader = await renderReader({ source, columns: 100, rows: 24 });
    await reader.waitForScreen('· 1/3');
    await new Promise((resolve) => setTimeout(resolve, WARM_UP_QUIET_MS + 50));
    expect(warmUps).toHaveLength(0);
    // A key typed on the first screen, held until the whole list comes a moment later.
    await reader.press('j');
    const listedAt = Date.now();
    source.publish(full, null);
    await reader.waitForScreen('Third Story');
    // A reader paging right after the start: a key every 40 ms.
    for (let k = 0; k < 10; k += 1) {
      await reader.press(k % 2 === 0 ? 'j' : 'k');
      await new Promise((resolve) => setTimeout(resolve, 40));
    }
    await reader.waitForScreen(() => warmUps.length > 0, 5_000);
    expect(warmUps[0]!).toBeGreaterThanOrEqual(listedAt);
    // Made only once the keys had paused (a stalled test run may pause them early: still a pause).
    const lastKeyBefore = Math.max(...inputs.filter((t) => t <= warmUps[0]!));
    expect(warmUps[0]! - lastKeyBefore).toBeGreaterThanOrEqual(WARM_UP_QUIET_MS - 5);
    await reader.press('j', 'k');
    await new Promise((resolve) => setTimeout(resolve, WARM_UP_QUIET_MS + 50));
    expect(warmUps).toHaveLength(1);
    reader.unmount();
  });

  it("string-width's set-up waits for a cold start's walk of the folder to end, then for a pause", async () => {
    const full = fakeLibrary([plainArticle('First Story'), plainArticle('Second Story'), plainArticle('Third Story')]);
    const empty: Library = { ...full, summaries: [] };
    // A cold start: no list yet, and nothing counted while the folder is walked.
    const source = fakeLiveLibrary(empty, { phase: 'reading', done: 0, total: 0 });
    warmUps.length = 0;
    const reader = await renderReader({ source, columns: 100, rows: 24 });
    await reader.waitForScreen('Reading the library');
    await new Promise((resolve) => setTimeout(resolve, WARM_UP_QUIET_MS * 2));
    expect(warmUps).toHaveLength(0);
    // The walk is over: its files are counted, the first of them read.
    source.publish(full, { phase: 'reading', done: 1, total: 3 });
    const walkedAt = Date.now();
    await reader.waitForScreen(() => warmUps.length > 0, 5_000);
    expect(warmUps[0]! - walkedAt).toBeGreaterThanOrEqual(WARM_UP_QUIET_MS - 5);
    reader.unmount();
  });

  it("string-width's set-up waits for the reader to be still: a new state puts it off as a key does", async () => {
    const full = fakeLibrary([plainArticle('First Story'), plainArticle('Second Story'), plainArticle('Third Story')]);
    const source = fakeLiveLibrary(full, { phase: 'reading', done: 0, total: 3 });
    warmUps.length = 0;
    const reader = await renderReader({ source, columns: 100, rows: 24 });
    await reader.waitForScreen('First Story');
    // The library goes on loading, with no key: each new state is drawn, and puts it off.
    let lastChange = Date.now();
    for (let done = 1; done <= 3; done += 1) {
      await new Promise((resolve) => setTimeout(resolve, WARM_UP_QUIET_MS * 0.6));
      source.publish(full, done < 3 ? { phase: 'reading', done, total: 3 } : null);
      lastChange = Date.now();
    }
    await reader.waitForScreen(() => warmUps.length > 0, 5_000);
    expect(warmUps[0]! - lastChange).toBeGreaterThanOrEqual(WARM_UP_QUIET_MS - 5);
    reader.unmount();
  });

  it('an opened article whose body is slow to come holds both collections until it is drawn', async () => {
    const inner = fakeLibrary(['One', 'Two'].map((title) => plainArticle(`${title} Story`)));
    // Every read waits until the test lets that article's body come.
    const waiting: { id: string; go: () => void }[] = [];
    const arrive = (id: string): void => waiting.filter((w) => w.id === id).forEach((w) => w.go());
    const library: Library = { ...inner, article: async (id, options) => (await new Promise<void>((go) => waiting.push({ id, go })), inner.article(id, options)) };
    const reader = await renderReader({ library, columns: 100, rows: 24 });
    await reader.press(KEYS.enter);
    await reader.waitForScreen('Opening One Story…');
    // The body on its way: both held (how a hold keeps a due collection waiting, the clock-driven
    // tests of tests/unit/start-collection.test.ts show).
    expect(heldBy).toEqual({ full: 1, young: 1 });
    arrive('a1');
    await reader.waitForScreen('Paragraph 1 of One Story');
    expect(heldBy).toEqual({ full: 0, young: 0 });
    // Closed while on its way: the holds go with it.
    await reader.press('J');
    await reader.waitForScreen('Opening Two Story…');
    expect(heldBy).toEqual({ full: 1, young: 1 });
    await reader.press(KEYS.escape);
    await reader.waitForScreen((s) => !s.includes('Opening'));
    expect(heldBy).toEqual({ full: 0, young: 0 });
    reader.unmount();
  });
});
