// A program in a real pseudo-terminal (node-pty), its output fed into a headless xterm so the
// bench reads the screen as a person would. Times are taken when output *arrives* from the
// pty (performance.now() in onData), not when xterm has parsed it, so parsing costs the
// harness, never the program. Waiting is always for a condition with a deadline.
import pty from 'node-pty';
import xterm from '@xterm/headless';
import { readFileSync, readdirSync } from 'node:fs';

export const KEYS = {
  enter: '\r',
  escape: '\u001b',
  space: ' ',
  ctrlC: '\u0003',
  down: '\u001b[B',
  pageDown: '\u001b[6~',
  pageUp: '\u001b[5~',
};

const live = new Set();
function killAll() {
  for (const s of live) s.kill();
}
process.on('exit', killAll);
for (const sig of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
  process.on(sig, () => {
    killAll();
    process.exit(130);
  });
}

/** An environment without CI markers (Ink renders only the last frame under CI). */
export function cleanEnv(extra = {}) {
  const env = { ...process.env };
  for (const k of Object.keys(env)) {
    if (k === 'CI' || k === 'CONTINUOUS_INTEGRATION' || k.startsWith('CI_')) delete env[k];
  }
  delete env.NO_COLOR;
  delete env.FORCE_COLOR;
  // A setting of this workplace's TLS proxy, not of a reader's terminal: node parses every
  // certificate of that file before it runs any JavaScript (Node 20; 144 certificates here took
  // 415 M of `node -e 0`'s 502 M instructions under callgrind), and inkpress never uses the network.
  delete env.NODE_EXTRA_CA_CERTS;
  return { ...env, TERM: 'xterm-256color', LANG: 'C.UTF-8', LC_ALL: 'C.UTF-8', ...extra };
}

/** Screen text normalised for matching: NFC, no-break spaces as spaces, lower case. */
export function norm(s) {
  return s.normalize('NFC').replace(/\u00a0/g, ' ').toLowerCase();
}

export class Timeout extends Error {}

export class PtyScreen {
  /**
   * Starts `file args` in a cols×rows pty. `t0` is taken right before the spawn call, so launch
   * times include process creation, as a person pressing Enter in a shell would see.
   */
  constructor(file, args, { env, cwd, cols = 120, rows = 40 } = {}) {
    this.cols = cols;
    this.rows = rows;
    this.term = new xterm.Terminal({ cols, rows, allowProposedApi: true, scrollback: 0 });
    this.waiters = new Set();
    this.lastDataAt = 0;
    this.chunks = 0;
    this.bytes = 0;
    this.rssMaxKb = 0;
    this.exitInfo = null;
    this.t0 = performance.now();
    this.p = pty.spawn(file, args, { name: 'xterm-256color', cols, rows, cwd, env });
    this.pid = this.p.pid;
    live.add(this);
    this.p.onData((data) => {
      const at = performance.now();
      this.lastDataAt = at;
      this.chunks += 1;
      this.bytes += Buffer.byteLength(data);
      this.term.write(data, () => this.#check(at));
    });
    this.exited = new Promise((resolve) => {
      this.p.onExit((e) => {
        this.exitInfo = e;
        live.delete(this);
        for (const w of this.waiters) {
          const err = new Error(`exited (${JSON.stringify(e)}) while waiting for ${w.label}`);
          err.screen = this.text();
          w.reject(err);
        }
        this.waiters.clear();
        resolve(e);
      });
    });
    // Peak RSS while running, besides VmHWM at the end (read both; VmHWM is the kernel's own).
    this.rssTimer = setInterval(() => this.#sampleRss(), 50);
    this.rssTimer.unref();
  }

  #sampleRss() {
    const s = readStatus(this.pid);
    if (s?.VmRSS) this.rssMaxKb = Math.max(this.rssMaxKb, s.VmRSS);
  }

  /** The screen as lines of text (trailing spaces trimmed). */
  lines() {
    const buf = this.term.buffer.active;
    const out = [];
    for (let y = 0; y < this.rows; y += 1) out.push(buf.getLine(buf.viewportY + y)?.translateToString(true) ?? '');
    return out;
  }

  text() {
    return this.lines().join('\n');
  }

  /** Text plus cell attributes (a highlight that moves changes this even if no text does). */
  signature() {
    const buf = this.term.buffer.active;
    const cell = buf.getNullCell();
    let sig = '';
    for (let y = 0; y < this.rows; y += 1) {
      const line = buf.getLine(buf.viewportY + y);
      if (!line) continue;
      sig += line.translateToString(true);
      let prev = '';
      for (let x = 0; x < this.cols; x += 1) {
        line.getCell(x, cell);
        const a = `${cell.getFgColorMode()}.${cell.getFgColor()}.${cell.getBgColorMode()}.${cell.getBgColor()}.${cell.isInverse()}${cell.isBold()}${cell.isDim()}${cell.isUnderline()}`;
        if (a !== prev) {
          sig += `|${x}:${a}`;
          prev = a;
        }
      }
      sig += '\n';
    }
    return `${sig}@${buf.cursorX},${buf.cursorY}`;
  }

  #check(at) {
    for (const w of [...this.waiters]) {
      let ok = false;
      try {
        ok = w.pred(this);
      } catch (err) {
        this.waiters.delete(w);
        w.reject(err);
        continue;
      }
      if (ok) {
        this.waiters.delete(w);
        w.resolve(at);
      }
    }
  }

  /**
   * Resolves with the arrival time of the output chunk after which `pred(screen)` first held
   * (or now, if it already holds); rejects with Timeout after `timeout` ms.
   */
  waitFor(pred, { timeout = 10_000, label = 'condition' } = {}) {
    if (pred(this)) return Promise.resolve(performance.now());
    if (this.exitInfo) return Promise.reject(new Error(`exited before ${label}`));
    return new Promise((resolve, reject) => {
      const w = {
        pred,
        label,
        resolve: (at) => {
          clearTimeout(timer);
          resolve(at);
        },
        reject: (err) => {
          clearTimeout(timer);
          reject(err);
        },
      };
      const timer = setTimeout(() => {
        this.waiters.delete(w);
        const err = new Timeout(`timed out after ${timeout} ms waiting for ${label}`);
        err.screen = this.text();
        reject(err);
      }, timeout);
      this.waiters.add(w);
    });
  }

  /** Waits until the screen (text or attributes) differs from `before` (a signature()). */
  waitForChange(before, opts = {}) {
    return this.waitFor((s) => s.signature() !== before, { label: 'a screen change', ...opts });
  }

  /**
   * Paces the next keypress (not a measurement): resolves once no output has arrived for
   * `quietMs`, or after `timeout` ms at most.
   */
  async settle(quietMs = 30, timeout = 2_000) {
    const until = performance.now() + timeout;
    for (;;) {
      const now = performance.now();
      const idle = now - Math.max(this.lastDataAt, 0);
      if (idle >= quietMs || now >= until) return now;
      await new Promise((r) => setTimeout(r, Math.min(quietMs - idle + 1, until - now)));
    }
  }

  /**
   * After a keypress at `sentAt`: the arrival time of the last output before the screen stayed
   * unchanged for `quietMs` (the settled frame, e.g. a debounced search result), or null if
   * nothing changed within `timeout`.
   */
  async lastChangeAfter(sentAt, { quietMs = 300, timeout = 15_000 } = {}) {
    const until = sentAt + timeout;
    for (;;) {
      const now = performance.now();
      if (this.lastDataAt > sentAt && now - this.lastDataAt >= quietMs) return this.lastDataAt;
      if (now >= until) return this.lastDataAt > sentAt ? this.lastDataAt : null;
      await new Promise((r) => setTimeout(r, 10));
    }
  }

  /** CPU time (user + system, in clock ticks) the program has used so far, or null once gone. */
  cpuTicks() {
    try {
      const stat = readFileSync(`/proc/${this.pid}/stat`, 'utf8');
      const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      return Number(f[11]) + Number(f[12]);
    } catch {
      return null;
    }
  }

  /**
   * {@link cpuTicks} in ms (a clock tick is 10 ms: USER_HZ is 100 on Linux), or null once gone.
   * /proc/<pid>/stat counts the threads that have ended too (a closed parse worker's CPU).
   */
  cpuMs() {
    const ticks = this.cpuTicks();
    return ticks === null ? null : ticks * 10;
  }

  /**
   * CPU time the program has run on, in ns (the scheduler's own account, /proc/<pid>/schedstat,
   * not clock ticks): `main` for its main thread (for inkpress and the floors, the JavaScript
   * thread), `all` for every thread (V8's compiler and GC helpers, libuv's pool, workers).
   * Null once it is gone.
   */
  cpuNs() {
    try {
      const first = (path) => Number(readFileSync(path, 'utf8').split(' ')[0]);
      let all = 0;
      for (const t of readdirSync(`/proc/${this.pid}/task`)) all += first(`/proc/${this.pid}/task/${t}/schedstat`);
      return { main: first(`/proc/${this.pid}/schedstat`), all };
    } catch {
      return null;
    }
  }

  /**
   * Waits until the program has used no CPU for `quietMs` (it has finished what it does in the
   * background, e.g. indexing after the first frame). Resolves with the time its CPU use last
   * grew, or null if it was still busy at `timeout`.
   */
  async waitIdle({ quietMs = 250, timeout = 120_000, poll = 20 } = {}) {
    const until = performance.now() + timeout;
    let ticks = this.cpuTicks();
    let changedAt = performance.now();
    for (;;) {
      await new Promise((r) => setTimeout(r, poll));
      const now = performance.now();
      const t = this.cpuTicks();
      if (t === null) return null;
      if (t !== ticks) {
        ticks = t;
        changedAt = now;
      } else if (now - changedAt >= quietMs) return changedAt;
      if (now >= until) return null;
    }
  }

  /** Sends keys; returns the time they were written to the pty. */
  press(keys) {
    const at = performance.now();
    this.p.write(keys);
    return at;
  }

  /** Peak (VmHWM) and current RSS in kB from /proc, plus the max VmRSS seen while polling. */
  memory() {
    this.#sampleRss();
    const s = readStatus(this.pid);
    return { hwmKb: s?.VmHWM ?? null, rssKb: s?.VmRSS ?? null, polledMaxKb: this.rssMaxKb || null };
  }

  /** Sends `quitKeys`, waits up to `timeout` for exit, then kills. */
  async close(quitKeys = null, timeout = 3_000) {
    clearInterval(this.rssTimer);
    if (this.exitInfo) return this.exitInfo;
    if (quitKeys) this.p.write(quitKeys);
    const timer = new Promise((r) => setTimeout(() => r('timeout'), quitKeys ? timeout : 0));
    const res = await Promise.race([this.exited, timer]);
    if (res === 'timeout') {
      this.kill();
      await Promise.race([this.exited, new Promise((r) => setTimeout(r, 2_000))]);
    }
    return this.exitInfo;
  }

  kill() {
    clearInterval(this.rssTimer);
    try {
      process.kill(this.pid, 'SIGKILL');
    } catch {
      // already gone
    }
    live.delete(this);
  }
}

function readStatus(pid) {
  try {
    const text = readFileSync(`/proc/${pid}/status`, 'utf8');
    const out = {};
    for (const m of text.matchAll(/^(Vm\w+):\s+(\d+) kB/gm)) out[m[1]] = Number(m[2]);
    return out;
  } catch {
    return null;
  }
}

/**
 * Recognises known strings on screen without scanning every one: keys are the first `len`
 * normalised characters of each string, looked up at every word start of every screen line.
 */
export class Recognizer {
  constructor(strings, len = 18) {
    this.len = len;
    this.keys = new Set();
    for (const s of strings) {
      const k = norm(s).slice(0, len);
      if (k.length === len) this.keys.add(k);
    }
  }

  /** How many screen lines show at least one of the strings. */
  linesMatching(lines) {
    return this.found(lines).length;
  }

  /** The keys of the strings the screen shows, one per line that shows any, in screen order. */
  found(lines) {
    const keys = [];
    for (const raw of lines) {
      const line = norm(raw);
      for (let x = 0; x + this.len <= line.length; x += 1) {
        if ((x === 0 || line[x - 1] === ' ' || !/\p{L}/u.test(line[x - 1])) && /\p{L}/u.test(line[x])) {
          const k = line.slice(x, x + this.len);
          if (this.keys.has(k)) {
            keys.push(k);
            break;
          }
        }
      }
    }
    return keys;
  }
}

/** Median and p95 (nearest rank) of a list of numbers; null for none. */
export function stats(xs) {
  const v = xs.filter((x) => typeof x === 'number' && Number.isFinite(x)).sort((a, b) => a - b);
  if (v.length === 0) return null;
  const rank = (q) => v[Math.min(v.length - 1, Math.max(0, Math.ceil(q * v.length) - 1))];
  const mid = v.length % 2 ? v[(v.length - 1) / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
  return { median: mid, p95: rank(0.95), min: v[0], max: v[v.length - 1], n: v.length };
}

/**
 * Presses `keys` (one key, or a list cycled: ['space', 'b']) `count` times; each sample is
 * keypress → first output that changes the screen (text or attributes). Waits for output to go
 * quiet before each press, so frames don't overlap. Stops early (with a note) if a press changes
 * nothing within `timeout`.
 */
export async function keyLatencies(screen, keys, count, { timeout = 5_000, quietMs = 25 } = {}) {
  const list = Array.isArray(keys) ? keys : [keys];
  const samples = [];
  // Bytes of output each press caused (until output went quiet): how much a frame redraws.
  const bytes = [];
  let mark = null;
  const done = async () => {
    await screen.settle(quietMs);
    if (mark !== null) bytes.push(screen.bytes - mark);
  };
  let misses = 0;
  let inARow = 0;
  await done();
  const cpuBefore = screen.cpuNs();
  for (let i = 0; i < count; i += 1) {
    const key = list[i % list.length];
    await done();
    const before = screen.signature();
    mark = screen.bytes;
    const sent = screen.press(key);
    try {
      const at = await screen.waitForChange(before, { timeout, label: `the frame after key ${JSON.stringify(key)}` });
      samples.push(at - sent);
      inARow = 0;
    } catch (err) {
      if (!(err instanceof Timeout)) throw err;
      // A press that changed nothing is left out and counted; three in a row end the series
      // (the end of a list, or a program that stopped answering).
      misses += 1;
      inARow += 1;
      mark = null;
      if (inARow === 3) {
        return { samples, bytes, note: `stopped after press ${i + 1} of ${count}: 3 presses in a row changed nothing within ${timeout} ms` };
      }
    }
  }
  await done();
  const note = misses ? `${misses} of ${count} presses changed nothing within ${timeout} ms and are left out` : null;
  return { samples, bytes, cpu: cpuPerPress(cpuBefore, screen.cpuNs(), count), note };
}

/**
 * CPU ms per press between two {@link PtyScreen.cpuNs} readings (null if either is missing):
 * the presses' frames and whatever else the program did in those seconds, which the bench keeps
 * to a minimum by pressing only once the program is idle.
 */
function cpuPerPress(before, after, count) {
  if (!before || !after || count === 0) return null;
  return { mainMs: (after.main - before.main) / 1e6 / count, allMs: (after.all - before.all) / 1e6 / count };
}

/**
 * Types `word` letter by letter. Per letter: keypress → first frame that changes the screen
 * (the echo), and keypress → the last output before the screen stays still for `quietMs` (the
 * settled frame: narrowed results, even if the program debounces or renders twice).
 */
export async function typingLatencies(screen, word, { quietMs = 300, timeout = 20_000 } = {}) {
  const echo = [];
  const settled = [];
  for (const ch of word) {
    await screen.settle(quietMs, timeout);
    const before = screen.signature();
    const sent = screen.press(ch);
    try {
      echo.push((await screen.waitForChange(before, { timeout, label: `the echo of ${JSON.stringify(ch)}` })) - sent);
    } catch (err) {
      if (!(err instanceof Timeout)) throw err;
      return { echo, settled, note: `typing ${JSON.stringify(ch)} changed nothing within ${timeout} ms` };
    }
    const last = await screen.lastChangeAfter(sent, { quietMs, timeout });
    settled.push(last - sent);
  }
  return { echo, settled, note: null };
}

/** Launch → `pred` holds; ms since spawn, or throws (Timeout) with the screen attached. */
export async function launchTime(screen, pred, { timeout = 60_000, label = 'the first frame' } = {}) {
  const at = await screen.waitFor(pred, { timeout, label });
  return at - screen.t0;
}
