// Makes the README's pictures of the reader from a real run, not a mock-up: `node dist/inkpress.js`
// runs in a pseudo-terminal (node-pty) at 120×34 on the bundled sample library with a fresh state
// and cache folder, every byte it writes goes to a headless xterm of the same size, and the script
// waits for what a person would wait for (polling the screen against a deadline), presses keys to
// open the sample article, and turns xterm's cell buffer into an SVG: one <text> per row, one
// <tspan> per run of cells with the same colours and attributes, every glyph placed at its cell's
// column (so fallback fonts cannot drift the columns), light box-drawing characters drawn as lines
// so pane borders join up between rows.
//
// Writes docs/reader.svg, docs/reader.txt (the same screen as plain text) and docs/help.svg (the
// help overlay). Run with `npm run screenshot` (builds first) or `node scripts/screenshot.mjs`.
import { createRequire } from 'node:module';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const require = createRequire(import.meta.url);
const { spawn } = require('node-pty');
const { Terminal } = require('@xterm/headless');
const { default: stringWidth } = await import('string-width');

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const PROGRAM = join(ROOT, 'dist', 'inkpress.js');
const DOCS = join(ROOT, 'docs');
const COLS = 120;
const ROWS = 34;
const ARTICLE = 'Palestinian Resistance to Meet Russian Authorities: Zakharova';
const CAPTION = 'Photo: Russian FM spokesperson Maria Zakharova.';

// ---------------------------------------------------------------------------------------------
// Colours: a dark theme for the 16 ANSI colours, and xterm's 256-colour palette built from them.

const THEME = {
  background: '#16181d',
  foreground: '#d7dae0',
  chrome: '#23262d',
  ansi: [
    '#2e3440', '#e06c75', '#98c379', '#e5c07b', '#61afef', '#c678dd', '#56b6c2', '#c8ccd4',
    '#6b7280', '#ef8891', '#b5e08a', '#f0d197', '#84c0f4', '#d7a1e7', '#7fd0da', '#ffffff',
  ],
};

const hex = (n) => n.toString(16).padStart(2, '0');
const PALETTE = [...THEME.ansi];
const CUBE = [0, 95, 135, 175, 215, 255];
for (let i = 0; i < 216; i++) {
  PALETTE.push(`#${hex(CUBE[Math.floor(i / 36)])}${hex(CUBE[Math.floor(i / 6) % 6])}${hex(CUBE[i % 6])}`);
}
for (let i = 0; i < 24; i++) {
  const v = 8 + i * 10;
  PALETTE.push(`#${hex(v)}${hex(v)}${hex(v)}`);
}

const rgbHex = (n) => `#${n.toString(16).padStart(6, '0')}`;

/** Mixes two #rrggbb colours (for dim text, as terminals draw it). */
function mix(a, b, t) {
  const pa = [1, 3, 5].map((i) => parseInt(a.slice(i, i + 2), 16));
  const pb = [1, 3, 5].map((i) => parseInt(b.slice(i, i + 2), 16));
  return `#${pa.map((v, i) => hex(Math.round(v * (1 - t) + pb[i] * t))).join('')}`;
}

/** The colours a cell is drawn with: `bg` is undefined where the screen's background shows. */
function cellColours(cell) {
  let fg = cell.isFgRGB() ? rgbHex(cell.getFgColor()) : cell.isFgPalette() ? PALETTE[cell.getFgColor()] : undefined;
  let bg = cell.isBgRGB() ? rgbHex(cell.getBgColor()) : cell.isBgPalette() ? PALETTE[cell.getBgColor()] : undefined;
  // Bold text in one of the eight base colours is drawn bright, as xterm does by default.
  if (cell.isBold() && cell.isFgPalette() && cell.getFgColor() < 8) fg = PALETTE[cell.getFgColor() + 8];
  if (cell.isInverse()) [fg, bg] = [bg ?? THEME.background, fg ?? THEME.foreground];
  fg ??= THEME.foreground;
  if (cell.isDim()) fg = mix(fg, bg ?? THEME.background, 0.45);
  if (cell.isInvisible()) fg = bg ?? THEME.background;
  return { fg, bg };
}

// ---------------------------------------------------------------------------------------------
// The terminal: the program in node-pty, its output in a headless xterm.

/**
 * Character widths as Ink lays them out (string-width), for the xterm. Its built-in Unicode 6
 * table counts most emoji as one cell where Ink (and today's terminals) give them two, which
 * would shift the rest of such a row by a column in the picture.
 */
const widths = new Map();
export const INK_WIDTHS = {
  version: 'inkpress-string-width',
  wcwidth(codepoint) {
    let w = widths.get(codepoint);
    if (w === undefined) {
      w = Math.min(2, Math.max(0, stringWidth(String.fromCodePoint(codepoint))));
      widths.set(codepoint, w);
    }
    return w;
  },
  // xterm's own rule (its UnicodeV6 provider): a zero-width code point joins the cell before it.
  charProperties(codepoint, preceding) {
    let width = this.wcwidth(codepoint);
    let join = width === 0 && preceding !== 0;
    if (join) {
      const before = (preceding >> 1) & 3;
      if (before === 0) join = false;
      else if (before > width) width = before;
    }
    return (width << 1) | (join ? 1 : 0);
  },
};

/** A headless xterm that measures characters as Ink does. */
export function makeTerminal(cols = COLS, rows = ROWS) {
  const terminal = new Terminal({ cols, rows, allowProposedApi: true, scrollback: 0 });
  terminal.unicode.register(INK_WIDTHS);
  terminal.unicode.activeVersion = INK_WIDTHS.version;
  return terminal;
}

function startTerminal() {
  const state = mkdtempSync(join(tmpdir(), 'inkpress-shot-state-'));
  const cache = mkdtempSync(join(tmpdir(), 'inkpress-shot-cache-'));
  const terminal = makeTerminal();
  const env = {};
  const merged = {
    ...process.env,
    // Ink draws nothing when it thinks it runs in CI.
    CI: undefined,
    CONTINUOUS_INTEGRATION: undefined,
    NO_COLOR: undefined,
    NODE_NO_WARNINGS: '1',
    TERM: 'xterm-256color',
    FORCE_COLOR: '3',
    COLORTERM: 'truecolor',
    INKPRESS_STATE_DIR: state,
    INKPRESS_CACHE_DIR: cache,
  };
  for (const [k, v] of Object.entries(merged)) if (v !== undefined) env[k] = v;
  const child = spawn(process.execPath, [PROGRAM], { name: 'xterm-256color', cols: COLS, rows: ROWS, cwd: ROOT, env });
  let exit;
  child.onData((data) => terminal.write(data));
  child.onExit((e) => {
    exit = e;
  });

  const screen = () => {
    const buffer = terminal.buffer.active;
    const lines = [];
    for (let y = 0; y < ROWS; y++) lines.push(buffer.getLine(buffer.viewportY + y)?.translateToString(true) ?? '');
    return lines.join('\n');
  };
  // xterm parses writes asynchronously: an empty write's callback fires once all before it are parsed.
  const parsed = () => new Promise((resolve) => terminal.write('', resolve));
  const poll = async (probe, what, timeout = 15000) => {
    const deadline = Date.now() + timeout;
    for (;;) {
      await parsed();
      const value = probe();
      if (value !== undefined && value !== false) return value;
      if (Date.now() > deadline) throw new Error(`timed out after ${timeout} ms waiting for ${what}\n--- screen ---\n${screen()}`);
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
  };
  /** Waits until the screen holds `test` and has not changed for `quiet` ms (Ink may draw twice). */
  const settle = (test, what, quiet = 300) => {
    let last;
    let since = 0;
    return poll(() => {
      const s = screen();
      if (!test(s)) {
        last = undefined;
        return undefined;
      }
      if (s !== last) {
        last = s;
        since = Date.now();
        return undefined;
      }
      return Date.now() - since >= quiet ? s : undefined;
    }, what);
  };
  const cleanup = () => {
    rmSync(state, { recursive: true, force: true });
    rmSync(cache, { recursive: true, force: true });
  };
  return { terminal, child, screen, poll, settle, exited: () => exit, cleanup };
}

// ---------------------------------------------------------------------------------------------
// SVG

const FONT_SIZE = 14;
const CELL_W = 8.4; // 0.6em: the advance of the usual monospace fonts
const CELL_H = 18;
const PAD = 16;
const BAR = 30; // window title bar
const FONT = "ui-monospace, 'SF Mono', SFMono-Regular, Menlo, 'Cascadia Mono', Consolas, 'DejaVu Sans Mono', 'Liberation Mono', monospace";

const xml = (s) => s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c]);
const num = (n) => String(Math.round(n * 100) / 100);

// Light and rounded box-drawing characters as the edges they join: up, right, down, left.
const BOX = {
  '─': 'rl', '│': 'ud', '┌': 'rd', '┐': 'dl', '└': 'ur', '┘': 'ul', '├': 'urd', '┤': 'udl',
  '┬': 'rdl', '┴': 'url', '┼': 'urdl', '╭': 'rd', '╮': 'dl', '╰': 'ur', '╯': 'ul', '╴': 'l', '╵': 'u', '╶': 'r', '╷': 'd',
};
const ROUNDED = new Set(['╭', '╮', '╰', '╯']);

/** Adds a box-drawing character's strokes: straight edges as segments, rounded corners as curves. */
function addBox(strokes, ch, x0, y0) {
  const cx = x0 + CELL_W / 2;
  const cy = y0 + CELL_H / 2;
  const edges = BOX[ch];
  if (ROUNDED.has(ch)) {
    const ex = edges.includes('r') ? x0 + CELL_W : x0;
    const ey = edges.includes('d') ? y0 + CELL_H : y0;
    strokes.curves.push(`M${num(ex)} ${num(cy)}Q${num(cx)} ${num(cy)} ${num(cx)} ${num(ey)}`);
    return;
  }
  for (const e of edges) {
    if (e === 'u') strokes.segments.push(['v', cx, y0, cy]);
    if (e === 'd') strokes.segments.push(['v', cx, cy, y0 + CELL_H]);
    if (e === 'l') strokes.segments.push(['h', cy, x0, cx]);
    if (e === 'r') strokes.segments.push(['h', cy, cx, x0 + CELL_W]);
  }
}

/** Path data for the strokes, with touching segments on one line joined (a pane border is one line). */
function strokePath({ segments, curves }) {
  const sorted = [...segments].sort((a, b) => a[0].localeCompare(b[0]) || a[1] - b[1] || a[2] - b[2]);
  const merged = [];
  for (const seg of sorted) {
    const last = merged.at(-1);
    if (last && last[0] === seg[0] && Math.abs(last[1] - seg[1]) < 0.01 && seg[2] <= last[3] + 0.01) last[3] = Math.max(last[3], seg[3]);
    else merged.push([...seg]);
  }
  const lines = merged.map(([dir, at, from, to]) =>
    dir === 'v' ? `M${num(at)} ${num(from)}V${num(to)}` : `M${num(from)} ${num(at)}H${num(to)}`,
  );
  return [...lines, ...curves].join('');
}

/** Renders the terminal's visible screen as an SVG document. */
export function toSvg(terminal, title) {
  const buffer = terminal.buffer.active;
  const width = PAD * 2 + COLS * CELL_W;
  const height = BAR + PAD * 2 + ROWS * CELL_H;
  const rects = [];
  const texts = [];
  const boxes = new Map(); // colour -> { segments, curves }
  const cell = buffer.getNullCell();

  for (let y = 0; y < ROWS; y++) {
    const line = buffer.getLine(buffer.viewportY + y);
    if (!line) continue;
    const top = BAR + PAD + y * CELL_H;
    const baseline = top + CELL_H / 2 + FONT_SIZE * 0.35;
    const spans = [];
    let run; // { key, attrs, xs: [], text: '' }
    let bgRun; // { bg, x, w }
    const flushBg = () => {
      if (bgRun) rects.push(`<rect x="${num(PAD + bgRun.x * CELL_W)}" y="${num(top)}" width="${num(bgRun.w * CELL_W)}" height="${CELL_H}" fill="${bgRun.bg}"/>`);
      bgRun = undefined;
    };
    const flushRun = () => {
      if (run) {
        // Blanks carried at the end of a run draw nothing (underlined blanks are not carried ones).
        run.xs.length -= run.tail;
        run.text = run.text.slice(0, run.text.length - run.tail);
        run.cells -= run.tail;
        if (run.text) spans.push(run);
      }
      run = undefined;
    };
    for (let x = 0; x < COLS; x++) {
      line.getCell(x, cell);
      const w = cell.getWidth();
      if (w === 0) continue; // the second half of a wide character
      const { fg, bg } = cellColours(cell);
      if (bg && bgRun?.bg === bg && bgRun.x + bgRun.w === x) bgRun.w += w;
      else {
        flushBg();
        if (bg) bgRun = { bg, x, w };
      }
      const chars = cell.getChars() || ' ';
      const left = PAD + x * CELL_W;
      if (BOX[chars] && !cell.isInvisible()) {
        if (!boxes.has(fg)) boxes.set(fg, { segments: [], curves: [] });
        addBox(boxes.get(fg), chars, left, top);
        flushRun();
        continue;
      }
      if (chars === ' ' && !cell.isUnderline() && !cell.isStrikethrough()) {
        // A blank draws no glyph (its background is a rect), so it joins whatever run it is in.
        if (run?.simple) {
          run.xs.push(left);
          run.text += ' ';
          run.cells += 1;
          run.tail += 1;
        }
        continue;
      }
      const attrs = {
        fill: fg,
        bold: cell.isBold() !== 0,
        italic: cell.isItalic() !== 0,
        underline: cell.isUnderline() !== 0,
        strike: cell.isStrikethrough() !== 0,
      };
      const key = JSON.stringify(attrs);
      // A cell of more than one code point (emoji, combining marks) or two cells wide gets a tspan
      // of its own, so a per-glyph x list never falls out of step with the code points.
      const simple = w === 1 && [...chars].length === 1 && chars.length === 1;
      if (!run || run.key !== key || !simple || !run.simple) {
        flushRun();
        run = { key, attrs, xs: [], text: '', simple, cells: 0, tail: 0 };
      }
      run.tail = 0;
      run.xs.push(left);
      run.text += chars;
      run.cells += w;
      if (!simple) flushRun();
    }
    flushRun();
    flushBg();
    if (!spans.length) continue;
    const tspans = spans.map(({ attrs, xs, text, simple, cells }) => {
      const a = [`x="${simple ? xs.map(num).join(' ') : num(xs[0])}"`, `fill="${attrs.fill}"`];
      if (!simple) a.push(`textLength="${num(cells * CELL_W)}"`, 'lengthAdjust="spacingAndGlyphs"');
      if (attrs.bold) a.push('font-weight="bold"');
      if (attrs.italic) a.push('font-style="italic"');
      const deco = [attrs.underline && 'underline', attrs.strike && 'line-through'].filter(Boolean);
      if (deco.length) a.push(`text-decoration="${deco.join(' ')}"`);
      return `<tspan ${a.join(' ')}>${xml(text)}</tspan>`;
    });
    texts.push(`<text y="${num(baseline)}">${tspans.join('')}</text>`);
  }

  const paths = [...boxes].map(([colour, strokes]) => `<path d="${strokePath(strokes)}" stroke="${colour}" stroke-width="1.2" fill="none" stroke-linecap="square"/>`);
  const dots = ['#ff5f57', '#febc2e', '#28c840'].map((c, i) => `<circle cx="${PAD + 6 + i * 20}" cy="${BAR / 2 + 2}" r="6" fill="${c}"/>`);
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${num(width)}" height="${num(height)}" viewBox="0 0 ${num(width)} ${num(height)}" role="img" aria-label="${xml(title)}">`,
    `<title>${xml(title)}</title>`,
    `<rect width="${num(width)}" height="${num(height)}" rx="10" fill="${THEME.background}"/>`,
    `<path d="M0 10a10 10 0 0 1 10-10h${num(width - 20)}a10 10 0 0 1 10 10v${BAR - 8}h-${num(width)}z" fill="${THEME.chrome}"/>`,
    ...dots,
    `<text x="${num(width / 2)}" y="${BAR / 2 + 7}" text-anchor="middle" fill="#8b919c" font-family="${xml(FONT)}" font-size="13">inkpress — ${COLS}×${ROWS}</text>`,
    ...rects,
    ...paths,
    `<g font-family="${xml(FONT)}" font-size="${FONT_SIZE}" xml:space="preserve" style="white-space:pre">`,
    ...texts,
    '</g>',
    '</svg>',
    '',
  ].join('\n');
}

/** The visible screen as plain text, trailing blanks removed. */
export function toText(terminal) {
  const buffer = terminal.buffer.active;
  const lines = [];
  for (let y = 0; y < ROWS; y++) lines.push((buffer.getLine(buffer.viewportY + y)?.translateToString(true) ?? '').trimEnd());
  return `${lines.join('\n').replace(/\n+$/, '')}\n`;
}

// ---------------------------------------------------------------------------------------------
// The run

/** Columns of the headline pane: between the first two pane borders of the top row. */
function headlinePane(terminal) {
  const top = terminal.buffer.active.getLine(terminal.buffer.active.viewportY)?.translateToString() ?? '';
  const first = top.indexOf('│');
  const second = top.indexOf('│', first + 1);
  if (first < 0 || second < 0) return undefined;
  return { from: first + 1, to: second };
}

/** The row of the headline pane drawn selected (inverse), with its text, or undefined. */
function selectedHeadline(terminal) {
  const pane = headlinePane(terminal);
  if (!pane) return undefined;
  const buffer = terminal.buffer.active;
  for (let y = 1; y < ROWS - 2; y++) {
    const line = buffer.getLine(buffer.viewportY + y);
    const cell = line?.getCell(pane.from);
    if (cell?.isInverse() && line.getCell(pane.to - 2)?.isInverse()) {
      return { y, text: line.translateToString(true, pane.from, pane.to).trim() };
    }
  }
  return undefined;
}

async function main() {
  if (!existsSync(PROGRAM)) throw new Error(`${PROGRAM} is missing: run \`npm run build\` first`);
  mkdirSync(DOCS, { recursive: true });
  const t = startTerminal();
  try {
    // The headline list: dated rows and the status line.
    await t.settle((s) => /│.{0,4}\d\d-\d\d /.test(s) && /unread of \d+/.test(s), 'the headline list');

    // Walk down with j until the selected headline is the sample article. The list truncates
    // long headlines, so match on its start; give up (and search) if the selection stops moving.
    const prefix = ARTICLE.slice(0, 24);
    let selected = await t.poll(() => selectedHeadline(t.terminal), 'a selected headline');
    for (let presses = 0; !selected.text.includes(prefix); presses++) {
      if (presses > 500) break;
      const before = selected;
      t.child.write('j');
      const moved = await t
        .poll(() => {
          const now = selectedHeadline(t.terminal);
          return now && (now.y !== before.y || now.text !== before.text) ? now : undefined;
        }, 'the selection to move', 3000)
        .catch(() => undefined);
      if (!moved) break; // the end of the list
      selected = moved;
    }
    if (!selected.text.includes(prefix)) {
      // Not in the list as shown: search for it instead, which filters the list to it.
      t.child.write('/zakharova');
      await t.poll(() => t.screen().includes('zakharova') || undefined, 'the search prompt');
      t.child.write('\r');
      await t.poll(() => selectedHeadline(t.terminal)?.text.includes(prefix) || undefined, 'the search result selected');
    }

    t.child.write('\r');
    const article = await t.settle(
      (s) => s.includes(CAPTION) && s.includes('@Lantidiplomatic') && /line \d+\/\d+/.test(s),
      'the article with its photo caption',
    );
    writeFileSync(join(DOCS, 'reader.svg'), toSvg(t.terminal, `inkpress reading “${ARTICLE}”`));
    writeFileSync(join(DOCS, 'reader.txt'), toText(t.terminal));
    console.log(`docs/reader.svg, docs/reader.txt\n${article}\n`);

    // The help overlay.
    t.child.write('?');
    await t.settle((s) => s.includes('Keys —') && s.includes('Show all keys'), 'the help overlay');
    writeFileSync(join(DOCS, 'help.svg'), toSvg(t.terminal, 'inkpress help: every key'));
    console.log('docs/help.svg');

    // Close help, close the article, quit: q goes back one level at a time.
    t.child.write('?');
    await t.poll(() => !t.screen().includes('Show all keys') || undefined, 'the help to close');
    // Stop pressing once the program has left its full-screen view: it is on its way out then,
    // and a write to a pty whose program has gone fails.
    const inApp = () => t.terminal.buffer.active.type === 'alternate';
    const deadline = Date.now() + 10000;
    while (!t.exited() && inApp() && Date.now() < deadline) {
      const before = t.screen();
      t.child.write('q');
      await t.poll(() => t.exited() || !inApp() || t.screen() !== before || undefined, 'q to take effect', 3000).catch(() => undefined);
    }
    await t.poll(() => t.exited(), 'the program to exit', Math.max(0, deadline - Date.now()));
  } finally {
    // Whatever happened (a timeout included), leave no program behind.
    if (!t.exited()) t.child.kill('SIGKILL');
    t.terminal.dispose();
    t.cleanup();
  }
}

// Run only as a script (importing it gives toSvg/toText to try on any xterm).
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) main().then(
  () => process.exit(0),
  (error) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
