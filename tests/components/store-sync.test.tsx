/**
 * When a key's mark is written and when it is fsynced, against the frames: the write before the
 * frame that shows the mark (a killed inkpress loses nothing shown), the fsync after it (off the
 * key's path), and a failed fsync shown as unsaved in the next frame.
 */
import { afterEach, expect, test } from 'vitest';
import { stripVTControlCharacters } from 'node:util';
import type { ReadingStore } from '../../src/store/reading-store.js';
import { memoryStore } from '../helpers/memory-store.js';
import { plainArticle } from '../helpers/fake-library.js';
import { renderReader, type RenderedReader } from '../helpers/render-reader.js';
import { waitFor } from '../helpers/wait-for.js';
import { KEYS } from '../keys.js';

const ARTICLES = [plainArticle('First Story', { published: '2023-10-20' }), plainArticle('Second Story', { published: '2023-10-10' })];

let reader: RenderedReader | undefined;
afterEach(() => reader?.unmount());

/** A memory store that logs each write and fsync with how many frames had been drawn then. */
function loggingStore(frames: () => number, failSync = false) {
  const inner = memoryStore();
  const log: string[] = [];
  let waiting = 0;
  const store: ReadingStore = {
    ...inner,
    update: (changes, syncLater) => {
      inner.update(changes, syncLater);
      if (syncLater) waiting = changes.size;
      log.push(`${syncLater ? 'write' : 'write+fsync'} after frame ${frames()}`);
    },
    sync: () => {
      if (waiting > 0) log.push(`fsync after frame ${frames()}`);
      const ok = !failSync || waiting === 0;
      return ok;
    },
    unsaved: () => (failSync ? waiting : 0),
  };
  return { store, log };
}

test('Enter: the read mark is written before the frame that shows it and fsynced after that frame', async () => {
  let count = () => 0;
  const { store, log } = loggingStore(() => count());
  reader = await renderReader({ articles: ARTICLES, store, columns: 100, rows: 24 });
  const r = reader;
  count = () => r.frames.length;
  await r.waitForScreen('2 unread of 2');
  const before = r.frames.length;
  await r.press(KEYS.enter);
  await r.waitForScreen('1 unread of 2');
  await waitFor(() => (log.some((l) => l.startsWith('fsync')) ? true : null), () => log.join('\n'));
  // The first frame that shows the mark.
  const shown = r.frames.findIndex((f, i) => i >= before && stripVTControlCharacters(f).includes('1 unread of 2')) + 1;
  expect(log).toEqual([`write after frame ${before}`, expect.stringMatching(/^fsync after frame \d+$/)]);
  expect(Number(log[1]!.match(/\d+$/)![0])).toBeGreaterThanOrEqual(shown);
});

test('a failed fsync: the next frame says the change is not saved', async () => {
  let count = () => 0;
  const { store } = loggingStore(() => count(), true);
  reader = await renderReader({ articles: ARTICLES, store, columns: 100, rows: 24 });
  count = () => reader!.frames.length;
  await reader.waitForScreen('2 unread of 2');
  await reader.press(KEYS.enter);
  await reader.waitForScreen((s) => s.includes('1 unread of 2') && /· 1 not saved/.test(s));
});
