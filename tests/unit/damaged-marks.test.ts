import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openConfStore } from '../../src/store/conf-store.js';
import { shardOf } from '../../src/store/state-format.js';

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'inkpress-damaged-marks-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** 16-hex-digit ids (as inkpress makes them) that all land in one mark file. */
function idsOfOneFile(count: number): string[] {
  const ids: string[] = [];
  for (let i = 0; ids.length < count; i++) {
    const id = (0x1000000 + i * 7919).toString(16).padStart(16, 'a');
    if (shardOf(id) === 3) ids.push(id);
  }
  return ids;
}

/** A state folder with `ids` read and every other one at a position; returns its mark file. */
function stateWith(name: string, ids: string[]): { stateDir: string; file: string } {
  const stateDir = join(dir, name);
  const store = openConfStore({ dir: stateDir });
  store.update(new Map(ids.map((id, k) => [id, { read: true, ...(k % 2 === 0 && { position: `${k + 1}:5` }) }])));
  store.close();
  return { stateDir, file: join(stateDir, 'marks', '3.json') };
}

/** Rewrites one string field of a mark file. */
function damage(file: string, field: string, change: (value: string) => string): string {
  const shard = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
  shard[field] = change(shard[field] as string);
  const text = JSON.stringify(shard);
  writeFileSync(file, text);
  return text;
}

describe('a mark file damaged inside its packed ids or positions', () => {
  const ids = idsOfOneFile(40);

  it('is reported and moved aside, never read with its ids shifted into other articles', () => {
    const { stateDir, file } = stateWith('packed', ids);
    // One byte in the middle of the base64 turned into one that is not base64: the decoder
    // skips it, and every id after it would be read as another id.
    const damaged = damage(file, 'read', (packed) => `${packed.slice(0, 100)}!${packed.slice(101)}`);
    const store = openConfStore({ dir: stateDir });
    const notices = store.takeNotices();
    expect(notices).toHaveLength(1);
    expect(notices[0]).toMatch(/Reading state file .*marks\/3\.json was corrupt \(its packed ids are damaged: \d+ characters of base64 give \d+ bytes, not whole 8-byte ids\); it was moved to .*marks\/3\.unreadable-.*\.json/);
    const aside = notices[0]!.match(/moved to (\S+\.json) and/)![1]!;
    expect(readFileSync(aside, 'utf8')).toBe(damaged);
    // Nothing of the damaged file is taken as marks (no shifted ids read as read).
    const marks = store.snapshot();
    expect(ids.filter((id) => marks.get(id)?.read)).toEqual([]);
    expect([...marks.keys()]).toEqual([]);
    // A new mark file starts: marks made now are kept.
    store.setRead([ids[0]!], true);
    store.close();
    const again = openConfStore({ dir: stateDir });
    expect(again.takeNotices()).toEqual([]);
    expect(again.snapshot().get(ids[0]!)?.read).toBe(true);
  });

  it('is reported when a line of its positions is lost (every later position would go to the next article)', () => {
    const { stateDir, file } = stateWith('positions', ids);
    damage(file, 'positions', (values) => values.replace('\n', ''));
    const [notice, ...rest] = openConfStore({ dir: stateDir }).takeNotices();
    expect(rest).toEqual([]);
    expect(notice).toMatch(/marks\/3\.json was corrupt \(it has 19 position\(s\) for 20 article\(s\), so they cannot be paired\); it was moved to /);
    expect(readdirSync(join(stateDir, 'marks')).filter((f) => f.startsWith('3.unreadable-'))).toHaveLength(1);
  });

  it('reads an undamaged file as written (the check does not refuse good files)', () => {
    const { stateDir } = stateWith('good', ids);
    const store = openConfStore({ dir: stateDir });
    expect(store.takeNotices()).toEqual([]);
    expect(ids.every((id) => store.snapshot().get(id)?.read)).toBe(true);
    expect(store.snapshot().get(ids[2]!)?.position).toBe('3:5');
  });
});
