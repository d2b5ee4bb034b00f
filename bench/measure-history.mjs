// `npm run bench:history` (issue 9, item 9): the reader's key figures with a long reading
// history, side by side with an empty one. The same generated library is opened with a state
// of 0, 10,000 and 100,000 marks (ids of articles long gone, as a long-time reader's history
// is); for each, in interleaved rounds (the order turned each round) so every state sees the same machine load: `j` in the
// list, `r` (a read mark: a store write before its frame), Enter, Space/b paging and `j` in the
// article, and paging again once `A` has marked every article read in the session. Also the
// store's own open time up to 1,000,000 entries, in-process.
//
//   node bench/measure-history.mjs [--articles 1000] [--marks 0,10000,100000] [--rounds 3] [--presses 40]
//
// Writes its section of bench/RESULTS.md (between the history markers; the rest is run.mjs's).
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir, loadavg, cpus } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { importSources } from './import-sources.mjs';
import { ensureLibrary } from './generate.mjs';
import { INKPRESS } from './measure-inkpress.mjs';
import { backToList, openArticle } from './article-keys.mjs';
import { KEYS, PtyScreen, Recognizer, cleanEnv, keyLatencies, launchTime, stats } from './pty-screen.mjs';

const here = resolve(new URL('.', import.meta.url).pathname);
const repo = resolve(here, '..');
const { values: opts } = parseArgs({
  options: {
    articles: { type: 'string', default: '1000' },
    marks: { type: 'string', default: '0,10000,100000' },
    rounds: { type: 'string', default: '3' },
    presses: { type: 'string', default: '40' },
    'store-sizes': { type: 'string', default: '0,10000,100000,1000000' },
    write: { type: 'boolean', default: true },
  },
});
const articles = Number(opts.articles);
const markSizes = opts.marks.split(',').map(Number);
const rounds = Number(opts.rounds);
const presses = Number(opts.presses);
const log = (m) => process.stdout.write(`${m}\n`);

/** The store, bundled from the source (the CLI bundle does not export it). */
function loadStore() {
  return importSources(["export * from './src/store/conf-store.ts';"]);
}

/** A state folder with `n` marks: every one read, one in ten starred, one in five with a position. */
async function seedState({ openConfStore }, n) {
  const dir = await mkdtemp(join(tmpdir(), 'inkpress-bench-history-'));
  const store = openConfStore({ dir });
  const changes = new Map();
  for (let i = 0; i < n; i += 1) {
    const id = ((i * 2654435761) >>> 0).toString(16).padStart(8, '0') + i.toString(16).padStart(8, '0');
    changes.set(id, { read: true, ...(i % 10 === 0 && { starred: true }), ...(i % 5 === 0 && { position: (i % 40) + 1 }) });
  }
  if (n > 0) store.update(changes);
  store.close();
  return dir;
}

async function storeOpenTimes(mod) {
  const rows = [];
  for (const n of opts['store-sizes'].split(',').map(Number)) {
    const dir = await seedState(mod, n);
    const times = [];
    for (let k = 0; k < 3; k += 1) {
      const t = performance.now();
      mod.openConfStore({ dir }).snapshot().get('x');
      times.push(performance.now() - t);
    }
    rows.push({ n, ms: stats(times).median });
    log(`store open with ${n} entries: ${stats(times).median.toFixed(0)} ms (median of 3)`);
    await rm(dir, { recursive: true, force: true });
  }
  return rows;
}

/** Presses `key` and waits for its frame and for the reader to be idle again. */
async function pressAndSettle(screen, key) {
  const before = screen.signature();
  screen.press(key);
  await screen.waitForChange(before, { label: `the frame after ${key}`, timeout: 10_000 });
  await screen.waitIdle({ timeout: 30_000 });
}

/** One launch on `stateDir`: j and r in the list, Enter, paging, j in the article, A then paging. Latencies in ms. */
async function measureOnce(meta, stateDir) {
  const headlines = new Recognizer(meta.headlines);
  const bodies = new Recognizer(meta.firstParagraphs, 24);
  const configDir = await mkdtemp(join(tmpdir(), 'inkpress-bench-config-'));
  const base = Object.fromEntries(Object.entries(cleanEnv()).filter(([k]) => !k.startsWith('INKPRESS_')));
  const env = cleanEnv({ ...base, INKPRESS_CONFIG_DIR: configDir, INKPRESS_DIR: meta.root, INKPRESS_STATE_DIR: stateDir });
  const screen = new PtyScreen(process.execPath, [INKPRESS], { env, cwd: repo });
  const out = {};
  try {
    out.start = [await launchTime(screen, (s) => headlines.linesMatching(s.lines()) >= 3, { label: 'headlines' })];
    await screen.waitIdle({ timeout: 60_000 });
    out.j = (await keyLatencies(screen, 'j', presses)).samples;
    out.r = (await keyLatencies(screen, 'r', presses)).samples;
    out.enter = [await openArticle(screen, bodies)];
    out.paging = (await keyLatencies(screen, [KEYS.space, 'b'], presses)).samples;
    out.articleJ = (await keyLatencies(screen, ['j', 'k'], presses)).samples;
    await backToList(screen, KEYS.escape);
    // `A` marks the whole list read (this session's changes: every article of the library), then
    // paging again, where each page saves a position; `u` takes the marks back for the next round.
    await pressAndSettle(screen, 'A');
    await openArticle(screen, bodies);
    out.pagingAfterA = (await keyLatencies(screen, [KEYS.space, 'b'], presses)).samples;
    await backToList(screen, KEYS.escape);
    await pressAndSettle(screen, 'u');
  } finally {
    await screen.close(KEYS.ctrlC);
    await rm(configDir, { recursive: true, force: true });
  }
  return out;
}

const FIGURES = [['start', 'start → headlines'], ['j', '`j` in the list'], ['r', '`r` (read mark, written before its frame)'], ['enter', 'Enter → article'], ['paging', 'Space/b paging'], ['articleJ', '`j`/`k` in the article'], ['pagingAfterA', 'Space/b paging after `A` marked every article read']];

async function main() {
  const mod = await loadStore();
  const storeRows = await storeOpenTimes(mod);
  const meta = await ensureLibrary(articles, join(here, 'out'), log);
  const states = new Map();
  for (const n of markSizes) states.set(n, await seedState(mod, n));
  const samples = new Map(markSizes.map((n) => [n, Object.fromEntries(FIGURES.map(([k]) => [k, []]))]));
  // Each launch's own median too: how far launches of the same state spread (the noise to read a ratio against).
  const launches = new Map(markSizes.map((n) => [n, Object.fromEntries(FIGURES.map(([k]) => [k, []]))]));
  const loadAtStart = loadavg()[0];
  for (let round = 0; round < rounds; round += 1) {
    // The order turns every round, so no state always runs first or right after the largest one.
    const order = markSizes.map((_, i) => markSizes[(i + round) % markSizes.length]);
    for (const n of order) {
      const once = await measureOnce(meta, states.get(n));
      for (const [k] of FIGURES) {
        samples.get(n)[k].push(...(once[k] ?? []));
        const median = stats(once[k] ?? [])?.median;
        if (median !== undefined) launches.get(n)[k].push(median);
      }
      log(`round ${round + 1}, ${n} marks: j ${stats(once.j)?.median.toFixed(1)} ms, r ${stats(once.r)?.median.toFixed(1)} ms, paging ${stats(once.paging)?.median.toFixed(1)} ms`);
    }
  }
  for (const dir of states.values()) await rm(dir, { recursive: true, force: true });
  const head = `| | ${markSizes.map((n) => `${n.toLocaleString('en')} marks`).join(' | ')} |`;
  const rule = `|---|${markSizes.map(() => '---').join('|')}|`;
  const lines = FIGURES.map(([k, label]) => {
    const base = stats(samples.get(markSizes[0])[k])?.median;
    const cells = markSizes.map((n, i) => {
      const s = stats(samples.get(n)[k]);
      if (!s) return '–';
      const ratio = i === 0 || !base ? '' : ` (×${(s.median / base).toFixed(2)})`;
      const each = stats(launches.get(n)[k]);
      const spread = each && each.n > 1 ? ` [${each.min.toFixed(1)}–${each.max.toFixed(1)}]` : '';
      return `${s.median.toFixed(1)} ms${ratio}${spread}`;
    });
    return `| ${label} | ${cells.join(' | ')} |`;
  });
  const section = [
    '<!-- history:start (bench/measure-history.mjs writes this section) -->',
    '## With a reading history (issue 9)',
    '',
    `Library of ${articles.toLocaleString('en')} generated articles, 120×40 pty; the same reader opened with a state of ${markSizes.map((n) => n.toLocaleString('en')).join(', ')} marks, ` +
      `${rounds} interleaved rounds of ${presses} presses per key, the order of the states turned each round (median of all presses, keypress → first changed frame; ratio to the empty state in brackets; ` +
      `in square brackets the lowest and highest median of a single launch, the spread to read a ratio against). ` +
      `Machine: ${cpus().length} cores, load average ${loadAtStart.toFixed(1)} at the start, ${loadavg()[0].toFixed(1)} at the end (shared with other work: compare the ratios, not the absolute times).`,
    '',
    head, rule, ...lines,
    '',
    'Opening the store (in-process: read the mark files and journal), median of 3:',
    '',
    `| entries | ${storeRows.map((r) => r.n.toLocaleString('en')).join(' | ')} |`,
    `|---|${storeRows.map(() => '---').join('|')}|`,
    `| open | ${storeRows.map((r) => `${r.ms.toFixed(0)} ms`).join(' | ')} |`,
    '<!-- history:end -->',
  ].join('\n');
  log(`\n${section}`);
  if (opts.write) {
    const path = join(here, 'RESULTS.md');
    const text = await readFile(path, 'utf8');
    const re = /<!-- history:start[\s\S]*?<!-- history:end -->/;
    await writeFile(path, re.test(text) ? text.replace(re, section) : `${text.trimEnd()}\n\n${section}\n`);
  }
}

await main();
process.exit(0);
