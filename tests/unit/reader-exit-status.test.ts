/**
 * The reader command's exit status: when the reader fails (it restores the terminal and prints
 * one line), `inkpress` must exit 1, as a script running it would check. The reader's own
 * failure path (terminal restored, one line, no stack) is covered end to end in hostile.e2e; this
 * checks the status it reports reaches the command's, which once turned it back into 0.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { CommandContext } from '../../src/cli/context.js';
import { memoryStore } from '../helpers/memory-store.js';

const runReader = vi.fn<() => Promise<number>>();
vi.mock('../../src/ui/run-reader.js', () => ({ runReader }));
// No folder is read and nothing is watched: the command only passes the library on.
vi.mock('../../src/library/live/live-library.js', () => ({ openLibrary: () => ({ close: () => undefined }) }));

const { readerCommand } = await import('../../src/cli/commands/reader.js');

function context(): CommandContext {
  const store = memoryStore();
  return {
    out: { print: () => undefined, error: () => undefined } as unknown as CommandContext['out'],
    root: '/nonexistent/library',
    extraFiles: [],
    library: () => Promise.reject(new Error('not used')),
    store: () => store,
    close: () => undefined,
  };
}

describe('inkpress (the reader) exit status', () => {
  const tty = { stdin: process.stdin.isTTY, stdout: process.stdout.isTTY };
  beforeEach(() => {
    // The command refuses to start without a terminal; here the reader itself is replaced.
    Object.defineProperty(process.stdin, 'isTTY', { value: true, configurable: true });
    Object.defineProperty(process.stdout, 'isTTY', { value: true, configurable: true });
  });
  afterEach(() => {
    Object.defineProperty(process.stdin, 'isTTY', { value: tty.stdin, configurable: true });
    Object.defineProperty(process.stdout, 'isTTY', { value: tty.stdout, configurable: true });
    runReader.mockReset();
  });

  it('is 1 when the reader failed', async () => {
    runReader.mockResolvedValue(1);
    expect(await readerCommand(context())).toBe(1);
  });

  it('is 0 when the user quit', async () => {
    runReader.mockResolvedValue(0);
    expect(await readerCommand(context())).toBe(0);
  });
});
