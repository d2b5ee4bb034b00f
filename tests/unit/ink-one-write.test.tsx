/**
 * Ink as patched in patches/ink+6.8.0.patch (issue 10): a frame leaves in ONE write to the
 * terminal. Its begin-synchronized-update mark, its rows and its end mark were three writes, and
 * each woke the terminal on the other side of the pty (the bench's, or a user's), which read the
 * 8-byte mark alone and then the frame. The stream here counts what reaches the system the way
 * a tty stream does: one `_write` or `_writev` call is one system call.
 */
import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';

// Under CI=true Ink writes no frame but the last and no synchronized-update marks (is-in-ci,
// read once when Ink loads): switch it off for this file before Ink is loaded.
for (const key of Object.keys(process.env)) if (key === 'CI' || key === 'CONTINUOUS_INTEGRATION' || key.startsWith('CI_')) delete process.env[key];
const { Text, render } = await import('ink');

const BEGIN = '\u001B[?2026h';
const END = '\u001B[?2026l';

class CountingTty extends Writable {
  readonly isTTY = true;
  readonly columns = 40;
  readonly rows = 10;
  /** Each system call: the bytes it wrote. */
  readonly calls: string[] = [];
  override _write(chunk: Buffer, _encoding: BufferEncoding, done: () => void): void {
    this.calls.push(chunk.toString());
    done();
  }
  override _writev(chunks: Array<{ chunk: Buffer }>, done: () => void): void {
    this.calls.push(chunks.map((c) => c.chunk.toString()).join(''));
    done();
  }
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 20));

describe('a frame in one write', () => {
  for (const incrementalRendering of [true, false]) {
    it(`each frame is one system call, marks included (incremental: ${incrementalRendering})`, async () => {
      const stdout = new CountingTty();
      const app = render(<Text>page 1</Text>, { stdout: stdout as unknown as NodeJS.WriteStream, incrementalRendering, maxFps: 1000, patchConsole: false });
      await settle();
      for (const page of [2, 3, 4]) {
        const before = stdout.calls.length;
        app.rerender(<Text>page {page}</Text>);
        await settle();
        const frame = stdout.calls.slice(before);
        expect(frame).toHaveLength(1);
        expect(frame[0]!.startsWith(BEGIN)).toBe(true);
        expect(frame[0]!.endsWith(END)).toBe(true);
        // Incremental frames write only what changed: here the page number.
        expect(frame[0]).toContain(String(page));
      }
      app.unmount();
    });
  }
});
