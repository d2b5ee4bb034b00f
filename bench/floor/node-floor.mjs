// The Node floor: the least any Node.js reader can cost, with no Ink, React or layout. The same
// screens as the Ink floor (bench/floor/floor.tsx): N headlines with a highlight moved by j/k,
// Enter shows one article wrapped once, Space and b page it, Esc goes back, q quits. Each frame
// writes only the rows that changed, and scrolls the list when it moves by one row (as curses
// does), one write per key. Measured like inkpress in the same pseudo-terminal
// (bench/measure-floor.mjs): what is left between it and newsboat is the cost of starting Node
// and of a JavaScript event loop reading the key and writing the rows.
import { readFileSync } from 'node:fs';
import { articleLines } from './wrap-words.mjs';

const [file, articleFile] = process.argv.slice(2);
if (!file || !articleFile) {
  process.stderr.write('usage: node-floor.mjs HEADLINES.json ARTICLE.json\n');
  process.exit(2);
}
const headlines = JSON.parse(readFileSync(file, 'utf8'));
const article = JSON.parse(readFileSync(articleFile, 'utf8'));
const out = process.stdout;
const cols = () => out.columns || 80;
const rows = () => out.rows || 24;
const visible = () => Math.max(1, rows() - 2);

let cursor = 0;
/** The open article: its lines and first shown line; null while the list is shown. */
let open = null;
/** The rows on the terminal now, to write only those that change. */
let shown = [];
/** The first headline on the terminal now (null: an article is shown). */
let shownTop = null;

function frame() {
  const n = visible();
  const width = cols();
  const fit = (s) => s.slice(0, width).padEnd(width);
  const want = [];
  // The first headline shown (null: an article is shown).
  const top = open ? null : Math.max(0, Math.min(cursor - n + 1, headlines.length - n));
  if (open) {
    want.push(`\x1b[1m${fit('floor · article')}\x1b[m`);
    for (const line of open.lines.slice(open.top, open.top + n)) want.push(fit(line));
  } else {
    want.push(`\x1b[1m${fit(`node floor · ${headlines.length} headlines`)}\x1b[m`);
    for (let i = top; i < Math.min(top + n, headlines.length); i += 1) {
      want.push(i === cursor ? `\x1b[7m${fit(headlines[i])}\x1b[m` : fit(headlines[i]));
    }
    want.push(`\x1b[2m${fit(`${cursor + 1}/${headlines.length} · j/k move · q quit`)}\x1b[m`);
  }
  while (want.length < rows()) want.push(' '.repeat(width));
  let text = '';
  // The list moved by one row: scroll the rows between title and status line, as curses does,
  // and write only what that leaves different (the row that came in, the highlight).
  const by = top === null || shownTop === null ? 0 : top - shownTop;
  if (by === 1 || by === -1) {
    text += `\x1b[2;${n + 1}r${by === 1 ? '\x1b[S' : '\x1b[T'}\x1b[r`;
    const moved = shown.slice(1, n + 1);
    if (by === 1) moved.push(moved.shift());
    else moved.unshift(moved.pop());
    shown = [shown[0], ...moved, ...shown.slice(n + 1)];
    // The row scrolled in is blank on the terminal.
    shown[by === 1 ? n : 1] = null;
  }
  shownTop = top;
  for (let r = 0; r < want.length; r += 1) if (want[r] !== shown[r]) text += `\x1b[${r + 1};1H${want[r]}`;
  shown = want;
  if (text) out.write(text);
}

function page(by) {
  if (open) open.top = Math.max(0, Math.min(open.top + by, open.lines.length - visible()));
}

function quit() {
  out.write('\x1b[?25h\x1b[?1049l');
  process.exit(0);
}

process.stdin.setRawMode?.(true);
process.stdin.on('data', (chunk) => {
  const s = chunk.toString('utf8');
  if (s === '\x1b') open = null;
  else {
    for (const ch of s) {
      if (ch === 'j') cursor = Math.min(headlines.length - 1, cursor + 1);
      else if (ch === 'k') cursor = Math.max(0, cursor - 1);
      else if (ch === '\r') open = { lines: articleLines(article.headline, article.paragraphs, cols() - 1), top: 0 };
      else if (ch === ' ') page(visible());
      else if (ch === 'b') page(-visible());
      else if (ch === 'q' || ch === '\x03') quit();
    }
  }
  frame();
});
out.on('resize', () => {
  shown = [];
  shownTop = null;
  frame();
});
out.write('\x1b[?1049h\x1b[?25l\x1b[2J');
frame();
