import { PassThrough } from 'node:stream';
import { afterEach, describe, expect, test } from 'vitest';
import {
  ENTER_SEQUENCE, formatCrash, LEAVE_SEQUENCE, openTerminalSession, type TerminalSession,
} from '../../src/ui/terminal-session.js';
import { makeTheme } from '../../src/render/theme.js';

function fakeStdout() {
  const stream = new PassThrough() as PassThrough & { written: string };
  stream.written = '';
  stream.on('data', (chunk: Buffer) => (stream.written += chunk.toString()));
  return stream;
}

let session: TerminalSession | undefined;
afterEach(() => session?.restore());

describe('terminal session', () => {
  test('enters the alternate screen with the cursor hidden; restore is idempotent', async () => {
    const stdout = fakeStdout();
    session = openTerminalSession({ stdout: stdout as unknown as NodeJS.WriteStream, exit: () => {} });
    session.restore();
    session.restore();
    await new Promise((resolve) => setImmediate(resolve));
    expect(stdout.written).toBe(ENTER_SEQUENCE + LEAVE_SEQUENCE);
    expect(ENTER_SEQUENCE).toContain('\u001B[?1049h');
    expect(ENTER_SEQUENCE).toContain('\u001B[?25l');
    expect(LEAVE_SEQUENCE.endsWith('\u001B[?1049l')).toBe(true);
    expect(LEAVE_SEQUENCE).toContain('\u001B[?25h');
    expect(session.active).toBe(false);
  });

  test('a signal runs the leave hooks, restores, then exits with 128 + the signal number', async () => {
    const stdout = fakeStdout();
    const order: string[] = [];
    const listeners = process.listenerCount('SIGHUP');
    session = openTerminalSession({
      stdout: stdout as unknown as NodeJS.WriteStream,
      exit: (code) => order.push(`exit ${code}`),
    });
    session.onLeave(() => order.push('save position'));
    session.onLeave(() => {
      throw new Error('a failing hook does not stop the restore');
    });
    process.emit('SIGHUP', 'SIGHUP');
    await new Promise((resolve) => setImmediate(resolve));
    expect(order).toEqual(['save position', 'exit 129']);
    expect(stdout.written.endsWith(LEAVE_SEQUENCE)).toBe(true);
    expect(process.listenerCount('SIGHUP')).toBe(listeners);
  });

  test('crashes print one line; the stack only with INKPRESS_DEBUG', () => {
    const error = new Error('disk on fire\nsecond line');
    expect(formatCrash(error, {})).toBe('inkpress: disk on fire\n');
    expect(formatCrash(error, { INKPRESS_DEBUG: '1' })).toMatch(/^inkpress: Error: disk on fire\n[\s\S]*at /);
    expect(formatCrash('plain', {})).toBe('inkpress: plain\n');
  });
});

describe('theme', () => {
  test('NO_COLOR drops every colour and keeps the attributes', () => {
    const plain = makeTheme(true);
    for (const style of Object.values(plain)) {
      expect(style.color).toBeUndefined();
      expect(style.backgroundColor).toBeUndefined();
    }
    expect(plain['ui.selected'].inverse).toBe(true);
    expect(plain['text.standfirst'].bold).toBe(true);
    expect(plain['text.muted'].dimColor).toBe(true);
    expect(makeTheme(false)['text.muted'].color).toBeDefined();
  });
});
