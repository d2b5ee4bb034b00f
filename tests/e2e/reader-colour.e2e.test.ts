/**
 * Colours off: the selected row must still be visible (inverse), with NO_COLOR and with
 * FORCE_COLOR=0 alike, and no colour sequence may be written. Needs `npm run build`.
 */
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeAll, describe, expect, test } from 'vitest';
import { PROGRAM, runInTerminal, type Term } from '../helpers/term.js';

const running: Term[] = [];
beforeAll(() => {
  if (!existsSync(PROGRAM)) throw new Error(`${PROGRAM} is missing: run \`npm run build\` first`);
});
afterEach(() => {
  for (const t of running.splice(0)) t.kill('SIGKILL');
});

// SGR parameters that set a foreground or background colour: 30–37, 39–47, 49, 90–97, 100–107, 38;…, 48;…
const COLOUR_SGR = /\u001B\[(?:[0-9;]*;)?(?:3[0-9]|4[0-9]|9[0-7]|10[0-7])(?:;[0-9;]*)?m/;
const INVERSE_SGR = /\u001B\[(?:[0-9;]*;)?7(?:;[0-9;]*)?m/;

describe.each([
  ['NO_COLOR=1', { NO_COLOR: '1' }],
  ['FORCE_COLOR=0', { FORCE_COLOR: '0' }],
])('with %s', (_name, colourEnv) => {
  test('no colour is written and the selected headline is still shown in inverse', async () => {
    const root = mkdtempSync(join(tmpdir(), 'inkpress-colour-'));
    const term = runInTerminal({ cols: 120, rows: 30, env: { ...colourEnv, INKPRESS_STATE_DIR: root, INKPRESS_CACHE_DIR: root } });
    running.push(term);
    await term.waitForScreen(/unread of/);
    const output = term.bytes().toString('utf8');
    expect(output).toMatch(INVERSE_SGR);
    expect(output).not.toMatch(COLOUR_SGR);
  });
});
