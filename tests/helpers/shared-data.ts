/**
 * The shared data beside the clone (`../shared`: the user's seed page and the Global Voices
 * corpus), found in ONE place. A clone on its own has no `../shared`, and `npm test` must pass
 * there: a suite that needs it decides to skip from `existsSync` alone, before its body runs,
 * because vitest still runs the body of a `describe.skipIf(true)` to collect its tests, and a
 * `readFileSync` there fails the whole file (issue 12, item 5).
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, it } from 'vitest';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/** `../shared/corpus/globalvoices`: real saved pages, their RSS feed and reference extractions. */
export const GLOBAL_VOICES = path.resolve(repoRoot, '../shared/corpus/globalvoices');
/** `../shared/seed`: the user's original sample page. */
export const SEED = path.resolve(repoRoot, '../shared/seed');

/**
 * `describe(title, body)` when `dir` exists; otherwise one skipped test saying why, and `body`
 * never runs, so nothing in it (not even a read at collection time) can touch the missing folder.
 */
export function describeWithShared(dir: string, title: string, body: (dir: string) => void): void {
  if (existsSync(dir)) {
    describe(title, () => body(dir));
    return;
  }
  const shown = path.relative(repoRoot, dir);
  describe.skip(`${title} (skipped: ${shown} not found)`, () => {
    it(`needs ${shown}`, () => {});
  });
}
