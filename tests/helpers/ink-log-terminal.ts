// A headless xterm behind Ink's log-update (see tests/unit/ink-line-skips.test.ts and
// ink-scroll-rows.test.ts): what a frame writes, and the cells it leaves, to compare with the
// same frame drawn whole into a fresh terminal.
import { Terminal } from '@xterm/headless';

/** The cells of the terminal's first `rows` rows: each one's character, colours and styles. */
export function cellsOf(term: Terminal, rows: number): Promise<string[]> {
  return new Promise((resolve) =>
    term.write('', () => {
      const out: string[] = [];
      for (let y = 0; y < rows; y++) {
        const line = term.buffer.active.getLine(y)!;
        for (let x = 0; x < term.cols; x++) {
          const c = line.getCell(x)!;
          out.push(`${y}:${x} ${JSON.stringify([c.getChars() || ' ', c.getFgColor(), c.getBgColor(), c.isBold(), c.isInverse(), c.isUnderline()])}`);
        }
      }
      resolve(out);
    }),
  );
}

/** The frame drawn whole into a fresh terminal. */
export async function drawnWhole(frame: string, cols: number, rows: number): Promise<string[]> {
  const term = new Terminal({ cols, rows, allowProposedApi: true, convertEol: true });
  term.write(frame);
  return cellsOf(term, rows);
}

/**
 * A terminal of `rows` x `cols` and a stream into it, as Ink's log-update writes to stdout. The
 * stream says it has `streamRows` rows (the terminal's by default; `null` as a stream that
 * does not say, so log-update cannot know the frame's rows are the screen's).
 */
export function terminal(rows: number, cols = 20, { streamRows = rows as number | null } = {}) {
  const term = new Terminal({ cols, rows, allowProposedApi: true, convertEol: true });
  let written = '';
  const stream = { write: (s: string) => ((written += s), term.write(s), true), isTTY: true, columns: cols, rows: streamRows ?? undefined };
  const screen = () =>
    new Promise<string[]>((resolve) =>
      term.write('', () => resolve(Array.from({ length: rows }, (_, y) => term.buffer.active.getLine(y)?.translateToString(true) ?? ''))),
    );
  const cells = () => cellsOf(term, rows);
  const take = () => {
    const s = written;
    written = '';
    return s;
  };
  return { stream, screen, take, cells };
}

