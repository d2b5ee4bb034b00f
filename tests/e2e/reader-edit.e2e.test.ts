/**
 * Edits keep state (issue 9, item 7): the article open in the reader is edited in place, as
 * `sed -i` does (a new file renamed over the old one) and as an editor writing the same file
 * does. Its id comes from its text (a plain .txt: the edit gives it a new id) or from its URL
 * (an HTML page with a canonical address: the id stays). Either way the new text is on screen
 * within a second, the article stays open at the same place, and it is still read, also after
 * a restart. Needs `npm run build`.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, expect, test } from 'vitest';
import { PROGRAM, runInTerminal, type Term } from '../helpers/term.js';
import { KEYS } from '../keys.js';

let root: string;
const running: Term[] = [];

/** 40 sentences of numbered words (`w0153`), four to a paragraph. */
function paragraphs(letter: string): string[] {
  const sentences = Array.from({ length: 40 }, (_, s) => {
    const words = Array.from({ length: 14 }, (_, i) => `${letter}${String(s * 14 + i).padStart(4, '0')}`).join(' ');
    return `Sentence ${s} says ${words}.`;
  });
  return Array.from({ length: 10 }, (_, p) => sentences.slice(p * 4, p * 4 + 4).join(' '));
}

function library(): string {
  const dir = mkdtempSync(join(root, 'articles-'));
  mkdirSync(join(dir, 'news'));
  writeFileSync(join(dir, 'news', 'plain.txt'), `A plain story to edit\n\n${paragraphs('w').join('\n\n')}\n`);
  const body = paragraphs('u').map((p) => `<p>${p}</p>`).join('\n');
  writeFileSync(
    join(dir, 'news', 'linked.html'),
    '<!doctype html><html><head><title>A linked story to edit</title>' +
      '<link rel="canonical" href="https://example.com/news/linked-story"></head>' +
      `<body><article><h1>A linked story to edit</h1>\n${body}\n</article></body></html>\n`,
  );
  return dir;
}

beforeAll(() => {
  if (!existsSync(PROGRAM)) throw new Error(`${PROGRAM} is missing: run \`npm run build\` first`);
  root = mkdtempSync(join(tmpdir(), 'inkpress-edit-e2e-'));
});
afterAll(() => rmSync(root, { recursive: true, force: true }));
afterEach(() => {
  for (const t of running.splice(0)) t.kill('SIGKILL');
});

function start(dir: string, stateDir: string): Term {
  const env = { INKPRESS_DIR: dir, INKPRESS_STATE_DIR: stateDir, INKPRESS_CACHE_DIR: join(stateDir, 'cache') };
  const term = runInTerminal({ cols: 120, rows: 30, env });
  running.push(term);
  return term;
}

const rows = (screen: string) => screen.trimEnd().split('\n');
/** The article's first text line: the row under the pane's title, right of the list panes. */
const firstLine = (screen: string) => (rows(screen)[1] ?? '').split('│').pop()!.trim();
const title = (screen: string) => (rows(screen)[0] ?? '').split('│').pop()!.trim();
/** A whole frame (the status bar, the last row, is in) with the article at footer line `n`. */
const frameAt = (n: number) => (screen: string) =>
  new RegExp(`line ${n}/\\d+`).test(screen) && /unread of 2/.test(rows(screen).at(-1) ?? '');

/** `sed -i`: the new text in a new file, renamed over the old one. */
function sedInPlace(path: string, from: string, to: string): void {
  const temp = join(path, '..', `.sed${process.pid}`);
  writeFileSync(temp, readFileSync(path, 'utf8').replace(from, to));
  renameSync(temp, path);
}
/** An editor that writes the same file again. */
function overwrite(path: string, from: string, to: string): void {
  writeFileSync(path, readFileSync(path, 'utf8').replace(from, to));
}

for (const { name, file, row, edit } of [
  { name: 'id from its text, edited with sed -i', file: 'plain.txt', row: 1, edit: sedInPlace },
  { name: 'id from its URL, edited with sed -i', file: 'linked.html', row: 0, edit: sedInPlace },
  { name: 'id from its text, written over in place', file: 'plain.txt', row: 1, edit: overwrite },
  { name: 'id from its URL, written over in place', file: 'linked.html', row: 0, edit: overwrite },
]) {
  test(`an open article edited (${name}): new text within a second, same place, still read`, async () => {
    const dir = library();
    const stateDir = mkdtempSync(join(root, 'state-'));
    const term = start(dir, stateDir);
    await term.waitForScreen(/2 unread of 2/);
    term.write('j'.repeat(row) + KEYS.enter);
    await term.waitForScreen(/line 1\//);
    term.write('j'.repeat(10));
    const before = await term.waitForScreen((s) => frameAt(11)(s) && /1 unread of 2/.test(s));
    const top = firstLine(before);
    const heading = title(before);
    expect(top).toMatch(/^[wu]\d{4}/);
    // Sentence 14 is on screen, below the paragraph of the first line.
    expect(before).toContain('Sentence 14 says');

    const edited = Date.now();
    edit(join(dir, 'news', file), 'Sentence 14 says', 'Sentence FOURTEEN says');
    const after = await term.waitForScreen((s) => s.includes('Sentence FOURTEEN says') && frameAt(11)(s), 5_000);
    const took = Date.now() - edited;
    expect(took, `new text after ${took} ms`).toBeLessThan(1_000);
    expect(title(after)).toBe(heading);
    expect(firstLine(after)).toBe(top);
    expect(after).toMatch(/1 unread of 2/);
    expect(after).not.toMatch(/deleted/i);
    term.write(KEYS.ctrlC);
    expect((await term.waitForExit()).exitCode).toBe(0);

    // Still read, and at the same place, after a restart.
    const again = start(dir, stateDir);
    await again.waitForScreen(/1 unread of 2/);
    again.write('j'.repeat(row) + KEYS.enter);
    const reopened = await again.waitForScreen((s) => frameAt(11)(s) && s.includes('Sentence FOURTEEN says'));
    expect(firstLine(reopened)).toBe(top);
    expect(reopened).toMatch(/1 unread of 2/);
    again.write(KEYS.ctrlC);
    expect((await again.waitForExit()).exitCode).toBe(0);
  });
}
