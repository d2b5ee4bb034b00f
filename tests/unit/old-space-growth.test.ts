import { describe, expect, it } from 'vitest';
import { collectOnGrowth } from '../../src/library/live/old-space-growth.js';

const MB = 1024 * 1024;

describe('collections as a load grows the old space', () => {
  it('collects each time the old space has grown by the step since the last collection', () => {
    let used = 10 * MB;
    const collected: number[] = [];
    const check = collectOnGrowth(6 * MB, () => {
      collected.push(used);
      used -= 5 * MB; // what the collection freed
    }, () => used);
    check(); // the first check only notes where the load starts
    for (const grown of [2, 3, 5.9]) {
      used = (10 + grown) * MB;
      check();
    }
    expect(collected).toEqual([]);
    used = 16 * MB;
    check();
    expect(collected).toEqual([16 * MB]);
    // Measured again after the collection (11 MB): the next one comes at 17, not at 22.
    used = 16.9 * MB;
    check();
    expect(collected).toHaveLength(1);
    used = 17 * MB;
    check();
    expect(collected).toEqual([16 * MB, 17 * MB]);
  });
});
