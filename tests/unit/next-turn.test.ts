/**
 * Background work waits between slices with `nextTurn` (issue 10): a frame scheduled with
 * `setImmediate` once the slice has yielded (React's scheduler does so for a key read meanwhile)
 * runs before the work goes on, not after its next slice.
 */
import { describe, expect, it } from 'vitest';
import { backgroundTurn, KEY_QUIET_MS, keyRead, nextTurn } from '../../src/library/model/next-turn.js';
import { Slicer } from '../../src/library/live/slicer.js';

describe('nextTurn', () => {
  it('lets what was scheduled after the yield run before the work goes on', async () => {
    const order: string[] = [];
    const slice = nextTurn().then(() => order.push('next slice'));
    setImmediate(() => order.push('frame'));
    await slice;
    expect(order).toEqual(['frame', 'next slice']);
  });

  it('is how the load\'s slicer yields', async () => {
    const order: string[] = [];
    const slice = new Slicer().pause(true).then(() => order.push('next slice'));
    setImmediate(() => order.push('frame'));
    await slice;
    expect(order).toEqual(['frame', 'next slice']);
  });
});

describe('backgroundTurn', () => {
  it('without keys, waits two turns as nextTurn does', async () => {
    keyRead(-Infinity);
    const order: string[] = [];
    const slice = backgroundTurn().then(() => order.push('next slice'));
    setImmediate(() => order.push('frame'));
    await slice;
    expect(order).toEqual(['frame', 'next slice']);
  });

  it('holds background work back while keys come, and lets it go on once they stop', async () => {
    keyRead();
    let resumed = false;
    const slice = backgroundTurn().then(() => (resumed = true));
    // Many turns of the event loop later, still held: the key's frame has the thread to itself.
    for (let i = 0; i < 20; i += 1) await nextTurn();
    expect(resumed).toBe(false);
    // A second key extends the hold; the work goes on once no key has come for KEY_QUIET_MS.
    keyRead();
    const lastKey = performance.now();
    await slice;
    expect(resumed).toBe(true);
    expect(performance.now() - lastKey).toBeGreaterThanOrEqual(KEY_QUIET_MS - 1);
  });

  it('is how the load\'s slicer yields: held back too', async () => {
    keyRead();
    let resumed = false;
    const slice = new Slicer().pause(true).then(() => (resumed = true));
    for (let i = 0; i < 20; i += 1) await nextTurn();
    expect(resumed).toBe(false);
    await slice;
    expect(resumed).toBe(true);
  });
});
