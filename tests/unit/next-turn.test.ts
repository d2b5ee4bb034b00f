/**
 * Background work waits between slices with `nextTurn` (issue 10): a frame scheduled with
 * `setImmediate` once the slice has yielded (React's scheduler does so for a key read meanwhile)
 * runs before the work goes on, not after its next slice.
 */
import { describe, expect, it } from 'vitest';
import { nextTurn } from '../../src/library/model/next-turn.js';
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
