/**
 * A stdout for Ink that is a headless xterm: what Ink writes is parsed as a terminal would, and
 * the screen can be read back as text (`screen`) or cell by cell with colours and attributes
 * (`cells`), to compare two ways of drawing the same frame.
 */
import { Terminal } from '@xterm/headless';
import { EventEmitter } from 'node:events';

export class XtermStdout extends EventEmitter {
  readonly isTTY = true;
  readonly term: Terminal;
  constructor(public columns: number, public rows: number) {
    super();
    // convertEol: a pty turns "\n" into CR LF (onlcr) before the terminal sees it.
    this.term = new Terminal({ cols: columns, rows, allowProposedApi: true, convertEol: true });
  }
  write(data: string): boolean {
    this.term.write(data);
    return true;
  }
  resize(columns: number, rows: number): void {
    this.columns = columns;
    this.rows = rows;
    this.term.resize(columns, rows);
    this.emit('resize');
  }
  /** Each row's text, once everything written so far is parsed. */
  screen(): Promise<string[]> {
    return this.parsed(() => {
      const buffer = this.term.buffer.active;
      return Array.from({ length: this.rows }, (_, y) => buffer.getLine(buffer.viewportY + y)?.translateToString(true) ?? '');
    });
  }
  /** Every cell, as `[row, column, characters, width, colours…, attributes…]` in JSON. */
  cells(): Promise<string[]> {
    return this.parsed(() => {
      const buffer = this.term.buffer.active;
      const out: string[] = [];
      for (let y = 0; y < this.rows; y++) {
        const line = buffer.getLine(buffer.viewportY + y)!;
        for (let x = 0; x < this.columns; x++) {
          const c = line.getCell(x)!;
          out.push(JSON.stringify([y, x, c.getChars() || ' ', c.getWidth(), c.getFgColorMode(), c.getFgColor(), c.getBgColorMode(), c.getBgColor(),
            c.isBold(), c.isDim(), c.isItalic(), c.isUnderline(), c.isInverse(), c.isStrikethrough()]));
        }
      }
      return out;
    });
  }
  private parsed<T>(read: () => T): Promise<T> {
    return new Promise((resolve) => this.term.write('', () => resolve(read())));
  }
}
