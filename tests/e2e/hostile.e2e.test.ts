/**
 * Issue 4 end to end: the bundled program, in a pseudo-terminal and in pipes, over a library of
 * hostile files (tests/helpers/hostile-library.ts). What is checked is what reaches the
 * terminal: the raw bytes the program wrote, not the screen an emulator made of them. Then
 * signals, a crash and a damaged state file: the terminal comes back and no mark is lost.
 * Needs `npm run build` first (`npm test` runs it).
 */
import { execFile } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import stringWidth from 'string-width';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { buildHostileLibrary, type HostileLibrary } from '../helpers/hostile-library.js';
import { HOLD_PTY_OPEN, PROGRAM, runInTerminal, type Term, type TermOptions } from '../helpers/term.js';
import { KEYS } from '../keys.js';

const run = promisify(execFile);
const ENTER_ALT = '\u001B[?1049h';
const LEAVE_ALT = '\u001B[?1049l';
const SHOW_CURSOR = '\u001B[?25h';
const HIDE_CURSOR = '\u001B[?25l';
const CRASH_PRELOAD = fileURLToPath(new URL('../fixtures/preload/crash-on-sigusr2.mjs', import.meta.url));
const isRoot = process.getuid?.() === 0;

/**
 * Every escape sequence the reader itself may write: the alternate screen, the cursor,
 * autowrap, synchronized output (Ink redraws inside it), home and clear on entering, SGR
 * colours, Ink's erase-lines (erase line, cursor up, column 1) and its incremental frames
 * (a column, next line or the next n lines, erase to the end of the line), and the one unit
 * that scrolls a block of rows (see {@link SCROLL_UNIT}). Anything else came from somewhere else.
 */
const PROGRAM_SEQUENCES: readonly RegExp[] = [
  /^\u001B\[\?(?:1049|25|2026|7)[hl]$/,
  /^\u001B\[H$/,
  /^\u001B\[2J$/,
  /^\u001B\[[0-9;]*m$/,
  /^\u001B\[2?K$/,
  /^\u001B\[\d*A$/,
  /^\u001B\[\d*G$/,
  /^\u001B\[\d*E$/,
];
/**
 * How Ink (as patched) moves a block of rows by one: save the cursor, set a scroll region, go to
 * its bottom or top, index or reverse index, reset the region, restore the cursor. Allowed only
 * whole, so a lone ESC 7, ESC D or region from anywhere else is still found.
 */
const SCROLL_UNIT = /^\u001B7\u001B\[\d+;\d+r\u001B\[\d+;1H\u001B[DM]\u001B\[r\u001B8/;
const STRING_INTRODUCERS: Record<string, string> = { ']': 'OSC', P: 'DCS', _: 'APC', '^': 'PM', X: 'SOS' };

/**
 * What in `bytes` a terminal would act on that is not in `allowed`: invalid UTF-8, escape
 * sequences (named: OSC, DCS, ... or the CSI itself), BEL, other C0 controls but CR and LF,
 * DEL and C1 controls (U+0080–U+009F: 8-bit CSI, OSC, ... to some terminals).
 */
function foreignControls(bytes: Buffer, allowed: readonly RegExp[] = PROGRAM_SEQUENCES): string[] {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return ['invalid UTF-8 (a raw 0x80–0x9F byte is a C1 control to an 8-bit terminal)'];
  }
  const found = new Set<string>();
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x1b) {
      const scroll = allowed === PROGRAM_SEQUENCES ? SCROLL_UNIT.exec(text.slice(i, i + 48))?.[0] : undefined;
      if (scroll !== undefined) {
        i += scroll.length - 1;
        continue;
      }
      const csi = /^\u001B\[[0-?]*[ -/]*[@-~]/.exec(text.slice(i, i + 64))?.[0];
      if (csi === undefined) found.add(`${STRING_INTRODUCERS[text[i + 1] ?? ''] ?? 'ESC'} ${JSON.stringify(text.slice(i, i + 12))}`);
      else if (!allowed.some((re) => re.test(csi))) found.add(`CSI ${JSON.stringify(csi)}`);
      i += csi === undefined ? 0 : csi.length - 1;
    } else if (c === 0x07) found.add('BEL');
    else if ((c < 0x20 && c !== 0x0a && c !== 0x0d) || (c >= 0x7f && c <= 0x9f)) {
      found.add(`control U+${c.toString(16).padStart(4, '0').toUpperCase()}`);
    }
  }
  return [...found];
}

/** Input modes that change what keys send; the reader must never leave one on (it turns none on). */
const INPUT_MODES = /\u001B\[\?(?:1|9|1000|1001|1002|1003|1004|1005|1006|1015|2004)h|\u001B=|\u001B\[>\d*u/;

/** The terminal is back as it was: main screen, cursor shown, no input mode left on. */
function expectTerminalRestored(output: string): void {
  expect(output).toContain(ENTER_ALT);
  expect(output.lastIndexOf(LEAVE_ALT)).toBeGreaterThan(output.lastIndexOf(ENTER_ALT));
  expect(output.lastIndexOf(SHOW_CURSOR)).toBeGreaterThan(output.lastIndexOf(HIDE_CURSOR));
  expect(output.lastIndexOf('\u001B[?2026l')).toBeGreaterThanOrEqual(output.lastIndexOf('\u001B[?2026h'));
  expect(output).not.toMatch(INPUT_MODES);
}

let hostile: HostileLibrary;
let work: string;
let cache: string;
let listing: Array<{ id: string; path: string; headline: string }>;
const running: Term[] = [];

beforeAll(async () => {
  if (!existsSync(PROGRAM)) throw new Error(`${PROGRAM} is missing: run \`npm run build\` first`);
  hostile = buildHostileLibrary();
  work = mkdtempSync(join(tmpdir(), 'inkpress-hostile-e2e-'));
  cache = join(work, 'cache');
  const { stdout } = await run(process.execPath, [PROGRAM, 'list', '--json'], { env: envFor(join(work, 'list-state')) });
  listing = JSON.parse(stdout) as typeof listing;
}, 20_000);
afterAll(() => {
  hostile?.remove();
  if (work) rmSync(work, { recursive: true, force: true });
});
afterEach(() => {
  for (const t of running.splice(0)) t.kill('SIGKILL');
});

function envFor(state: string): NodeJS.ProcessEnv {
  return { ...process.env, INKPRESS_DIR: hostile.root, INKPRESS_STATE_DIR: state, INKPRESS_CACHE_DIR: cache, NO_COLOR: undefined };
}
const freshState = () => mkdtempSync(join(work, 'state-'));
function start(state: string, options: TermOptions = {}): Term {
  const term = runInTerminal({ cols: 130, rows: 30, ...options, env: { INKPRESS_DIR: hostile.root, INKPRESS_STATE_DIR: state, INKPRESS_CACHE_DIR: cache, ...options.env } });
  running.push(term);
  return term;
}
/**
 * The program under a shell that reports how it ended and then the terminal's settings, so a
 * test can see that raw mode was switched off again (`stty -a` shows `icanon` and `echo`).
 */
function startUnderShell(state: string, nodeArgs: string[] = []): Term {
  const line = `"$0" "$@"; echo "exit=$?"; stty -a; ${HOLD_PTY_OPEN}`;
  return start(state, { command: { file: '/bin/sh', args: ['-c', line, process.execPath, ...nodeArgs, PROGRAM] } });
}
/** The pid of the program a `startUnderShell` shell is running. */
async function programPid(shell: Term): Promise<number> {
  const children = `/proc/${shell.pid}/task/${shell.pid}/children`;
  const deadline = Date.now() + 5000;
  for (;;) {
    const pid = Number(readFileSync(children, 'utf8').trim().split(/\s+/)[0]);
    if (pid > 0) return pid;
    if (Date.now() > deadline) throw new Error('the shell started no program');
    await new Promise((r) => setTimeout(r, 20));
  }
}
const canSeeChildren = existsSync('/proc/self/task') && existsSync(`/proc/${process.pid}/task/${process.pid}/children`);

const counts = (screen: string) => {
  const m = /(\d+) unread of (\d+)/.exec(screen);
  if (!m) throw new Error(`no counts on screen:\n${screen}`);
  return { unread: Number(m[1]), total: Number(m[2]) };
};
/** Waits until the whole library is listed (the reader may draw while it still loads). */
const loaded = async (term: Term) => counts(await term.waitForScreen(new RegExp(`\\d+ unread of ${listing.length}\\b`)));
const markersOf = (path: string): string[] => {
  const e = hostile.expected.find((x) => x.path === path);
  if (e?.kind !== 'shown') throw new Error(`${path} is not expected to be shown`);
  return e.markers;
};

/**
 * Reads the open article to its end, paging with Space, until every marker was on screen.
 * The first marker is on the first page of each file, and no two files share one, so waiting
 * for it also waits for this article (not the one before) to be drawn.
 */
async function readArticle(term: Term, markers: readonly string[]): Promise<void> {
  await term.waitForScreen(markers[0]!);
  const seen = new Set<string>();
  for (;;) {
    const screen = term.screen();
    for (const m of markers) if (screen.includes(m)) seen.add(m);
    if (seen.size === markers.length) return;
    if (/(Bot|All)\s*$/m.test(screen)) throw new Error(`never saw ${markers.filter((m) => !seen.has(m)).join(', ')}:\n${screen}`);
    const line = /line (\d+)\//.exec(screen)?.[1];
    term.write(KEYS.space);
    await term.waitForScreen((s) => /line (\d+)\//.exec(s)?.[1] !== line);
  }
}

/** Display columns of every `│` on each screen row that has two or more (the pane borders). */
function borderColumns(screen: string): string[] {
  return screen
    .split('\n')
    .map((row) => row.split('│').slice(0, -1).map((_, i, parts) => stringWidth(parts.slice(0, i + 1).join('│')) + i).join(','))
    .filter((cols) => cols.includes(','));
}

describe('hostile articles on screen', () => {
  it('the byte check catches every attack file were it printed as it is', () => {
    const attacks = hostile.expected.filter((e) => e.kind === 'shown' && /osc|dcs|apc|pm-|sos|csi|c1|bel|backspace|utf16/.test(e.path));
    expect(attacks.length).toBeGreaterThanOrEqual(14);
    for (const e of attacks) expect(foreignControls(readFileSync(join(hostile.root, e.path))), e.path).not.toEqual([]);
  });

  it('opening every article in turn writes only the reader’s own sequences, and every marker is seen', async () => {
    const term = start(freshState());
    await loaded(term);
    // With an article open the headlines sit between two borders (issue 12: with none open
    // they take the rest of the width), so open the first and go back to the list.
    term.write(KEYS.enter);
    await term.waitForScreen(markersOf(listing[0]!.path)[0]!);
    term.write(KEYS.shiftTab);
    // The helper reads screens between frames only (tests/helpers/term.ts), so each is whole.
    const listed = await term.waitForScreen((s) => borderColumns(s).length > 0 && s.includes('▶ All'));
    // Bidi, zalgo, CJK, emoji: the pane borders stay in one column on every row, top and bottom of the list.
    const top = borderColumns(listed);
    expect(new Set(top).size, listed).toBe(1);
    term.write('G');
    const bottom = await term.waitForScreen(`${listing.length}/${listing.length}`);
    expect(borderColumns(bottom), bottom).toEqual(top.map(() => top[0]));
    term.write('g');
    await term.waitForScreen(`1/${listing.length}`);

    term.write(KEYS.enter);
    for (const [i, row] of listing.entries()) {
      await readArticle(term, markersOf(row.path));
      if (i < listing.length - 1) term.write('J');
    }
    term.write(KEYS.ctrlC);
    expect((await term.waitForExit()).exitCode).toBe(0);

    const bytes = term.bytes();
    expect(foreignControls(bytes)).toEqual([]);
    const out = bytes.toString('utf8');
    for (const introducer of ['\u001B]', '\u001BP', '\u001B_', '\u001B^', '\u001BX', '\u0007']) expect(out).not.toContain(introducer);
    expectTerminalRestored(out);
  }, 120_000);

  it('inkpress list and show, piped, print no escape sequence or control character', async () => {
    const env = envFor(freshState());
    const list = await run(process.execPath, [PROGRAM, 'list'], { env, encoding: 'buffer' });
    expect(foreignControls(list.stdout, [])).toEqual([]);
    expect(list.stdout.toString('utf8').trimEnd().split('\n')).toHaveLength(listing.length);
    const queue = [...listing];
    const showOne = async (): Promise<void> => {
      for (let row = queue.shift(); row; row = queue.shift()) {
        const { stdout } = await run(process.execPath, [PROGRAM, 'show', row.id], { env, encoding: 'buffer' });
        expect(foreignControls(stdout, []), row.path).toEqual([]);
        for (const marker of markersOf(row.path)) expect(stdout.toString('utf8'), row.path).toContain(marker);
      }
    };
    await Promise.all([showOne(), showOne(), showOne()]);
  }, 120_000);
});

describe('signals and crashes: the terminal comes back, the marks stay', () => {
  const first = () => listing[0]!;

  /** Opens the first article (marking it read) and stars it; returns the counts before. */
  async function markFirst(term: Term): Promise<{ unread: number; total: number }> {
    const before = await loaded(term);
    term.write(KEYS.enter);
    await term.waitForScreen(markersOf(first().path)[0]!);
    term.write('s');
    await term.waitForScreen(/│ ★ /);
    return before;
  }
  async function expectMarksKept(state: string, before: { unread: number }): Promise<void> {
    const again = start(state);
    expect((await loaded(again)).unread).toBe(before.unread - 1);
    const screen = again.screen();
    expect(screen).toMatch(/Starred\s+0\/1 │/);
    again.write(KEYS.ctrlC);
    await again.waitForExit();
  }
  /** What the shell printed after the program: its exit status and the terminal's settings. */
  async function afterProgram(term: Term): Promise<{ exit: number; stty: string }> {
    // A bound, not a wait: twice in full suites on a loaded machine (load 4-5, 2 cores) the
    // screen had 'exit=129' and two of stty's lines after 8 s (the end node-pty can drop: see
    // HOLD_PTY_OPEN); alone it takes well under 1 s.
    const screen = await term.waitForScreen(/exit=\d+[\s\S]*(?:-?icanon)/, 20_000);
    await term.waitForExit();
    const exit = Number(/exit=(\d+)/.exec(screen)![1]);
    return { exit, stty: term.output().slice(term.output().lastIndexOf('exit=')) };
  }
  const expectCookedInput = (stty: string) => {
    expect(stty).toMatch(/(?<![-\w])icanon\b/);
    expect(stty).toMatch(/(?<![-\w])echo\b/);
  };

  it.skipIf(!canSeeChildren).each([
    ['SIGTERM', 143],
    ['SIGHUP', 129],
    ['SIGINT', 130],
  ])('%s: leaves the alternate screen, shows the cursor, cooks input, exits %i, keeps the marks', async (signal, code) => {
    const state = freshState();
    const term = startUnderShell(state);
    const before = await markFirst(term);
    process.kill(await programPid(term), signal);
    const { exit, stty } = await afterProgram(term);
    expect(exit).toBe(code);
    expectCookedInput(stty);
    expectTerminalRestored(term.output());
    await expectMarksKept(state, before);
  }, 45_000);

  it('Ctrl-C as a key: the same, with exit 0', async () => {
    const state = freshState();
    const term = startUnderShell(state);
    const before = await markFirst(term);
    term.write(KEYS.ctrlC);
    const { exit, stty } = await afterProgram(term);
    expect(exit).toBe(0);
    expectCookedInput(stty);
    expectTerminalRestored(term.output());
    await expectMarksKept(state, before);
  }, 45_000);

  it.skipIf(!canSeeChildren)('an uncaught exception: terminal restored, one line "inkpress: boom", no stack, marks kept', async () => {
    const state = freshState();
    const term = startUnderShell(state, ['--import', CRASH_PRELOAD]);
    const before = await markFirst(term);
    process.kill(await programPid(term), 'SIGUSR2');
    const { exit, stty } = await afterProgram(term);
    expect(exit).toBe(1);
    expectCookedInput(stty);
    const output = term.output();
    expectTerminalRestored(output);
    const after = output.slice(output.lastIndexOf(LEAVE_ALT), output.indexOf('exit='));
    expect(after.replaceAll(SHOW_CURSOR, '').replaceAll(LEAVE_ALT, '').trim()).toBe('inkpress: boom');
    expect(output).not.toMatch(/\n\s+at |Error: boom/);
    await expectMarksKept(state, before);
  }, 45_000);
});

describe('the state file', () => {
  const statePath = (dir: string) => join(dir, 'state.json');

  it('a corrupt one is moved aside, keeping its bytes, and the status bar says where', async () => {
    const state = mkdtempSync(join(tmpdir(), 'ip-'));
    const corrupt = Buffer.from('{"formatVersion": 1, "articles": {"abc": {"read": tru');
    writeFileSync(statePath(state), corrupt);
    try {
      const term = start(state, { cols: 220 });
      const screen = await term.waitForScreen('State file was corrupt');
      const moved = readdirSync(state).filter((n) => /^state\.unreadable-.+\.json$/.test(n));
      expect(moved).toHaveLength(1);
      expect(screen.replace(/\s+/g, '')).toContain(join(state, moved[0]!));
      expect(readFileSync(join(state, moved[0]!))).toEqual(corrupt);
      term.write(KEYS.ctrlC);
      expect((await term.waitForExit()).exitCode).toBe(0);
    } finally {
      rmSync(state, { recursive: true, force: true });
    }
  });

  it('one from a newer inkpress is refused in one line, exit 1, and left untouched', async () => {
    const state = freshState();
    const newer = '{"formatVersion": 99, "articles": {"x": {"read": true}}, "future": [1, 2, 3]}';
    writeFileSync(statePath(state), newer, { mode: 0o644 });
    const mtime = statSync(statePath(state)).mtimeMs;
    const term = start(state);
    await term.waitForScreen('left untouched.');
    const exit = await term.waitForExit();
    expect(exit.exitCode).toBe(1);
    const lines = term.output().split(/\r?\n/).filter((l) => l.trim() !== '');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^inkpress: State file .*newer inkpress \(format 99.*left untouched\.$/);
    expect(term.output()).not.toContain(ENTER_ALT);
    expect(readFileSync(statePath(state), 'utf8')).toBe(newer);
    expect(statSync(statePath(state)).mtimeMs).toBe(mtime);
    expect(statSync(statePath(state)).mode & 0o777).toBe(0o644);
  });

  it('two readers open at once keep each other’s marks, in a file only its owner can read', async () => {
    const state = freshState();
    const a = start(state);
    const b = start(state);
    await loaded(a);
    await loaded(b);
    a.write(KEYS.enter);
    await a.waitForScreen(markersOf(listing[0]!.path)[0]!);
    b.write('j');
    b.write(KEYS.enter);
    await b.waitForScreen(markersOf(listing[1]!.path)[0]!);
    a.write('s');
    b.write('s');
    await a.waitForScreen(/│ ★ /);
    await b.waitForScreen(/│ ★ /);
    a.write(KEYS.ctrlC);
    b.write(KEYS.ctrlC);
    await a.waitForExit();
    await b.waitForExit();
    const { stdout } = await run(process.execPath, [PROGRAM, 'list', '--json'], { env: envFor(state) });
    const rows = JSON.parse(stdout) as Array<{ id: string; read: boolean; starred: boolean }>;
    expect(rows.filter((r) => r.read || r.starred)).toEqual([
      expect.objectContaining({ id: listing[0]!.id, read: true, starred: true }),
      expect.objectContaining({ id: listing[1]!.id, read: true, starred: true }),
    ]);
    expect(statSync(statePath(state)).mode & 0o777).toBe(0o600);
  }, 30_000);

  it.skipIf(isRoot)('a read-only state folder: the reader says so and the old state is kept (skipped as root: root writes anyway)', async () => {
    const state = freshState();
    const old = JSON.stringify({ formatVersion: 1, articles: { [listing[1]!.id]: { starred: true } } });
    writeFileSync(statePath(state), old, { mode: 0o600 });
    chmodSync(state, 0o500);
    try {
      const term = start(state, { cols: 220 });
      await loaded(term);
      term.write(KEYS.enter);
      const screen = await term.waitForScreen('Could not save reading state');
      expect(screen).toMatch(/permission denied/);
      term.write(KEYS.ctrlC);
      await term.waitForExit();
      expect(readFileSync(statePath(state), 'utf8')).toBe(old);
    } finally {
      chmodSync(state, 0o700);
    }
  });
});
