/**
 * Background work waits between slices with `nextTurn` (issue 10): a frame scheduled with
 * `setImmediate` once the slice has yielded (React's scheduler does so for a key read meanwhile)
 * runs before the work goes on, not after its next slice. The start's work (`backgroundTurn`)
 * also waits for a pause in the keys, so a reader paging through a start finds the thread free.
 */
import { describe, expect, it } from 'vitest';
import { HOLD_MAX_MS, KEYS_QUIET_MS, keyCame, keysFirst, nextTurn } from '../../src/library/model/next-turn.js';
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

/** A clock that moves only when the work waits, and a log of the waits. */
function fakeClock() {
  let t = 1_000;
  const waits: number[] = [];
  const onWait: Array<(at: number) => void> = [];
  return {
    now: () => t,
    wait: async (ms: number) => {
      waits.push(ms);
      for (const f of onWait) f(t);
      t += ms;
    },
    waits,
    onWait,
    advance: (ms: number) => void (t += ms),
  };
}

describe('keys first: the start\'s work waits for a pause in the keys', () => {
  it('goes on at the next turn when no key came', async () => {
    const clock = fakeClock();
    await keysFirst(clock.now, clock.wait).turn();
    expect(clock.waits).toEqual([]);
  });

  it('waits until the keys have paused for KEYS_QUIET_MS after the last one', async () => {
    const clock = fakeClock();
    const gate = keysFirst(clock.now, clock.wait);
    gate.keyCame();
    clock.advance(30);
    // A second key comes while the work waits: the wait starts again from it.
    clock.onWait.push(() => {
      if (clock.waits.length === 1) {
        clock.advance(20);
        gate.keyCame();
      }
    });
    const from = clock.now();
    await gate.turn();
    expect(clock.now() - from).toBe(20 + KEYS_QUIET_MS);
  });

  it('lets a slice through after HOLD_MAX_MS however long a key is held', async () => {
    let t = 1_000;
    // Autorepeat: a key every 30 ms, for ever (each wait ends at the next key).
    const gate = keysFirst(
      () => t,
      async (ms) => {
        t += Math.min(ms, 30);
        gate.keyCame();
      },
    );
    gate.keyCame();
    await gate.turn();
    expect(t - 1_000).toBe(HOLD_MAX_MS);
  });

  it('quiet(ms): waits for a pause of ms after the last key, however long the keys go on', async () => {
    let t = 1_000;
    let keys = 0;
    // A reader paging every 30 ms, 40 pages (1.2 s): longer than HOLD_MAX_MS.
    const gate = keysFirst(
      () => t,
      async (ms) => {
        if (keys < 40) {
          t += Math.min(ms, 30);
          keys += 1;
          gate.keyCame();
        } else t += ms;
      },
    );
    gate.keyCame();
    await gate.quiet(250);
    expect(keys).toBe(40);
    expect(t - 1_000).toBe(40 * 30 + 250);
  });

  it('holds the load\'s slicer after a key the reader handled, not before', async () => {
    const order: string[] = [];
    keyCame();
    const slice = new Slicer().pause(true).then(() => order.push('next slice'));
    // A frame drawn 40 ms after the key (the next page of a reader paging) comes first.
    setTimeout(() => order.push('frame 40 ms after the key'), 40);
    await slice;
    expect(order).toEqual(['frame 40 ms after the key', 'next slice']);
  });
});
