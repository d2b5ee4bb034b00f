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
  Timeout,
  typingLatencies,
} from './pty-screen.mjs';
import { LATER_OPENS, articleKeyLatencies, backToList, openArticle, openNextOnceIdle } from './article-keys.mjs';
import { keysRightAfterStart } from './early-keys.mjs';

/** The longest a launch may take to show headlines before it is reported as `> N`. */
const LAUNCH_TIMEOUT = 400_000;

const repo = resolve(new URL('..', import.meta.url).pathname);
export const INKPRESS = join(repo, 'dist/inkpress.js');

/** The environment of an inkpress on `meta`'s library whose state, config and cache live under `work`. */
export function workEnv(meta, work) {
  return cleanEnv({
    INKPRESS_DIR: meta.root,
    INKPRESS_STATE_DIR: join(work, 'state'),
    INKPRESS_CONFIG_DIR: join(work, 'config'),
    XDG_CACHE_HOME: join(work, 'cache'),
    XDG_CONFIG_HOME: join(work, 'config'),
  });
}

/**
 * {@link workEnv} once a first (cold) launch of `bin` has filled that cache: launches with it
 * start warm. Used by the scripts that look into one kind of launch (warm-trace.mjs,
 * paging-warmup.mjs, idle-cpu.mjs).
 */
export async function warmedEnv(meta, work, bin = INKPRESS) {
  const env = workEnv(meta, work);
  const headlines = new Recognizer(meta.headlines);
  const first = new PtyScreen(process.execPath, [bin], { env });
  await first.waitFor(() => headlines.linesMatching(first.lines()) >= 3, { timeout: 180_000, label: 'headlines (cold)' });
  await first.waitIdle({ timeout: 180_000 });
  await first.close('Q', 10_000);
  return env;
}

/** The word typed into search, letter by letter; the library spells it `Bogotá`. */
export const SEARCH_WORD = 'bogota';

/**
 * Measures inkpress on a library. Launch `runs` times (the first cold); when the cold launch
 * is slow, fewer warm runs are made so the bench stays within `budgetMs` for this size (the
 * result says so). The last warm run goes on: Enter → article, Space/b paging, Esc back to the
 * list, `j` presses, then search rounds, and reads peak RSS. Two more warm launches time `j`
 * (`jEarly`), and `/` with a search typed (`searchEarly`), right after their first frame.
 */
export async function measureInkpress({ meta, runs, presses, pages, searchRounds, budgetMs, idleCapMs, log }) {
  if (!existsSync(INKPRESS)) return { skipped: `${INKPRESS} is missing: run \`npm run build\`` };
  const headlines = new Recognizer(meta.headlines);
  const bodies = new Recognizer(meta.firstParagraphs, 24);
  const showsHeadlines = (s) => headlines.linesMatching(s.lines()) >= 3;
  const cacheHome = await mkdtemp(join(tmpdir(), 'inkpress-bench-cache-'));
  const configDir = await mkdtemp(join(tmpdir(), 'inkpress-bench-config-'));
  const result = { cold: null, launches: [], coldIdle: null, coldMemory: null, idle: [], article: null, articleLater: [], paging: null, pagingIdle: null, nextPrev: null, j: null, jEarly: null, searchEarly: null, k: null, search: null, memory: null, notes: [] };
  // Launches still busy when the idle wait gave up (ms since spawn): reported as "> N".
  const busy = [];
  const launch = async (keepOpen) => {
    const stateDir = await mkdtemp(join(tmpdir(), 'inkpress-bench-state-'));
    // Only the INKPRESS_* settings chosen here (INKPRESS_CACHE_DIR would bypass XDG_CACHE_HOME).
    const base = Object.fromEntries(Object.entries(cleanEnv()).filter(([k]) => !k.startsWith('INKPRESS_')));
    // An empty config folder too: a user's key remapping or theme must not change what is measured.
    const env = cleanEnv({ ...base, INKPRESS_CONFIG_DIR: configDir, INKPRESS_DIR: meta.root, INKPRESS_STATE_DIR: stateDir, XDG_CACHE_HOME: cacheHome });
    const screen = new PtyScreen(process.execPath, [INKPRESS], { env, cwd: repo });
    screen.stateDir = stateDir;
    try {
      const ms = await launchTime(screen, showsHeadlines, { label: 'inkpress headlines', timeout: LAUNCH_TIMEOUT });
      let idleMs = null;
      let memory = null;
      if (!keepOpen) {
        // Launch → idle: the first frame may come before the library is fully read and indexed.
        const idleAt = await screen.waitIdle({ timeout: idleCapMs });
        idleMs = idleAt === null ? null : idleAt - screen.t0;
        if (idleAt === null) busy.push(performance.now() - screen.t0);
        // The peak of the launch to idle (a cold one reads, parses and indexes every file).
        memory = screen.memory();
        await finish(screen);
      }
      return { ms, idleMs, memory, screen };
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
    let cold;
    try {
      cold = await launch(false);
    } catch (err) {
      if (err instanceof Timeout) result.coldAtLeast = LAUNCH_TIMEOUT;
      throw err;
    }
    result.cold = cold.ms;
    result.coldIdle = cold.idleMs;
    result.coldMemory = cold.memory;
    if (cold.idleMs === null) result.coldIdleAtLeast = busy[0];
    // Plain warm launches while the budget allows (judged by the last launch's time), then
    // one more that goes on to the keys.
    const target = Math.max(1, runs - 1);
    let spent = 0;
    let lastMs = cold.idleMs ?? busy[0] ?? cold.ms;
    while (result.launches.length < target - 1) {
      if (spent + lastMs > budgetMs) {
        result.notes.push(
          `${result.launches.length + 1} warm launch${result.launches.length ? 'es' : ''} instead of ${target}, to stay within the time budget (the last launch took ${(lastMs / 1000).toFixed(1)} s)`,
        );
        break;
      }
      const plain = await launch(false);
      lastMs = plain.idleMs ?? busy.at(-1) ?? plain.ms;
      spent += lastMs;
      result.launches.push(plain.ms);
      if (plain.idleMs !== null) result.idle.push(plain.idleMs);
      else result.warmIdleAtLeast = busy.at(-1);
    }
    const { ms, screen } = await launch(true);
    result.launches.push(ms);
    try {
      await interact(screen, { bodies, presses, pages, searchRounds, idleCapMs, result });
    } finally {
      await finish(screen);
    }
    Object.assign(result, await keysRightAfterStart(launch, finish, { total: meta.count, word: SEARCH_WORD }));
  } catch (err) {
    result.notes.push(err.message + (err.screen ? `; the screen then began: ${err.screen.split('\n').map((l) => l.trim()).filter(Boolean).slice(0, 4).join(' / ')}` : ''));
  } finally {
    await rm(cacheHome, { recursive: true, force: true });
    await rm(configDir, { recursive: true, force: true });
  }
  log?.(
    `inkpress ${meta.count}: cold ${result.cold?.toFixed(0)} ms, warm ${result.launches.map((x) => x.toFixed(0)).join(', ')} ms${result.notes.length ? ` (${result.notes.join('; ')})` : ''}`,
  );
  return result;
}

/** How many times J (then K) moves to the next (previous) article. */
export const ARTICLE_MOVES = 8;

/** J `moves` times, then K as often, each to the other article's text; J's and K's samples together. */
export async function nextPrevLatencies(screen, bodies, moves, keys = ['J', 'K']) {
  const next = await articleKeyLatencies(screen, bodies, keys[0], moves);
  const prev = await articleKeyLatencies(screen, bodies, keys[1], moves);
  return { samples: [...next.samples, ...prev.samples], next: next.samples, prev: prev.samples, note: next.note ?? prev.note, keys: keys.join('/') };
}

async function interact(screen, { bodies, presses, pages, searchRounds, idleCapMs, result }) {
  // Right after the first frame, as a reader who knows what to open would: the list opens on
  // the newest article, which the generator makes long enough to page.
  result.article = await openArticle(screen, bodies);
  let before;
  result.paging = { ...(await keyLatencies(screen, [KEYS.space, 'b'], pages * 2)), keys: 'Space/b' };
  // The rest is measured once the reader is idle, if it gets there within the cap.
  if ((await screen.waitIdle({ timeout: idleCapMs })) === null) {
    result.notes.push(
      `still busy ${((performance.now() - screen.t0) / 1000).toFixed(0)} s after launch: the later opens, j and search were measured while it was working in the background`,
    );
  }
  // Later opens, once the reader is idle: back, next headline, Enter.
  for (let k = 0; k < LATER_OPENS; k += 1) result.articleLater.push(await openNextOnceIdle(screen, bodies));
  // J and K from the open article, each once idle: the next article's text, then back.
  result.nextPrev = await nextPrevLatencies(screen, bodies, ARTICLE_MOVES);
  await backToList(screen, KEYS.escape);
  await screen.waitIdle({ timeout: 5_000 });
  result.j = await keyLatencies(screen, 'j', presses);
  result.k = await keyLatencies(screen, 'k', presses);
  const echo = [];
  const settled = [];
  const counts = [];
  const notes = [];
  await screen.waitIdle({ timeout: 5_000 });
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
  // Paging once idle, as the others page (nothing of theirs runs in the background): the long
  // article again (g: the first headline), its CPU per page taken with it.
  await screen.settle();
  before = screen.signature();
  screen.press('g');
  await screen.waitForChange(before, { label: 'the first headline' }).catch(() => {});
  await screen.waitIdle({ timeout: 5_000 });
  await openArticle(screen, bodies);
  await screen.waitIdle({ timeout: 5_000 });
  result.pagingIdle = { ...(await keyLatencies(screen, [KEYS.space, 'b'], pages * 2)), keys: 'Space/b' };
  result.memory = screen.memory();
}
