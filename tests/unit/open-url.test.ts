import { describe, expect, test, vi } from 'vitest';
import { reducer } from '../../src/state/reducer.js';
import { initialState, type ReaderState } from '../../src/state/state.js';
import { checkWebUrl } from '../../src/state/web-url.js';
import { makeUrlOpener, openerCommand, type OpenFailure, type SpawnFn } from '../../src/ui/url-opener.js';
import { fakeLibrary, plainArticle } from '../helpers/fake-library.js';

/** A spawn that records its calls; `fail` makes the child emit 'error' as a missing program does. */
function fakeSpawn(fail?: Error) {
  const calls: Array<{ command: string; args: readonly string[]; options: unknown; unref: boolean }> = [];
  const spawn: SpawnFn = (command, args, options) => {
    const call = { command, args, options, unref: false };
    calls.push(call);
    const child = {
      on: (event: string, listener: (error: Error) => void) => {
        if (event === 'error' && fail) queueMicrotask(() => listener(fail));
        return child;
      },
      unref: () => void (call.unref = true),
    };
    return child as unknown as ReturnType<SpawnFn>;
  };
  return { spawn, calls };
}

describe('checkWebUrl', () => {
  test('accepts http and https, normalised by the URL parser', () => {
    expect(checkWebUrl('https://example.org/a b')).toEqual({ ok: true, url: 'https://example.org/a%20b' });
    expect(checkWebUrl(' HTTP://Example.org ')).toEqual({ ok: true, url: 'http://example.org/' });
  });

  test.each(['javascript:alert(1)', 'file:///etc/passwd', 'data:text/html,hi', 'ftp://example.org/x'])('refuses %s', (url) => {
    expect(checkWebUrl(url)).toMatchObject({ ok: false, reason: 'protocol' });
  });

  test('no address, or not one at all', () => {
    expect(checkWebUrl(null)).toEqual({ ok: false, reason: 'none' });
    expect(checkWebUrl('  ')).toEqual({ ok: false, reason: 'none' });
    expect(checkWebUrl('not a url')).toEqual({ ok: false, reason: 'unparsable' });
  });
});

describe('the opener', () => {
  test('xdg-open on Linux, open on macOS, $BROWSER first (its further words before the URL)', () => {
    expect(openerCommand({}, 'linux')).toEqual(['xdg-open']);
    expect(openerCommand({}, 'darwin')).toEqual(['open']);
    expect(openerCommand({ BROWSER: '  ' }, 'linux')).toEqual(['xdg-open']);
    expect(openerCommand({ BROWSER: 'firefox --new-window' }, 'darwin')).toEqual(['firefox', '--new-window']);
  });

  test('the URL is exactly one argument, detached, output ignored, unreferenced; never a shell', () => {
    const { spawn, calls } = fakeSpawn();
    const onError = vi.fn();
    const hostile = 'https://example.org/?q=a;rm -rf ~&x=$(id)`id`';
    makeUrlOpener({ env: {}, platform: 'linux', spawn })(hostile, onError);
    expect(calls).toHaveLength(1);
    expect(calls[0]!.command).toBe('xdg-open');
    expect(calls[0]!.args).toEqual([new URL(hostile).href]);
    expect(calls[0]!.options).toEqual({ detached: true, stdio: 'ignore' });
    expect(calls[0]!.options).not.toHaveProperty('shell');
    expect(calls[0]!.unref).toBe(true);
    expect(onError).not.toHaveBeenCalled();
  });

  test('$BROWSER with arguments: they come before the URL', () => {
    const { spawn, calls } = fakeSpawn();
    makeUrlOpener({ env: { BROWSER: 'firefox --new-window' }, platform: 'linux', spawn })('https://example.org/', () => undefined);
    expect(calls[0]).toMatchObject({ command: 'firefox', args: ['--new-window', 'https://example.org/'] });
  });

  test.each(['javascript:alert(1)', 'file:///etc/passwd'])('refuses %s without running anything', (url) => {
    const { spawn, calls } = fakeSpawn();
    const failures: OpenFailure[] = [];
    makeUrlOpener({ env: {}, platform: 'linux', spawn })(url, (f) => failures.push(f));
    expect(calls).toHaveLength(0);
    expect(failures).toEqual([{ program: 'xdg-open', reason: 'only http and https addresses are opened' }]);
  });

  test("a missing program: spawn's 'error' is reported, not thrown", async () => {
    const { spawn } = fakeSpawn(new Error('spawn xdg-open ENOENT'));
    const failure = await new Promise<OpenFailure>((resolve) =>
      makeUrlOpener({ env: {}, platform: 'linux', spawn })('https://example.org/', resolve),
    );
    expect(failure).toEqual({ program: 'xdg-open', reason: 'spawn xdg-open ENOENT' });
  });
});

describe('o in the reducer', () => {
  const library = fakeLibrary([
    plainArticle('With Address', { published: '2023-10-03', url: 'https://example.org/news/1' }),
    plainArticle('Without Address', { published: '2023-10-02' }),
    plainArticle('Script Address', { published: '2023-10-01', url: 'javascript:alert(1)' }),
  ]);
  const start = () => initialState(library, new Map(), { columns: 100, rows: 24 });
  const o = (s: ReaderState) => reducer(s, { type: 'command', command: 'openUrl' });
  const down = (s: ReaderState) => reducer(s, { type: 'command', command: 'nav.down' });

  test('asks the edge to open the address, and says so; a second o is a new request', () => {
    const s = o(start());
    expect(s.openRequest).toEqual({ url: 'https://example.org/news/1', seq: 1 });
    expect(s.notice).toBe('Opening https://example.org/news/1');
    expect(o(s).openRequest?.seq).toBe(2);
  });

  test('no address, or a refused one: a message and no request', () => {
    const none = o(down(start()));
    expect(none.openRequest).toBeNull();
    expect(none.notice).toBe('No web address for this article');
    const script = o(down(down(start())));
    expect(script.openRequest).toBeNull();
    expect(script.notice).toBe('Not opening a javascript: address: only http and https');
  });

  test('a failed start is reported in the status bar', () => {
    const s = reducer(o(start()), { type: 'openFailed', program: 'xdg-open', reason: 'spawn xdg-open ENOENT' });
    expect(s.notice).toBe('Could not run xdg-open: spawn xdg-open ENOENT');
  });
});
