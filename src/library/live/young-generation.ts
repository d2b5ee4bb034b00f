// How big V8 lets the reader's young generation grow. Measured (bench/RESULTS.md, "Peak RSS"):
// a warm reader's young generation grew from 2 to 32 MB (semi-spaces of 16 MB) inside the one long
// start-up task that reads the caches, and stayed there, holding about 30 MB of RSS for a few
// hundred KB of live objects; once grown, each key also cost more (page faults). Kept at 2 MB,
// keys that allocate much (J/K, paging) were slower instead: semi-spaces of 8 MB were the fastest.
// V8 reads the growth factor each time it would grow the young generation, so setting it at run
// time steers it on any launch (bin, `npm start`, `node dist/inkpress.js`): no command-line flag,
// no second process. The flag is the whole process's, and worker threads are better off with
// V8's default (a parse makes much short-lived garbage), so growth is allowed while a worker lives.
import v8 from 'node:v8';

/** The young generation the reader grows to: 16 MB as V8 counts it (two semi-spaces of 8 MB). */
export const YOUNG_CAP = 16 * 1024 * 1024;
/**
 * How often the growth factor is set again. A timer runs only between tasks, so one task that
 * keeps more than the cap's worth of objects alive can still grow it past the cap (to V8's own
 * maximum, where it would be without this module); keys and the sliced background work are short.
 */
export const STEER_MS = 250;

const STAY = '--semi-space-growth-factor=1';
/** V8's own default, while a worker thread runs. */
const GROW = '--semi-space-growth-factor=2';

const newSpace = (): number => v8.getHeapSpaceStatistics().find((s) => s.space_name === 'new_space')?.space_size ?? 0;

let small = false;
let workers = 0;
let timer: NodeJS.Timeout | undefined;

/** The factor that takes the young generation from its size now to the cap in one step (1: no growth). */
function steer(): void {
  if (!small || workers > 0) return;
  const size = newSpace();
  const atCap = size >= YOUNG_CAP || size === 0;
  v8.setFlagsFromString(atCap ? STAY : `--semi-space-growth-factor=${Math.round(YOUNG_CAP / size)}`);
  // At the cap nothing is left to steer until a worker comes and goes: no timer wakes an idle reader.
  if (atCap) {
    clearInterval(timer);
    timer = undefined;
  } else timer ??= setInterval(steer, STEER_MS).unref();
}

/**
 * From now on, no growth until the current task (start-up's reading of the caches) is over, then
 * growth to {@link YOUNG_CAP} and no further, whenever no worker thread runs.
 */
export function keepYoungGenerationSmall(): void {
  small = true;
  if (workers === 0) v8.setFlagsFromString(STAY);
  timer ??= setInterval(steer, STEER_MS).unref();
}

/** A worker thread started: V8 may grow young generations again until the last one has exited. */
export function workerStarted(worker: { once(event: 'exit', listener: () => void): unknown }): void {
  workers += 1;
  if (small) v8.setFlagsFromString(GROW);
  worker.once('exit', () => {
    workers -= 1;
    // Starting a worker resets V8's flags (seen on Node 20): set them again once none is left.
    steer();
  });
}

type Thread = { once(event: 'online' | 'exit', listener: () => void): unknown };

/**
 * Makes a worker thread (`make`) whose young generation starts at its full size, semi-spaces of
 * `semiSpaceMb` (what its `resourceLimits` allow), so it never needs to grow and the reader's
 * growth stays off while it runs. Made with V8's default, the parse worker needed growth, the
 * reader's young generation grew with it to 32 MB during a cold load, and both were at their
 * largest at its peak RSS. V8 reads the flag when the worker's heap is made, on its own thread;
 * it is the process's, so it is put back once the worker is online.
 */
export function fullSizeWorker<T extends Thread>(semiSpaceMb: number, make: () => T): T {
  v8.setFlagsFromString(`--min-semi-space-size=${semiSpaceMb}`);
  const worker = make();
  const settle = () => {
    v8.setFlagsFromString('--min-semi-space-size=0');
    // Starting a worker resets V8's flags (seen on Node 20): the reader's no-growth is set again.
    steer();
  };
  worker.once('online', settle);
  worker.once('exit', settle);
  return worker;
}
