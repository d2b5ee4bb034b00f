import { describe, expect, it } from 'vitest';
import { sharded } from '../../src/store/mark-files.js';
import { PackedIds } from '../../src/store/packed-ids.js';
import { SortedIds } from '../../src/store/sorted-ids.js';
import { SHARDS, shardOf } from '../../src/store/state-format.js';

const ids = ['0123456789abcdef', 'fedcba9876543210', 'not-hex-id', '00000000000000aa'];

/** The mark files' sets of `marked`, each id in the file its hash names. */
function files(marked: string[]): SortedIds[] {
  return Array.from({ length: SHARDS }, (_, n) => new SortedIds(marked.filter((id) => shardOf(id) === n).sort().map((id) => `${id}\n`).join('')));
}

describe('the marks of all mark files as one set', () => {
  it('finds exactly the marked ids, asked in any order and again', () => {
    const set = sharded(files(ids.slice(0, 2)));
    for (const id of [...ids, ...ids.reverse()]) expect([id, set.has(id)]).toEqual([id, id === '0123456789abcdef' || id === 'fedcba9876543210']);
    expect([...set].sort()).toEqual(['0123456789abcdef', 'fedcba9876543210']);
  });

  it('answers no for every id when no file holds any', () => {
    const set = sharded(files([]));
    for (const id of ids) expect(set.has(id)).toBe(false);
    expect([...set]).toEqual([]);
  });

  it('an empty packed set finds nothing', () => {
    const empty = PackedIds.decode('', '');
    for (const id of ids) expect(empty.indexOf(id)).toBe(-1);
  });
});
