// Issue 12, item 10: which browsers get the terminal, and what the reader hears back.
import { describe, expect, test } from 'vitest';
import { makeUrlOpener, needsTerminal, type HandOver, type OpenFailure, type SpawnFn } from '../../src/ui/url-opener.js';

const X11 = { DISPLAY: ':0' };

function harness(result: { status: number | null; signal?: NodeJS.Signals | null; error?: Error } = { status: 0 }) {
  const detached: string[] = [];
  const foreground: Array<[string, readonly string[]]> = [];
  let handedOver = 0;
  const spawn: SpawnFn = (command) => {
    detached.push(command);
    const child = { on: () => child, unref: () => undefined };
    return child as unknown as ReturnType<SpawnFn>;
  };
  const handOver: HandOver = (run) => {
    handedOver++;
    return run();
  };
  const runSync = (command: string, args: readonly string[]) => {
    foreground.push([command, args]);
    return { status: result.status, signal: result.signal ?? null, error: result.error };
  };
  const failures: OpenFailure[] = [];
  const returned: string[] = [];
  const open = (env: NodeJS.ProcessEnv, platform: NodeJS.Platform = 'linux') =>
    makeUrlOpener({ env, platform, spawn, handOver, runSync })('https://example.org/a', (f) => failures.push(f), (p) => returned.push(p));
  return { open, detached, foreground, failures, returned, handedOver: () => handedOver };
}

describe('needsTerminal', () => {
  test.each(['w3m', 'lynx', 'elinks', 'links', '/usr/bin/w3m', 'www-browser'])('%s draws in the terminal', (program) => {
    expect(needsTerminal(program, X11, 'linux')).toBe(true);
  });

  test('a graphical browser where there is a display does not; without a display anything does', () => {
    expect(needsTerminal('firefox', X11, 'linux')).toBe(false);
    expect(needsTerminal('xdg-open', { WAYLAND_DISPLAY: 'wayland-0' }, 'linux')).toBe(false);
    expect(needsTerminal('xdg-open', {}, 'linux')).toBe(true);
    expect(needsTerminal('open', {}, 'darwin')).toBe(false);
  });
});

describe('o with a terminal browser', () => {
  test('$BROWSER=w3m runs in the foreground with the terminal handed over, the URL one argument after its own', () => {
    const h = harness();
    h.open({ ...X11, BROWSER: 'w3m -no-mouse' });
    expect(h.handedOver()).toBe(1);
    expect(h.foreground).toEqual([['w3m', ['-no-mouse', 'https://example.org/a']]]);
    expect(h.detached).toEqual([]);
    expect(h.returned).toEqual(['w3m']);
    expect(h.failures).toEqual([]);
  });

  test('a graphical browser still runs detached', () => {
    const h = harness();
    h.open({ ...X11, BROWSER: 'firefox' });
    expect(h.detached).toEqual(['firefox']);
    expect(h.handedOver()).toBe(0);
  });

  test('a browser that fails or cannot start is reported once the terminal is back', () => {
    const failed = harness({ status: 2 });
    failed.open({ BROWSER: 'lynx' });
    expect(failed.failures).toEqual([{ program: 'lynx', reason: 'it exited with status 2' }]);
    const missing = harness({ status: null, error: new Error('spawnSync lynx ENOENT') });
    missing.open({ BROWSER: 'lynx' });
    expect(missing.failures).toEqual([{ program: 'lynx', reason: 'spawnSync lynx ENOENT' }]);
    expect(missing.returned).toEqual([]);
  });
});
