/**
 * Issue 10: a big file's body is read on a worker, and interest in it can be withdrawn. The rule:
 * a request that aborts settles at once (AbortError) and never gets the body; a read nobody
 * wants any more stops (a queued one never starts, a running one's worker is terminated, since a
 * parse cannot be interrupted) unless it is asked for again in the same turn (a re-render); two
 * requests for one article share one read.
 */
import { describe, expect, it } from 'vitest';
import type { BodyMessage } from '../../src/library/live/body-message.js';
import { bodyReader, type BodyWorker } from '../../src/library/live/body-pool.js';
import type { ScannedFile } from '../../src/library/files/scan.js';
import type { Article } from '../../src/library/model/article.js';
import { plainArticle } from '../helpers/fake-library.js';
import { waitFor } from '../helpers/wait-for.js';

const file = (name: string): ScannedFile => ({ abs: `/lib/${name}`, rel: name, size: 5_000_000, mtimeMs: 1, ino: 1, dev: 1 });

/** Fake workers that read only when told: `finish(i)` sends worker i's article in two pieces. */
function fakeWorkers() {
  const spawned: { asked: string[]; terminated: boolean; finish: (article: Article) => void }[] = [];
  const spawn = (): BodyWorker => {
    let onMessage: (m: BodyMessage) => void = () => {};
    let pieces: BodyMessage[] = [];
    const w = {
      asked: [] as string[],
      terminated: false,
      finish: (article: Article) => {
        pieces = [{ kind: 'blocks', blocks: article.blocks.slice(0, 1) }, { kind: 'blocks', blocks: article.blocks.slice(1) }, { kind: 'done' }];
        onMessage({ kind: 'head', article: { ...article, blocks: [] } });
      },
    };
    spawned.push(w);
    return {
      run: (_f, id, message) => void (w.asked.push(id), (onMessage = message)),
      more: () => void (!w.terminated && pieces.length > 0 && onMessage(pieces.shift()!)),
      terminate: () => void (w.terminated = true),
    };
  };
  return { spawned, spawn };
}

/** An article as the library gives it. */
const article = (headline: string, paragraphs: number): Article => ({ ...plainArticle(headline, {}, paragraphs), id: headline.toLowerCase(), path: `${headline}.html` });

const noFallback = () => Promise.reject(new Error('read on the reader thread'));
const settledState = async (p: Promise<unknown>) => Promise.race([p.then(() => 'resolved', (e: Error) => e.name), new Promise((r) => setTimeout(() => r('pending'), 20))]);

describe('reading big bodies on a worker', () => {
  it('delivers the whole body, its pieces joined, to every request for it: one read', async () => {
    const { spawned, spawn } = fakeWorkers();
    const reader = bodyReader(noFallback, spawn);
    const deep = article('Deep', 5);
    const a = reader.read(file('deep.html'), 'deep');
    const b = reader.read(file('deep.html'), 'deep');
    await waitFor(() => spawned[0]?.asked.length === 1);
    spawned[0]!.finish(deep);
    const [x, y] = await Promise.all([a, b]);
    expect(x!.blocks.map((bl) => bl.text)).toEqual(deep.blocks.map((bl) => bl.text));
    expect(y).toBe(x);
    expect(spawned).toHaveLength(1);
    expect(spawned[0]!.asked).toEqual(['deep']);
    reader.close();
  });

  it('an aborted request never gets the body; the read goes on while another request wants it', async () => {
    const { spawned, spawn } = fakeWorkers();
    const reader = bodyReader(noFallback, spawn);
    const gone = new AbortController();
    const a = reader.read(file('deep.html'), 'deep', gone.signal);
    const b = reader.read(file('deep.html'), 'deep');
    await waitFor(() => spawned[0]?.asked.length === 1);
    gone.abort();
    expect(await settledState(a)).toBe('AbortError');
    expect(spawned[0]!.terminated).toBe(false);
    spawned[0]!.finish(article('Deep', 3));
    expect((await b)!.headline).toBe('Deep');
    reader.close();
  });

  it('a read nobody wants stops: the running worker is terminated, the next read starts on a new one, a queued one never starts', async () => {
    const { spawned, spawn } = fakeWorkers();
    const reader = bodyReader(noFallback, spawn);
    const first = new AbortController();
    const queued = new AbortController();
    const a = reader.read(file('deep.html'), 'deep', first.signal);
    const skipped = reader.read(file('other.html'), 'other', queued.signal);
    const c = reader.read(file('third.html'), 'third');
    await waitFor(() => spawned[0]?.asked.length === 1);
    queued.abort();
    first.abort();
    expect(await settledState(a)).toBe('AbortError');
    expect(await settledState(skipped)).toBe('AbortError');
    await waitFor(() => spawned.length === 2 && spawned[1]!.asked.length === 1);
    expect(spawned[0]!.terminated).toBe(true);
    expect(spawned[1]!.asked).toEqual(['third']);
    // The stopped worker's late messages change nothing.
    spawned[1]!.finish(article('Third', 2));
    expect((await c)!.headline).toBe('Third');
    expect(spawned.flatMap((w) => w.asked)).not.toContain('other');
    reader.close();
  });

  it('a read asked for again in the same turn (the reader re-rendering) keeps going', async () => {
    const { spawned, spawn } = fakeWorkers();
    const reader = bodyReader(noFallback, spawn);
    const before = new AbortController();
    void reader.read(file('deep.html'), 'deep', before.signal).catch(() => undefined);
    await waitFor(() => spawned[0]?.asked.length === 1);
    before.abort();
    const again = reader.read(file('deep.html'), 'deep');
    await new Promise((r) => setImmediate(r));
    await new Promise((r) => setImmediate(r));
    expect(spawned[0]!.terminated).toBe(false);
    spawned[0]!.finish(article('Deep', 2));
    expect((await again)!.headline).toBe('Deep');
    expect(spawned).toHaveLength(1);
    reader.close();
  });

  it('a read nobody wants runs on when the next read is of the same file (its parse serves that one too)', async () => {
    const { spawned, spawn } = fakeWorkers();
    const reader = bodyReader(noFallback, spawn);
    const first = new AbortController();
    const a = reader.read(file('mail.mbox'), 'm1', first.signal);
    const b = reader.read(file('mail.mbox'), 'm2');
    await waitFor(() => spawned[0]?.asked.length === 1);
    first.abort();
    expect(await settledState(a)).toBe('AbortError');
    expect(spawned[0]!.terminated).toBe(false);
    spawned[0]!.finish(article('M1', 2));
    await waitFor(() => spawned[0]!.asked.length === 2);
    spawned[0]!.finish(article('M2', 2));
    expect((await b)!.headline).toBe('M2');
    expect(spawned).toHaveLength(1);
    reader.close();
  });
});
