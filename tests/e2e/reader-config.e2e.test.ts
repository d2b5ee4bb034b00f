/**
 * The config file in the real program: remapped keys work and show in the hints; a bad file
 * stops the reader with one line (exit 1) and stays as it was. Needs `npm run build`.
 */
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, afterEach, beforeAll, expect, test } from 'vitest';
import { PROGRAM, runInTerminal, type Term } from '../helpers/term.js';
import { KEYS } from '../keys.js';

let root: string;
const running: Term[] = [];

beforeAll(() => {
  if (!existsSync(PROGRAM)) throw new Error(`${PROGRAM} is missing: run \`npm run build\` first`);
  root = mkdtempSync(join(tmpdir(), 'inkpress-config-e2e-'));
  cpSync(fileURLToPath(new URL('../../articles', import.meta.url)), join(root, 'articles'), { recursive: true });
});
afterAll(() => rmSync(root, { recursive: true, force: true }));
afterEach(() => {
  for (const t of running.splice(0)) t.kill('SIGKILL');
});

function start(config: string): { term: Term; file: string } {
  const dir = mkdtempSync(join(root, 'config-'));
  const file = join(dir, 'config.json');
  writeFileSync(file, config);
  const term = runInTerminal({
    cols: 100,
    rows: 30,
    env: { INKPRESS_DIR: join(root, 'articles'), INKPRESS_STATE_DIR: mkdtempSync(join(root, 'state-')), INKPRESS_CONFIG_DIR: dir },
  });
  running.push(term);
  return { term, file };
}

test('a config that remaps nav.down to e: e moves the selection, j no longer does, and the hints say e', async () => {
  const { term } = start(JSON.stringify({ keys: { 'nav.down': ['e'] }, theme: { 'ui.focus': '#ff8800' } }));
  let screen = await term.waitForScreen(/\d+ unread of \d+ · 1\/\d+/);
  expect(screen).toMatch(/e move/);
  term.write('e');
  screen = await term.waitForScreen(/unread of \d+ · 2\/\d+/);
  term.write('j');
  term.write('e');
  await term.waitForScreen(/unread of \d+ · 3\/\d+/);
  term.write(KEYS.ctrlC);
  expect((await term.waitForExit()).exitCode).toBe(0);
});

test('a bad config: one line naming the file and the entry, exit 1, and the file is left as it was', async () => {
  const content = '{ "keys": { "nav.dwn": ["e"] } }\n';
  const { term, file } = start(content);
  const exit = await term.waitForExit();
  expect(exit.exitCode).toBe(1);
  // All the program wrote (the screen would wrap it at 100 columns): one line, no escape sequences.
  expect(term.output().replaceAll('\r', '')).toBe(`inkpress: config ${file}: keys."nav.dwn": no such command (did you mean "nav.down"?)\n`);
  expect(term.inAltScreen()).toBe(false);
  expect(readFileSync(file, 'utf8')).toBe(content);
});

test('a config that is not JSON: the same, and the file is not replaced', async () => {
  const content = '{ "theme": { "ui.focus": "cyan", } ';
  const { term, file } = start(content);
  expect((await term.waitForExit()).exitCode).toBe(1);
  expect(term.output().replaceAll('\r', '')).toMatch(/^inkpress: config .*config\.json: not valid JSON \(.+\)\n$/);
  expect(readFileSync(file, 'utf8')).toBe(content);
});
