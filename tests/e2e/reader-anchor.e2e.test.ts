/**
 * Reading positions are anchored in the text, not in wrapped lines (issue 9, item 6): the real
 * program in a pseudo-terminal, read to the middle at 120 columns, quit, started at 80: the
 * same sentence is on the article's first line; a resize while reading keeps it there too.
 * Needs `npm run build`.
 */
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, expect, test } from 'vitest';
import { PROGRAM, runInTerminal, type Term } from '../helpers/term.js';
import { KEYS } from '../keys.js';

let root: string;
const running: Term[] = [];

/** 60 sentences of numbered words (`w0153`): every word on screen says where in the text it is. */
function longRead(): string {
  const sentences = Array.from({ length: 60 }, (_, s) => {
    const words = Array.from({ length: 14 }, (_, i) => `w${String(s * 14 + i).padStart(4, '0')}`).join(' ');
    return `Sentence ${s} says ${words}.`;
  });
  const paragraphs = Array.from({ length: 15 }, (_, p) => sentences.slice(p * 4, p * 4 + 4).join(' '));
  return `A long read for anchors\n\n${paragraphs.join('\n\n')}\n`;
}

beforeAll(() => {
  if (!existsSync(PROGRAM)) throw new Error(`${PROGRAM} is missing: run \`npm run build\` first`);
  root = mkdtempSync(join(tmpdir(), 'inkpress-anchor-e2e-'));
  mkdirSync(join(root, 'articles', 'news'), { recursive: true });
  writeFileSync(join(root, 'articles', 'news', 'long-read.txt'), longRead());
});
afterAll(() => rmSync(root, { recursive: true, force: true }));
afterEach(() => {
  for (const t of running.splice(0)) t.kill('SIGKILL');
});

function start(stateDir: string, cols: number): Term {
  const env = { INKPRESS_DIR: join(root, 'articles'), INKPRESS_STATE_DIR: stateDir, INKPRESS_CACHE_DIR: join(stateDir, 'cache') };
  const term = runInTerminal({ cols, rows: 30, env });
  running.push(term);
  return term;
}

/** The article's first text line: the row under the pane's title, right of any list pane. */
const firstLine = (screen: string) => (screen.split('\n')[1] ?? '').split('│').pop()!.trim();
/** The footer's `line N/M` number. */
const lineNumber = (screen: string) => Number(/line (\d+)\/\d+/.exec(screen)?.[1] ?? NaN);
/**
 * A whole frame with the article window at some line other than `not`: the footer (drawn below
 * the first line) shows it and the status bar (the last row) is there, so the rows above are in.
 */
const placedFrame = (not: number) => (screen: string) => {
  const n = lineNumber(screen);
  return n > 1 && n !== not && /unread of 1/.test(screen.trimEnd().split('\n').at(-1) ?? '') && /w\d{4}/.test(firstLine(screen));
};
const firstWord = (line: string) => /w\d{4}|Sentence \d+/.exec(line)![0];

test('read to the middle at 120 columns, quit, start at 80: the same sentence is on the first line', async () => {
  const stateDir = mkdtempSync(join(root, 'state-'));
  const wide = start(stateDir, 120);
  await wide.waitForScreen(/1 unread of 1/);
  wide.write(KEYS.enter);
  await wide.waitForScreen(/line 1\//);
  wide.write('j'.repeat(50));
  const read = await wide.waitForScreen((s) => lineNumber(s) === 51 && placedFrame(0)(s));
  const top = firstLine(read);
  expect(top).toMatch(/^w\d{4}/);
  wide.write(KEYS.ctrlC);
  expect((await wide.waitForExit()).exitCode).toBe(0);

  const narrow = start(stateDir, 80);
  await narrow.waitForScreen(/0 unread of 1/);
  narrow.write(KEYS.enter);
  const reopened = await narrow.waitForScreen(placedFrame(0));
  // Other widths (at 80 columns the article has the screen): the sentence is on another line
  // number, and the line holding it is on top.
  expect(lineNumber(reopened)).not.toBe(51);
  expect(firstLine(reopened)).toContain(firstWord(top));
  narrow.write(KEYS.ctrlC);
  expect((await narrow.waitForExit()).exitCode).toBe(0);
});

test('a resize while reading keeps the same sentence on top, and going back gives the same line', async () => {
  const stateDir = mkdtempSync(join(root, 'state-'));
  const term = start(stateDir, 120);
  await term.waitForScreen(/1 unread of 1/);
  term.write(KEYS.enter);
  await term.waitForScreen(/line 1\//);
  term.write('j'.repeat(37));
  const read = await term.waitForScreen((s) => lineNumber(s) === 38 && placedFrame(0)(s));
  const top = firstLine(read);
  for (const cols of [80, 60, 100]) {
    term.resize(cols, 30);
    const resized = await term.waitForScreen((s) => placedFrame(38)(s) && !s.includes('│ line'));
    expect(firstLine(resized), `at ${cols} columns`).toContain(firstWord(top));
  }
  term.resize(120, 30);
  const back = await term.waitForScreen((s) => lineNumber(s) === 38 && placedFrame(0)(s));
  expect(firstLine(back)).toBe(top);
  term.write(KEYS.ctrlC);
  expect((await term.waitForExit()).exitCode).toBe(0);
});
