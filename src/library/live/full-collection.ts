// Full garbage collections of the reader's heap, when a phase that left much garbage is over.
// V8 runs no full collection until its old generation reaches a limit sized for a large heap; a
// reader rarely gets there, so what start-up promoted and then dropped (the index cache's JSON
// and rows, the scan's files, the search cache's pieces) stayed resident for the whole session.
// The one at the end of a start waits for a pause in the keys (a reader paging through the start).
// `gc` is exposed at run time (no command-line flag): the flag is read when a context is made.
import v8 from 'node:v8';
import vm from 'node:vm';

/** V8's `gc`: no argument, a full collection; `{ type: 'minor' }`, a scavenge of the young generation. */
export type GcFunction = (options?: { type: 'minor' | 'major' }) => void;
let collector: GcFunction | null | undefined;

/** V8's `gc`, exposed at run time (null where V8 would not). */
export function gcFunction(): GcFunction | null {
  if (collector === undefined) {
    try {
      v8.setFlagsFromString('--expose-gc');
      collector = vm.runInNewContext('gc') as GcFunction;
    } catch {
      collector = null;
    }
  }
  return collector;
}

/** Collects all garbage now (on the calling thread: ~20 ms at 10,000 articles); false if V8 would not. */
export function collectGarbage(): boolean {
  const gc = gcFunction();
  if (gc === null) return false;
  gc();
  return true;
}

/** How long input must have paused before a requested collection runs (below a reader's pause between keys). */
export const PAUSE_MS = 200;

/** A collection that waits for a pause in input (`pauseCollector`). */
export interface PauseCollector {
  /** Collects at the next pause: at once if input has already paused (or never came). */
  request(): void;
  /** An input event: a pause counts from here. */
  input(): void;
  /**
   * The reader is answering a key (an article being opened): no collection until the returned
   * release is called (once or more), and the pause counts from then, not from the key.
   */
  hold(): () => void;
}

/**
 * Collections that wait for a pause in input, with the clock and the collecting passed in (for
 * tests). A request when input has already paused (or never came) collects at once: a start that
 * nobody types into is idle no later for it. A pause is no input and no answer pending: an Enter
 * whose body took longer than the pause to arrive had the start's full collection (46-79 ms at
 * 50,000 articles) run right after its frame, in front of the first page turned after it.
 */
export function pauseCollector(collect: () => unknown, now: () => number = () => performance.now()): PauseCollector {
  let pending = false;
  let lastInput = -Infinity;
  let holds = 0;
  let timer: NodeJS.Timeout | undefined;
  const fire = (): void => {
    timer = undefined;
    if (!pending || holds > 0) return;
    pending = false;
    collect();
  };
  const input = (): void => {
    lastInput = now();
    if (!pending) return;
    clearTimeout(timer);
    timer = setTimeout(fire, PAUSE_MS).unref();
  };
  return {
    request: () => {
      const wait = lastInput + PAUSE_MS - now();
      if (wait <= 0 && holds === 0) return void collect();
      pending = true;
      timer ??= setTimeout(fire, wait).unref();
    },
    input,
    hold: () => {
      holds += 1;
      let released = false;
      return () => {
        if (released) return;
        released = true;
        holds -= 1;
        if (holds === 0) input();
      };
    },
  };
}

const atPause = pauseCollector(collectGarbage);
/** Collects once no input has come for {@link PAUSE_MS}: a key in the middle of a burst never waits for it. */
export const collectAtNextPause = atPause.request;
/** Told of each input event (by the reader's UI): puts a requested collection off. */
export const inputCame = atPause.input;
/** Holds the collection while the reader answers a key (`PauseCollector.hold`). */
export const holdFullCollection = atPause.hold;
