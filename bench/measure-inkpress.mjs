// inkpress's reader (`node dist/inkpress.js`, no command) on a generated library, in a 120×40
// pty. Each launch gets a fresh INKPRESS_STATE_DIR; XDG_CACHE_HOME is one temp folder per
// library for the whole bench run, so the first launch is "cold" (empty cache folder) and later
// ones "warm" (whatever inkpress chose to cache there is reused). The OS page cache is not
// dropped: the library files are warm in memory for every launch, cold or not.
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import {
  KEYS,
  PtyScreen,
  Recognizer,
  cleanEnv,
  keyLatencies,
  launchTime,
  typingLatencies,
} from './pty-screen.mjs';

const repo = resolve(new URL('..', import.meta.url).pathname);
export const INKPRESS = join(repo, 'dist/inkpress.js');

/** The word typed into search, letter by letter; the library spells it `Bogotá`. */
export const SEARCH_WORD = 'bogota';

/**
 * Measures inkpress on a library. Launch `runs` times (the first cold); when the cold launch
 * is slow, fewer warm runs are made so the bench stays within `budgetMs` for this size (the
 * result says so). The last warm run goes on: Enter → article, Space/b paging, Esc back to the
 * list, `j` presses, then search rounds, and reads peak RSS.
 */
export async function measureInkpress({ meta, runs, presses, pages, searchRounds, budgetMs, log }) {
  if (!existsSync(INKPRESS)) return { skipped: `${INKPRESS} is missing: run \`npm run build\`` };
  const headlines = new Recognizer(meta.headlines);
  const bodies = new Recognizer(meta.firstParagraphs, 24);
  const showsHeadlines = (s) => headlines.linesMatching(s.lines()) >= 3;
  const cacheHome = await mkdtemp(join(tmpdir(), 'inkpress-bench-cache-'));
  const result = { cold: null, launches: [], article: null, paging: null, j: null, search: null, memory: null, notes: [] };
  const launch = async (keepOpen) => {
    const stateDir = await mkdtemp(join(tmpdir(), 'inkpress-bench-state-'));
    const env = cleanEnv({ INKPRESS_DIR: meta.root, INKPRESS_STATE_DIR: stateDir, XDG_CACHE_HOME: cacheHome });
    const screen = new PtyScreen(process.execPath, [INKPRESS], { env, cwd: repo });
    screen.stateDir = stateDir;
    try {
      const ms = await launchTime(screen, showsHeadlines, { label: 'inkpress headlines', timeout: 400_000 });
      if (!keepOpen) await finish(screen);
      return { ms, screen };
    } catch (err) {
      await finish(screen);
      throw err;
    }
  };
  const finish = async (screen) => {
    await screen.close(KEYS.ctrlC);
    await rm(screen.stateDir, { recursive: true, force: true });
  };
  try {
    const cold = await launch(false);
    result.cold = cold.ms;
    let warm = Math.max(1, runs - 1);
    const fits = Math.max(1, Math.floor(budgetMs / cold.ms));
    if (fits < warm) {
      result.notes.push(`${fits} warm launch${fits > 1 ? 'es' : ''} instead of ${warm}: a cold launch took ${(cold.ms / 1000).toFixed(1)} s`);
      warm = fits;
    }
    for (let r = 0; r < warm; r += 1) {
      const last = r === warm - 1;
      const { ms, screen } = await launch(last);
      result.launches.push(ms);
      if (last) {
        try {
          await interact(screen, { bodies, presses, pages, searchRounds, result });
        } finally {
          await finish(screen);
        }
      }
    }
  } catch (err) {
    result.notes.push(err.message + (err.screen ? `; screen:\n${err.screen.split('\n').slice(0, 8).join('\n')}` : ''));
  } finally {
    await rm(cacheHome, { recursive: true, force: true });
  }
  log?.(
    `inkpress ${meta.count}: cold ${result.cold?.toFixed(0)} ms, warm ${result.launches.map((x) => x.toFixed(0)).join(', ')} ms${result.notes.length ? ` (${result.notes.join('; ')})` : ''}`,
  );
  return result;
}

async function interact(screen, { bodies, presses, pages, searchRounds, result }) {
  // The list opens on the newest article, which the generator makes long enough to page.
  await screen.settle();
  let before = screen.signature();
  let sent = screen.press(KEYS.enter);
  const at = await screen.waitFor((s) => s.signature() !== before && bodies.linesMatching(s.lines()) >= 1, {
    label: 'inkpress article text',
    timeout: 30_000,
  });
  result.article = at - sent;
  result.paging = { ...(await keyLatencies(screen, [KEYS.space, 'b'], pages * 2)), keys: 'Space/b' };
  await screen.settle();
  before = screen.signature();
  screen.press(KEYS.escape);
  await screen.waitForChange(before, { label: 'back to the list' });
  result.j = await keyLatencies(screen, 'j', presses);
  const echo = [];
  const settled = [];
  const counts = [];
  const notes = [];
  for (let r = 0; r < searchRounds; r += 1) {
    await screen.settle();
    before = screen.signature();
    screen.press('/');
    await screen.waitForChange(before, { label: 'the search line' });
    const typed = await typingLatencies(screen, SEARCH_WORD);
    echo.push(...typed.echo);
    settled.push(...typed.settled);
    if (typed.note) notes.push(typed.note);
    // What the screen says the search found, as a check that it searched (not a timing).
    const m = screen.text().match(/(\d[\d,]*)\s+match/);
    counts.push(m ? m[1] : '?');
    await screen.settle();
    before = screen.signature();
    screen.press(KEYS.escape);
    await screen.waitForChange(before, { label: 'the search cleared' });
  }
  result.search = { word: SEARCH_WORD, echo, settled, counts, note: notes[0] ?? null };
  result.memory = screen.memory();
}
