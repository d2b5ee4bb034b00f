// What bounds a cold launch (issue 10: launch → idle under 3 s at 10,000 articles): the reader's
// own work, or the parse of every file on the two threads it has? inkpress is launched cold (an
// empty cache folder) on the generated library in a real pty, `rounds` times; then the same
// files are parsed by the same code outside the reader, each time in a fresh process (its code as
// cold as a launch's): every file on one thread, and half on each of two threads at once (the
// reader's thread and one parse worker, as on a 2-core machine). The reader's launch to idle
// minus the two-thread parse is what its own work adds: the walk, the lists and the search index
// built as batches come, the caches written at the end, node's start.
//   node bench/cold-floor.mjs [--size 10000] [--rounds 3]
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { Worker, isMainThread, parentPort, workerData } from 'node:worker_threads';
import { ensureLibrary } from './generate.mjs';
import { importSources } from './import-sources.mjs';
import { INKPRESS, workEnv } from './measure-inkpress.mjs';
import { PtyScreen, Recognizer, stats } from './pty-screen.mjs';

const here = resolve(new URL('.', import.meta.url).pathname);
/** Files per batch and the cap of each parse worker's young generation, as src/library/live/parse-pool.ts sets them (not its starting size). */
const BATCH = 32;
const WORKER_LIMITS = { maxYoungGenerationSizeMb: 12 };

const SOURCES = [
  "export { scanFolder } from './src/library/files/scan.ts';",
  "export { textFileParse } from './src/library/parse/text-file.ts';",
  "export { batchIndex } from './src/library/index/compact-index.ts';",
];

/** Parses `files` as a parse worker does (each file's summaries and words, a batch index per batch); ms. */
function parseAll(mod, files) {
  const start = performance.now();
  for (let i = 0; i < files.length; i += BATCH) {
    const results = files.slice(i, i + BATCH).map((file) => mod.textFileParse(file));
    mod.batchIndex(results.flatMap((r) => r.words ?? []));
  }
  return performance.now() - start;
}

async function scanned(root) {
  const mod = await importSources(SOURCES);
  const { files } = await mod.scanFolder(root);
  return { mod, files };
}

/** In a fresh process: every file on this thread ('one'), or half here and half on a worker at once ('two'). */
async function floorRun(mode, root) {
  const { mod, files } = await scanned(root);
  if (mode === 'one') return { threads: [parseAll(mod, files)], files: files.length };
  const worker = new Worker(new URL(import.meta.url), { workerData: { root }, resourceLimits: WORKER_LIMITS });
  await new Promise((ready) => worker.once('message', ready));
  const theirs = new Promise((done) => worker.once('message', done));
  worker.postMessage('go');
  const mine = parseAll(mod, files.filter((_, i) => i % 2 === 0));
  const threads = [mine, await theirs];
  await worker.terminate();
  return { threads, files: files.length };
}

if (!isMainThread) {
  // The worker's half: ready once its code is loaded and the folder walked, timed from 'go'.
  const { mod, files } = await scanned(workerData.root);
  parentPort.postMessage('ready');
  parentPort.once('message', () => parentPort.postMessage(parseAll(mod, files.filter((_, i) => i % 2 === 1))));
} else if (process.argv[2] === '--floor') {
  process.stdout.write(JSON.stringify(await floorRun(process.argv[3], process.argv[4])));
} else {
  const { values: opts } = parseArgs({ options: { size: { type: 'string', default: '10000' }, rounds: { type: 'string', default: '3' } } });
  const meta = await ensureLibrary(Number(opts.size), join(here, 'out'));
  const headlines = new Recognizer(meta.headlines);
  const launches = [];
  for (let r = 0; r < Number(opts.rounds); r += 1) {
    const work = mkdtempSync(join(tmpdir(), 'inkpress-cold-floor-'));
    try {
      const s = new PtyScreen(process.execPath, [INKPRESS], { env: workEnv(meta, work) });
      const shown = await s.waitFor(() => headlines.linesMatching(s.lines()) >= 3, { timeout: 180_000, label: 'headlines (cold)' });
      const idle = await s.waitIdle({ timeout: 180_000 });
      const cpu = s.cpuMs();
      await s.close('Q', 10_000);
      launches.push({ headlines: shown - s.t0, idle: idle === null ? null : idle - s.t0, cpu });
    } finally {
      rmSync(work, { recursive: true, force: true });
    }
  }
  const floor = (mode) => {
    const out = execFileSync(process.execPath, [new URL(import.meta.url).pathname, '--floor', mode, meta.root], { encoding: 'utf8' });
    return JSON.parse(out);
  };
  const ones = [];
  const twos = [];
  for (let r = 0; r < Number(opts.rounds); r += 1) {
    ones.push(floor('one').threads[0]);
    twos.push(floor('two').threads);
  }
  const med = (xs) => stats(xs.filter((x) => x !== null)).median.toFixed(0);
  const all = (xs) => xs.map((x) => (x === null ? '—' : x.toFixed(0))).join(', ');
  const slower = twos.map((t) => Math.max(...t));
  const idles = launches.map((l) => l.idle);
  console.log(`cold launch against the parse of its files, ${meta.count} articles in ${meta.root} (ms; median, then each round)`);
  console.log('');
  console.log('| | median | rounds |');
  console.log('| --- | ---: | --- |');
  console.log(`| inkpress: launch → headlines, cold | ${med(launches.map((l) => l.headlines))} | ${all(launches.map((l) => l.headlines))} |`);
  console.log(`| inkpress: launch → idle, cold | ${med(idles)} | ${all(idles)} |`);
  console.log(`| inkpress: CPU of the launch to idle, every thread | ${med(launches.map((l) => l.cpu))} | ${all(launches.map((l) => l.cpu))} |`);
  console.log(`| the parse alone: every file on one thread | ${med(ones)} | ${all(ones)} |`);
  console.log(`| the parse alone: half on each of two threads at once (this thread / the worker) | ${med(slower)} | ${twos.map((t) => t.map((x) => x.toFixed(0)).join(' / ')).join(', ')} |`);
  console.log(`| inkpress's launch → idle minus the two-thread parse | ${(Number(med(idles)) - Number(med(slower))).toFixed(0)} | |`);
}
