/**
 * Issue 10: the reader writes only the rows that changed (Ink's incremental mode), and what the
 * terminal then shows must be exactly what a whole-frame redraw shows. Two readers run side by
 * side on the hostile library (tests/helpers/hostile-library.ts: emoji, CJK, bidi, zalgo, zero
 * width, escapes), one incremental and one with INKPRESS_FULL_REDRAW=1; both get the same keys
 * and resizes, and after each step their screens must match. A stale row left by the
 * incremental one (a row the terminal measured wider than Ink did, a frame whose height changed)
 * never matches. Needs `npm run build` first (`npm test` runs it).
 */
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildHostileLibrary, type HostileLibrary } from '../helpers/hostile-library.js';
import { PROGRAM, runInTerminal, type Term } from '../helpers/term.js';
import { KEYS } from '../keys.js';

const run = promisify(execFile);
let hostile: HostileLibrary;
let work: string;
let listing: Array<{ id: string; path: string }>;

beforeAll(async () => {
  if (!existsSync(PROGRAM)) throw new Error(`${PROGRAM} is missing: run \`npm run build\` first`);
  hostile = buildHostileLibrary();
  work = mkdtempSync(join(tmpdir(), 'inkpress-incremental-e2e-'));
  const env = { ...process.env, INKPRESS_DIR: hostile.root, INKPRESS_STATE_DIR: join(work, 'list-state'), INKPRESS_CACHE_DIR: join(work, 'cache') };
  listing = JSON.parse((await run(process.execPath, [PROGRAM, 'list', '--json'], { env })).stdout) as typeof listing;
}, 20_000);
afterAll(() => {
  hostile?.remove();
  if (work) rmSync(work, { recursive: true, force: true });
});

/** The first marker of each shown file: on its first page, and in no other file. */
const firstMarker = (path: string): string => {
  const e = hostile.expected.find((x) => x.path === path);
  if (e?.kind !== 'shown') throw new Error(`${path} is not expected to be shown`);
  return e.markers[0]!;
};

/** The two readers, driven together. */
function pair(cols: number, rows: number) {
  const start = (name: string, full: boolean): Term =>
    runInTerminal({
      cols,
      rows,
      env: {
        INKPRESS_DIR: hostile.root,
        INKPRESS_STATE_DIR: mkdtempSync(join(work, `${name}-state-`)),
        INKPRESS_CACHE_DIR: join(work, `${name}-cache`),
        INKPRESS_FULL_REDRAW: full ? '1' : undefined,
      },
    });
  const incremental = start('incremental', false);
  const full = start('full', true);
  const both = [incremental, full];
  return {
    both,
    write: (keys: string) => both.forEach((t) => t.write(keys)),
    resize: (c: number, r: number) => both.forEach((t) => t.resize(c, r)),
    /**
     * Waits until the whole-frame reader shows `until`, then until both screens are the same.
     * Equal screens are a condition on whole frames (a frame half written on one side does not
     * match the other), so nothing is compared mid-frame.
     */
    async same(until: string | RegExp | ((s: string) => boolean), step: string): Promise<string> {
      await full.waitForScreen(until);
      try {
        return await incremental.waitForScreen((s) => s === full.screen());
      } catch {
        expect(incremental.screen(), `after ${step}: incremental screen against a full redraw`).toBe(full.screen());
        throw new Error('unreachable');
      }
    },
    /**
     * Resizes both terminals to `shrunk` rows and back while the readers are stopped, so each reads
     * SIGWINCH only once its size is what it was: Node then emits no `resize`, but the
     * terminal has moved its rows (xterm keeps the cursor's row in view when it shrinks).
     */
    resizeAndBackUnseen: (shrunk: number) =>
      both.forEach((t) => {
        process.kill(t.pid, 'SIGSTOP');
        t.resize(cols, shrunk);
        t.resize(cols, rows);
        process.kill(t.pid, 'SIGCONT');
      }),
    kill: () => both.forEach((t) => t.kill('SIGKILL')),
  };
}

describe('incremental frames against whole frames', () => {
  it('the hostile library, every article in turn, help, search, focus, resizes and a too-small terminal', async () => {
    const p = pair(130, 30);
    try {
      const counts = new RegExp(`\\d+ unread of ${listing.length}\\b`);
      await p.same(counts, 'start');
      p.write(KEYS.enter);
      await p.same(firstMarker(listing[0]!.path), 'Enter');
      for (const [i, row] of listing.entries()) {
        if (i === 0) continue;
        p.write('J');
        await p.same(firstMarker(row.path), `J to ${row.path}`);
        p.write(KEYS.space);
        // A page down shows the article's first marker, unless the article is longer than the
        // pane (the long one): then it has moved past its first line.
        const marker = firstMarker(row.path);
        await p.same((s) => s.includes(marker) || Number(/line (\d+)\/\d+/.exec(s)?.[1] ?? 1) > 1, `Space in ${row.path}`);
      }
      // The article's window is drawn as one text of runs: paging back, matches of `/` marked
      // on some lines, the next match, and a resize while it is open.
      p.write('b');
      await p.same((s) => /line 1\//.test(s), 'b back to the top of the last article');
      p.write('/');
      p.write('e');
      await p.same((s) => /^\/e/m.test(s) && /match 1\/\d+/.test(s), 'a search in the article');
      p.write(KEYS.enter);
      p.write('n');
      await p.same((s) => /match 2\/\d+/.test(s) || /match 1\/1\b/.test(s), 'n to the next match');
      // Conditions that hold only once the frame for the new size is drawn: the terminal resizes
      // at once, and the old frame's status line would match anything looser.
      const rows = (s: string) => s.split('\n');
      p.resize(100, 24);
      await p.same((s) => rows(s).length === 24 && rows(s)[0]!.startsWith('▶') && /unread of.*match \d+\/\d+/.test(rows(s)[22]!), 'a resize to 100x24 in the article');
      p.resize(130, 30);
      await p.same((s) => rows(s).length === 30 && rows(s)[0]!.includes('Sections') && /unread of.*match \d+\/\d+/.test(rows(s)[28]!), 'a resize back to 130x30 in the article');
      p.write(KEYS.escape);
      await p.same((s) => !/match \d+\/\d+/.test(s), 'Esc from the article search');
      p.write(KEYS.shiftTab);
      await p.same(/▶ All|All \(\d+\)/, 'Shift-Tab');
      p.write('G');
      await p.same(`${listing.length}/${listing.length}`, 'G');
      p.write('?');
      await p.same('Keys — ? or Esc closes', 'the help overlay');
      p.write('j');
      await p.same('Keys — ? or Esc closes', 'j in the help overlay');
      p.write(KEYS.escape);
      await p.same((s) => !s.includes('Keys — ?'), 'Esc from the help overlay');
      p.write('/');
      p.write('bell');
      await p.same(/^\/bell/m, 'the search line');
      p.write(KEYS.escape);
      await p.same((s) => !/^\/bell/m.test(s), 'Esc from the search line');
      p.resize(100, 24);
      await p.same(/unread of/, 'a resize to 100x24');
      p.write('g');
      await p.same(`1/${listing.length}`, 'g at 100x24');
      p.resize(30, 8);
      await p.same('Terminal too small (30×8)', 'a resize to 30x8');
      p.resize(130, 30);
      await p.same(/unread of/, 'a resize back to 130x30');
      p.write('j');
      await p.same(`2/${listing.length}`, 'j at 130x30');
    } finally {
      p.kill();
    }
  }, 120_000);

  it('a terminal resized and back before the reader reads SIGWINCH is drawn again whole', async () => {
    const p = pair(100, 30);
    try {
      await p.same(new RegExp(`\\d+ unread of ${listing.length}\\b`), 'start');
      p.write('j');
      await p.same(/ 2\/\d+ /, 'j');
      // Shrunk by 6 rows, xterm drops the 6 top rows to keep the cursor's row in view, and
      // grown back it adds blank rows below: the screen is shifted up, and no `resize` tells.
      p.resizeAndBackUnseen(24);
      p.write('j');
      await p.same(/ 3\/\d+ /, 'j after a resize and back that Node did not report');
    } finally {
      p.kill();
    }
  }, 30_000);
});
