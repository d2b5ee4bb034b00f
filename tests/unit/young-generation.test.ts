import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { buildSync } from 'esbuild';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../helpers/temp-dir.js';

// V8's heap sizes are per process: each case runs in a fresh node (the test runner's own heap has
// grown long before), on the module bundled as the reader's bundle has it.

const script = `
import v8 from 'node:v8';
import { Worker } from 'node:worker_threads';
import { once } from 'node:events';
import { fullSizeWorker, keepYoungGenerationSmall, workerStarted, STEER_MS, YOUNG_CAP } from './young-generation.mjs';
const newSpace = () => v8.getHeapSpaceStatistics().find((s) => s.space_name === 'new_space').space_size;
// Like reading the caches at start-up: many objects, a third of them kept.
const load = (n = 700000) => { const kept = []; for (let i = 0; i < n; i++) { const o = { i, s: 'x' + i }; if (i % 3 === 0) kept.push(o); } return kept.length; };
const sizes = { start: newSpace(), cap: YOUNG_CAP };
if (process.argv[2] === 'small') keepYoungGenerationSmall();
load();
sizes.afterLoad = newSpace();
load();
sizes.afterSecondLoad = newSpace();
if (process.argv[2] === 'small') {
  // Once start-up's task is over: growth to the cap, in one step, and no further (work in short
  // tasks, as the reader's keys and background slices are).
  const tasks = async () => { for (let i = 0; i < 6; i++) { load(150000); await new Promise((r) => setTimeout(r, STEER_MS * 1.5)); } };
  await new Promise((r) => setTimeout(r, STEER_MS * 1.5));
  await tasks();
  sizes.afterStartUp = newSpace();
  await tasks();
  sizes.later = newSpace();
}
// A worker made at its full young generation (semi-spaces of 4 MB, its limit): it reports its new
// space when it starts and after making garbage, while this thread makes garbage too.
const code = "const v8 = require('node:v8'); const { parentPort } = require('node:worker_threads');" +
  "const newSpace = () => v8.getHeapSpaceStatistics().find((s) => s.space_name === 'new_space').space_size;" +
  "const start = newSpace(); let keep = []; for (let i = 0; i < 2e6; i++) { keep.push({ i }); if (keep.length > 50000) keep = []; }" +
  "parentPort.postMessage([start, newSpace()]); parentPort.on('message', () => {});";
const full = fullSizeWorker(4, () => new Worker(code, { eval: true, resourceLimits: { maxYoungGenerationSizeMb: 12 } }));
const reported = once(full, 'message');
await once(full, 'online');
load();
load();
[[sizes.fullWorkerStart, sizes.fullWorkerEnd]] = await reported;
sizes.withFullWorker = newSpace();
await full.terminate();
const worker = new Worker("require('node:worker_threads').parentPort.on('message', () => {})", { eval: true });
workerStarted(worker);
await once(worker, 'online');
load();
sizes.withWorker = newSpace();
await worker.terminate();
await new Promise((r) => setImmediate(r));
load();
sizes.afterWorker = newSpace();
console.log(JSON.stringify(sizes));
`;
const runs = new Map<string, Record<string, number>>();
/** One child process per mode, shared by the cases below (each takes seconds). */
function run(mode: 'default' | 'small'): Record<string, number> {
  const known = runs.get(mode);
  if (known) return known;
  const dir = tempDir();
  buildSync({ entryPoints: [resolve('src/library/live/young-generation.ts')], bundle: true, platform: 'node', format: 'esm', outfile: join(dir, 'young-generation.mjs') });
  writeFileSync(join(dir, 'run.mjs'), script);
  const sizes = JSON.parse(execFileSync(process.execPath, [join(dir, 'run.mjs'), mode], { encoding: 'utf8' })) as Record<string, number>;
  runs.set(mode, sizes);
  return sizes;
}

describe("the reader's young generation", () => {
  it('does not grow during the start-up task, where by default it grows for good', () => {
    const grown = run('default');
    const small = run('small');
    // By default it grows with what start-up allocates, to twice the cap.
    expect(grown.afterSecondLoad).toBeGreaterThan(grown.cap!);
    // Kept small: at most its first step (V8 commits a second page of each semi-space), then no more.
    expect(small.afterLoad).toBeLessThanOrEqual(2 * small.start!);
    expect(small.afterSecondLoad).toBe(small.afterLoad);
  });

  it('grows to the cap after start-up, and no further', () => {
    const sizes = run('small');
    expect(sizes.afterStartUp).toBe(sizes.cap);
    expect(sizes.later).toBe(sizes.cap);
  });

  it('does not grow while a worker made at its full size runs, which starts at that size', () => {
    const sizes = run('small');
    // V8 counts one semi-space until the second is used: 4 MB at once, its limit, where it starts at 1 MB by default.
    expect(sizes.fullWorkerStart).toBe(4 * 1024 * 1024);
    expect(sizes.fullWorkerEnd).toBe(8 * 1024 * 1024);
    expect(sizes.withFullWorker).toBeLessThanOrEqual(sizes.cap!);
  });

  it('may grow while a worker thread runs (the flag is the whole process\'s), and grows no more after', () => {
    const sizes = run('small');
    expect(sizes.withWorker).toBeGreaterThan(sizes.afterSecondLoad!);
    expect(sizes.afterWorker).toBeLessThanOrEqual(sizes.withWorker!);
  });
});
