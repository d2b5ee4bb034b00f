/**
 * Ink's output step as patched in patches/ink+6.8.0.patch (issue 10): a row whose writes are
 * narrow text, in order and not overlapping, is joined as strings instead of drawn cell by cell,
 * and widths of such text are counted instead of segmented. Both shortcuts must show exactly what
 * the long way shows: checked against string-width and, drawn into a headless xterm, cell by cell.
 */
import { Terminal } from '@xterm/headless';
import stringWidth from 'string-width';
import { describe, expect, it } from 'vitest';
// Not exported by Ink's package: imported by path, as the patch changes these modules.
import InkOutput from '../../node_modules/ink/build/output.js';
import { isNarrowCode, lineWidth, narrowText } from '../../node_modules/ink/build/fast-width.js';

type Writes = Array<number | string>;
/** The two ways the patched Output draws a row from its writes (x, line, x, line, …). */
interface RowDrawing {
  joinRow(writes: Writes): string | null;
  drawRow(writes: Writes): string;
  write(x: number, y: number, text: string, options: { transformers: [] }): void;
  get(): { output: string };
}
const Output = InkOutput as unknown as new (options: { width: number; height: number }) => RowDrawing;

function cells(row: string, width: number): Promise<string[]> {
  const term = new Terminal({ cols: width, rows: 1, allowProposedApi: true });
  return new Promise((resolve) =>
    term.write(row, () => {
      const line = term.buffer.active.getLine(0)!;
      const out: string[] = [];
      for (let x = 0; x < width; x++) {
        const c = line.getCell(x)!;
        out.push(JSON.stringify([c.getChars() || ' ', c.getWidth(), c.getFgColorMode(), c.getFgColor(), c.getBgColorMode(), c.getBgColor(),
          c.isBold(), c.isDim(), c.isItalic(), c.isUnderline(), c.isInverse(), c.isStrikethrough()]));
      }
      term.dispose();
      resolve(out);
    }),
  );
}

const esc = (codes: string) => `\u001B[${codes}m`;
const JOINED: Writes[] = [
  [0, 'plain text', 20, 'more'],
  [0, `${esc('7')}${esc('36')}●  2023-10-25 Malmö: Power Cuts   ${esc('39')}${esc('27')}`, 38, `${esc('90')}│${esc('39')}`, 39, 'Ünïcödé · €5 “quoted” — ★'],
  [2, `${esc('1')}${esc('32')} 9999${esc('39')}${esc('22')} `, 9, `${esc('38;5;208')}orange${esc('39')}`, 16, `${esc('48;2;10;20;30')}${esc('4')}deep${esc('24')}${esc('49')}`],
  [0, `${esc('2')}dim${esc('22')}${esc('3')} italic ${esc('23')}${esc('9')}gone${esc('29')}   `],
  [0, `${esc('7')}           ${esc('27')}`, 11, '   '],
  [5, 'Ελληνικά Кириллица ŁĄŻ ǅ ʰ'],
  // A pane's title: the focus mark (issue 12) in the focus style.
  [0, `${esc('1')}${esc('4')}▶ Johannesburg and Medellín ◀${esc('24')}${esc('22')}`],
];
const NOT_JOINED: Writes[] = [
  [0, 'e\u0301 combining'],
  [0, '漢字 wide'],
  [0, 'zero\u200Bwidth'],
  [0, 'soft\u00ADhyphen'],
  [0, 'emoji 👍'],
  [0, 'emoji presentation ▶\uFE0F'],
  [0, `${esc('1')}left open`],
  [0, `${esc('6')}rapid blink, a style the shortcut does not know${esc('25')}`],
  [0, `\u001B]8;;https://example.org\u0007link\u001B]8;;\u0007`],
  [10, 'later', 2, 'earlier'],
  [0, 'overlapping', 5, 'x'],
  [70, 'past the edge'],
];

describe('Ink rows joined as strings', () => {
  it('counts exactly the code points string-width counts as one column each', () => {
    for (let cp = 0; cp <= 0xffff; cp++) {
      const ch = String.fromCharCode(cp);
      if (!narrowText.test(ch)) continue;
      expect([cp.toString(16), stringWidth(ch)]).toEqual([cp.toString(16), 1]);
      expect(stringWidth(`a${ch}b`)).toBe(3);
    }
    for (const text of [...JOINED, ...NOT_JOINED].flat().filter((x): x is string => typeof x === 'string')) {
      expect(lineWidth(text)).toBe(stringWidth(text));
    }
  });

  it('tells a narrow code unit by its number exactly as the pattern does, surrogates never', () => {
    const differ: string[] = [];
    for (let cp = 0; cp <= 0xffff; cp++) {
      if (isNarrowCode(cp) !== narrowText.test(String.fromCharCode(cp))) differ.push(cp.toString(16));
    }
    expect(differ).toEqual([]);
    expect(isNarrowCode(0xd83d)).toBe(false);
  });

  it('shows what drawing cell by cell shows, and takes the shortcut for narrow text in order', async () => {
    const output = new Output({ width: 80, height: 1 });
    for (const writes of JOINED) {
      const joined = output.joinRow(writes);
      expect(joined, JSON.stringify(writes)).not.toBeNull();
      expect(await cells(joined!, 80)).toEqual(await cells(output.drawRow(writes), 80));
    }
    for (const writes of NOT_JOINED) {
      expect(output.joinRow(writes), JSON.stringify(writes)).toBeNull();
    }
  });

  it('places a frame written through Output.get() as the cell-by-cell drawing would', async () => {
    const output = new Output({ width: 80, height: JOINED.length });
    JOINED.forEach((writes, y) => {
      for (let w = 0; w < writes.length; w += 2) output.write(writes[w] as number, y, writes[w + 1] as string, { transformers: [] });
    });
    const rows = output.get().output.split('\n');
    for (const [y, writes] of JOINED.entries()) expect(await cells(rows[y]!, 80)).toEqual(await cells(output.drawRow(writes), 80));
  });
});
