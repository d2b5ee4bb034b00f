// `npm run bench` (issue 5): start-up, key latency, search and memory of inkpress's reader
// against newsboat and a minimal Ink program, on generated libraries of 1,000 to 50,000
// articles. A benchmark, not a test: it reports figures and fails only when it cannot run.
//
//   node bench/run.mjs                      full run: writes bench/RESULTS.md and bench/startup-memory.svg
//   node bench/run.mjs --sizes 1000         chosen sizes (report goes to bench/out/)
//   node bench/run.mjs --quick              fewer repetitions (report goes to bench/out/)
//   node bench/run.mjs --only floor,newsboat
//   node bench/run.mjs --only parse            parse throughput alone (MB/s per input shape)
import { execFileSync } from 'node:child_process';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { cpus, loadavg, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { ensureLibrary } from './generate.mjs';
import { LATER_OPENS } from './article-keys.mjs';
import { EARLY_MOVES } from './early-keys.mjs';
import { measureFloor, buildFloor } from './measure-floor.mjs';
import { measureParse } from './parse-mbps.mjs';
import { INKPRESS, SEARCH_WORD, measureInkpress } from './measure-inkpress.mjs';
import { INSTALL_HINT, measureNewsboat, newsboatVersion } from './measure-newsboat.mjs';
import { chartSvg, parseMarkdown, resultsMarkdown, table, targetsMarkdown, withKeptSections } from './report.mjs';

const here = resolve(new URL('.', import.meta.url).pathname);
const repo = resolve(here, '..');
const OUT = join(here, 'out');
const FULL_SIZES = [1000, 10_000, 50_000];

const { values: opts } = parseArgs({
  options: {
    sizes: { type: 'string' },
    quick: { type: 'boolean', default: false },
    only: { type: 'string' },
    help: { type: 'boolean', short: 'h', default: false },
  },
});
if (opts.help) {
  process.stdout.write('usage: node bench/run.mjs [--sizes 1000,10000,50000] [--quick] [--only inkpress,newsboat,floor,parse]\n');
  process.exit(0);
}
const sizes = opts.sizes ? opts.sizes.split(',').map((s) => Number(s.replace(/[_k]/g, (m) => (m === 'k' ? '000' : '')))) : FULL_SIZES;
if (sizes.some((n) => !Number.isInteger(n) || n < 10)) {
  process.stderr.write(`bench: --sizes wants whole numbers of articles (at least 10), got ${opts.sizes}\n`);
  process.exit(2);
}
const only = new Set((opts.only ?? 'inkpress,newsboat,floor,parse').split(','));
const full = !opts.quick && !opts.sizes && !opts.only;

// Repetitions: launches include the first (cold) one; the last launch goes on to the keys.
const plan = opts.quick
  ? { runs: 3, presses: 30, pages: 3, searchRounds: 1, budgetMs: 30_000, idleCapMs: 20_000 }
  : { runs: 6, presses: 100, pages: 10, searchRounds: 3, budgetMs: 90_000, idleCapMs: 90_000 };
// At 50,000 articles and more: one search round and fewer pages (said in the output).
const planFor = (size) => (size >= 50_000 && !opts.quick ? { ...plan, pages: 5, searchRounds: 1 } : plan);

const started = performance.now();
const log = (msg) => process.stdout.write(`[${((performance.now() - started) / 1000).toFixed(0).padStart(4)} s] ${msg}\n`);

function sh(cmd, args) {
  try {
    return execFileSync(cmd, args, { encoding: 'utf8', cwd: repo, timeout: 10_000 }).trim();
  } catch {
    return null;
  }
}

async function machine() {
  const cpuinfo = await readFile('/proc/cpuinfo', 'utf8').catch(() => '');
  const ink = JSON.parse(await readFile(join(repo, 'node_modules/ink/package.json'), 'utf8')).version;
  const commit = sh('git', ['describe', '--always', '--dirty']) ?? 'unknown commit';
  return {
    date: new Date().toISOString().replace(/\.\d+Z$/, 'Z'),
    cpu: cpuinfo.match(/^model name\s*:\s*(.+)$/m)?.[1] ?? cpus()[0]?.model ?? 'unknown CPU',
    cores: cpus().length,
    memGiB: totalmem() / 2 ** 30,
    node: `node ${process.version}`,
    ink,
    newsboat: newsboatVersion(),
    inkpressCommit: commit.endsWith('-dirty') ? `${commit.replace(/-dirty$/, '')} plus uncommitted changes in the work tree` : commit,
    loadStart: loadavg().map((x) => x.toFixed(2)).join(' '),
    loadEnd: null,
  };
}

const METHODS = [
  'All programs run in a real pseudo-terminal (node-pty, 120×40, TERM=xterm-256color, LANG=C.UTF-8, CI variables removed so Ink draws every frame, and NODE_EXTRA_CA_CERTS removed: a TLS proxy\'s setting on the bench machine, which makes node parse a certificate bundle before any program code runs); their output is fed into a headless xterm (@xterm/headless) and the bench reads the screen. Times are taken when output arrives from the pty, before the harness parses it; the clock for a launch starts right before the spawn.',
  'launch → headlines: until at least 3 screen lines show a headline of the library (the first 18 characters of any headline, looked up at each word start). inkpress: `node dist/inkpress.js` with INKPRESS_DIR, a fresh INKPRESS_STATE_DIR per launch, an empty INKPRESS_CONFIG_DIR, and one temp XDG_CACHE_HOME per library: "cold" is the first launch with that empty cache folder, "warm" the median of the later launches. The OS file cache is not dropped, so "cold" means inkpress\'s own cache only. newsboat and the floor have no cache of their own to warm: their first run is shown as cold, the median of the rest as warm.',
  'newsboat: the same articles as Atom feeds, one per section (its feed list then plays the part of inkpress\'s sections pane, and each feed stays a size real feeds have), file:// URLs loaded once into its SQLite cache with `newsboat -x reload`; a copy of that cache is used for each bench run, with its own config (j/k bound to down/up, as newsboat\'s defaults switch feeds with them) and HOME. Its first screen is the feed list; the bench presses Enter on the first (largest) feed as soon as the list shows, and compares its launch → headlines (which includes that Enter) with inkpress\'s; launch → feed list is shown too.',
  'floor (Ink): bench/floor/floor.tsx, a tiny Ink app (Ink\'s default render options) that reads the library\'s N headlines from a JSON file, renders the rows that fit and moves a highlight on j; Enter shows the long article (article 0, wrapped once when opened), Space/b page it, Esc goes back; bundled with esbuild like scripts/build.mjs bundles the app (minified ESM, node20, production React). It is the floor Ink itself costs. floor (Node): bench/floor/node-floor.mjs, the same screens written by plain Node.js with no Ink or React, only the changed rows written, one write per key: the floor of any Node.js reader (start-up, the event loop reading a key, the pty write). Both are measured like inkpress: the same launches, the same j and k presses, Enter once idle ' + LATER_OPENS + ' times (after Esc, j, idle) and the same Space/b pages.',
  '`j` → next frame: once the process is idle, and then after output has been quiet for 25 ms each time, press j (or k) and wait for the first output that changes the screen (text or cell attributes, so a moved highlight counts); 100 presses in the full run, median and p95. Output per frame: the bytes the program wrote to the terminal for one press, until its output went quiet.',
  '`j` right after the first frame (inkpress): one more warm launch; as soon as its headlines show, j ' + EARLY_MOVES + ' times, each as soon as the previous move is on the screen (as a held key repeats), timed from the press until the status line shows the new position (` 2/10000`…), so output its start writes meanwhile is not taken for the move. newsboat and the floors show their headlines only once they have read everything: the targets table holds this row against their `j` row. `/` and a search right after the first frame (inkpress): one more warm launch; `/` as soon as its headlines show, timed until the search line has the keys, then "' + SEARCH_WORD + '" letter by letter, each as soon as the last shows, timed until the line shows it (the echo: the results wait for the library).',
  'launch → idle: after the headlines frame, until the program\'s process has used no CPU for 250 ms (utime+stime in /proc/<pid>/stat, polled every 20 ms); this is when it has finished what it does in the background after its first frame (inkpress: reading and indexing the library, writing its cache). Taken on the launches that do not go on to the keys.',
  'Enter → article: until the screen changed and shows the first body paragraph of an article. "Right after the first frame": Enter on the first headline (the generator makes the newest article long, for paging) as soon as the headlines show, as a reader who knows what to open would. "Once idle": ' + LATER_OPENS + ' more times, each after going back (inkpress Esc, newsboat q), `j`, and waiting for the process to be idle.',
  '`k` → next frame: right after the `j` presses, as many `k` presses measured the same way (the list scrolls back up one row at a time once the selection reaches the top of the window).',
  'J / K → next / previous article: from the article open after the later opens, J 8 times and then K 8 times, each once the process is idle (as a reader who has read the article would), until the screen shows another article\'s first body paragraph (a "Loading…" frame does not count). newsboat\'s own J/K (next/prev entry) do the same in its article view.',
  'CPU per `j`, per page: the CPU time the program ran on from before the first press to after the last, divided by the presses (the scheduler\'s own account in /proc/<pid>/schedstat, in ns): its main thread (the JavaScript thread of inkpress and the floors), and all its threads (V8\'s compiler and GC helpers, libuv\'s pool). The presses come once the program is idle, 25 ms of quiet apart, so this is what the frames cost, not the latency a reader waits.',
  'page in article: inkpress Space and b alternately, newsboat PgDn and PgUp alternately (its Space pages down but has no page-up twin), each to the first changed frame; 20 presses in the full run. inkpress pages right after its first frame, while it still reads the library in the background; "once idle" is a second series at the end of its session (g, Enter on the long article, idle, the same pages). newsboat and the floors have nothing in the background: their one series stands in both rows.',
  `search: \`/\` then "${SEARCH_WORD}" typed letter by letter (the library spells it Bogotá; inkpress folds accents), 3 rounds in the full run. Per letter: keypress → the last output before the screen stays still for 300 ms (the narrowed list and count), and keypress → the first changed frame (the echo). The match count the screen shows after the last letter is reported as a check.`,
  'peak RSS: VmHWM from /proc/<pid>/status of the program\'s own process at the end of the interactive session (after paging, j and search), and the largest VmRSS polled every 50 ms; the larger of the two is shown. inkpress\'s cold launch has its own row, "peak RSS, cold launch → idle": the same two figures of its first launch (an empty cache folder: every file read, parsed and indexed), taken once it is idle.',
  'parse throughput: `measureParse` of bench/parse-mbps.mjs, bundled from the sources like the reader: bytes of a file → its sanitized articles, for every shape of bench/parse-shapes.mjs (long lines, many tabs, wide, zero-width and combining characters, saved HTML, feeds, Markdown, JSON) at 50 KB, 500 KB and 5 MB, plus the real saved pages of ../shared/corpus when present; CPU time (user + system of the bench process, so GC counts), the first parse of each input (the bound of 1 s is checked on it) and the best of the parses that follow, repeated until the best has not improved for 5 parses (at least 3, 1 with --quick; at most 40, or 3 s of CPU a row): the throughput of a parser that has been running, as a parse worker is while it reads a library. Every shape is parsed twice at the smallest size before any row.',
  'Repetitions: 6 launches each (1 cold + 5 warm) in the full run; inkpress makes fewer warm launches when its launches (to idle) are slow, so a size stays within about 90 s of warm launches (the notes say when); the idle wait gives up after 90 s ("> N (still busy)"). At 50,000 articles: 5 Space/b pairs and 1 search round. --quick: 3 launches, 30 presses, 1 search round, 20 s idle cap.',
];

/** RESULTS.md as it is, with the sections this script does not write kept (see {@link withKeptSections}). */
async function keepOtherSections(path, report) {
  return withKeptSections(await readFile(path, 'utf8').catch(() => ''), report);
}

async function main() {
  await mkdir(OUT, { recursive: true });
  const info = await machine();
  log(`machine: ${info.cpu}, ${info.cores} cores, ${info.memGiB.toFixed(1)} GiB, ${info.node}, load ${info.loadStart}`);
  log(`sizes ${sizes.join(', ')}; ${opts.quick ? 'quick' : 'full'} repetitions: ${JSON.stringify(plan)}`);
  if (!info.newsboat && only.has('newsboat')) log(`newsboat: ${INSTALL_HINT}. Measuring the rest.`);
  if (only.has('floor')) await buildFloor(OUT);
  const results = [];
  const programs = ['inkpress', 'newsboat', 'floor'].some((p) => only.has(p));
  for (const size of programs ? sizes : []) {
    const meta = await ensureLibrary(size, OUT, log);
    if (meta.reused) log(`library ${size}: reusing ${meta.root}`);
    const r = { size, bytes: meta.bytes, folders: meta.folders };
    for (const p of ['floor', 'newsboat', 'inkpress']) if (!only.has(p)) r[p] = { notRun: true };
    if (!only.has('floor')) r.nodeFloor = { notRun: true };
    if (only.has('floor')) {
      r.floor = await measureFloor({ meta, outDir: OUT, runs: plan.runs, presses: plan.presses, pages: plan.pages, which: 'ink', log });
      r.nodeFloor = await measureFloor({ meta, outDir: OUT, runs: plan.runs, presses: plan.presses, pages: plan.pages, which: 'node', log });
    }
    if (only.has('newsboat')) {
      r.newsboat = info.newsboat
        ? await measureNewsboat({ meta, outDir: OUT, runs: plan.runs, presses: plan.presses, pages: plan.pages, log }).catch((err) => ({
            skipped: `failed: ${err.message}`,
          }))
        : { skipped: INSTALL_HINT };
    }
    if (size >= 50_000 && !opts.quick) log(`${size}: fewer repetitions (5 page pairs, 1 search round; warm launches as the time budget allows)`);
    if (only.has('inkpress')) r.inkpress = await measureInkpress({ meta, ...planFor(size), log });
    results.push(r);
    await writeFile(join(OUT, 'results.json'), JSON.stringify({ info, plan, results }, null, 1));
  }
  // Parse throughput (issue 10): bytes → articles for every input shape at real page sizes,
  // CPU time, best of the rounds. Taken last, so it never competes with the programs above.
  let parse = null;
  if (only.has('parse')) {
    const parseSizes = opts.quick ? [50_000, 500_000] : [50_000, 500_000, 5_000_000];
    log(`parse throughput at ${parseSizes.map((n) => `${n / 1000} KB`).join(', ')}`);
    parse = { sizes: parseSizes, rows: await measureParse({ sizes: parseSizes, rounds: opts.quick ? 1 : 3 }) };
    await writeFile(join(OUT, 'results.json'), JSON.stringify({ info, plan, results, parse }, null, 1));
  }
  info.loadEnd = loadavg().map((x) => x.toFixed(2)).join(' ');
  const elapsedS = (performance.now() - started) / 1000;
  const { markdown, notes } = table(results);
  process.stdout.write(`\n${markdown}\n\n${notes.map((n) => `- ${n}`).join('\n')}\n\n`);
  if (parse) process.stdout.write(`${parseMarkdown(parse)}\n\n`);
  if (results.length) process.stdout.write(`${targetsMarkdown(results, parse)}\n\n`);
  const dir = full ? here : OUT;
  const partial = full ? null : [opts.quick && 'quick', opts.sizes && `sizes ${opts.sizes}`, opts.only && `only ${opts.only}`].filter(Boolean).join(', ');
  const svgName = 'startup-memory.svg';
  if (results.length) await writeFile(join(dir, svgName), chartSvg(results));
  const report = resultsMarkdown({ machine: info, results, parse, methods: METHODS, elapsedS, partial, svgName });
  await writeFile(join(dir, 'RESULTS.md'), full ? await keepOtherSections(join(dir, 'RESULTS.md'), report) : report);
  log(`wrote ${join(dir, 'RESULTS.md')} and ${join(dir, svgName)} (${INKPRESS.replace(`${repo}/`, '')} measured)`);
}

main().catch((err) => {
  process.stderr.write(`bench: ${err.stack ?? err}\n`);
  process.exit(1);
});
