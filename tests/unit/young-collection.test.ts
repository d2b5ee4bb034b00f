/**
 * The reader's young generation is scavenged in a pause in the keys (issue 10), not in the frame
 * of whichever key finds it full: `collectYoung` empties it of garbage, and the request waits for
 * a pause in input as the start's last full collection does (`pauseCollector`).
 */
import v8 from 'node:v8';
import { describe, expect, it } from 'vitest';
import { pauseCollector } from '../../src/library/live/full-collection.js';
import { collectYoung } from '../../src/library/live/young-collection.js';

const youngUsed = (): number => v8.getHeapSpaceStatistics().find((s) => s.space_name === 'new_space')!.space_used_size;

describe('young collection', () => {
  it('empties the young generation of garbage', () => {
    // About a megabyte of short-lived objects, as a key's frame makes.
    const frame = (): number => {
      let sink = 0;
      for (let i = 0; i < 20_000; i++) sink += { at: i, text: `row ${i}` }.text.length;
      return sink;
    };
    // One frame first (what compiling it keeps), then two scavenges: an object that survives one
    // stays young until the next (V8's intermediate generation), so after one the nursery could
    // still hold the runner's live objects (462 KB once in a full suite, over a quarter of a frame).
    frame();
    collectYoung();
    collectYoung();
    const empty = youngUsed();
    expect(frame()).toBeGreaterThan(0);
    const garbage = youngUsed() - empty;
    expect(garbage).toBeGreaterThan(256 * 1024);
    expect(collectYoung()).toBe(true);
    expect(youngUsed() - empty).toBeLessThan(garbage / 4);
  });

  it('a scavenge asked for during keys comes once, at the pause after the last one', () => {
    let t = 0;
    let scavenges = 0;
    const young = pauseCollector(() => scavenges++, () => t);
    // Ten keys 30 ms apart, each asking (as the reader does): none scavenges between them.
    for (let k = 0; k < 10; k++) {
      young.input();
      young.request();
      t += 30;
    }
    expect(scavenges).toBe(0);
    // Asked again once input has paused long enough (the articles ahead prepared): at once.
    t += 1_000;
    young.request();
    expect(scavenges).toBe(1);
  });
});
