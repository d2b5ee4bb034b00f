// Issue 12, item 10: `o` with a terminal browser hands the terminal over and takes it back.
// A fake `w3m` on PATH stands in for the browser (nothing reaches the network): it prints a
// marker and the address, reads a line, and exits. Reading a line proves raw mode was switched
// off (a raw terminal sends Enter as \r, which `read` never takes as the end of the line).
import { chmodSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { runInTerminal, type Term } from '../helpers/term.js';
import { tempDir } from '../helpers/temp-dir.js';
import { KEYS } from '../keys.js';

const FEEDS = resolve('articles/feeds');
let term: Term | undefined;
afterEach(() => term?.kill());

/** A folder holding a fake `w3m`; it writes what it was given to `log` too. */
function fakeW3m(log: string): string {
  const bin = tempDir();
  writeFileSync(join(bin, 'w3m'), [
    '#!/bin/sh',
    `printf '%s\\n' "$@" > '${log}'`,
    'printf "FAKE-W3M showing %s\\n" "$1"',
    'printf "type a line: "',
    'IFS= read -r line',
    'printf "FAKE-W3M got [%s]\\n" "$line"',
    `printf 'read %s\\n' "$line" >> '${log}'`,
  ].join('\n'));
  chmodSync(join(bin, 'w3m'), 0o755);
  return bin;
}

/** The screen without its status line, where the notice changes. */
const panes = (screen: string) => screen.split('\n').slice(0, -2).join('\n');

describe('o with a terminal browser', () => {
  it.each([
    ['incremental frames', {}],
    ['whole frames (INKPRESS_FULL_REDRAW)', { INKPRESS_FULL_REDRAW: '1' }],
  ])('hands the terminal over, waits, and redraws the whole reader after (%s)', async (_, redraw: Record<string, string>) => {
    const log = join(tempDir(), 'w3m.log');
    const bin = fakeW3m(log);
    term = runInTerminal({
      args: ['--dir', FEEDS],
      cols: 120,
      rows: 30,
      env: { PATH: `${bin}:${process.env.PATH ?? ''}`, BROWSER: 'w3m', INKPRESS_STATE_DIR: tempDir(), ...redraw },
    });
    await term.waitForScreen('Tram Line Reaches the Harbour');
    term.write(KEYS.enter);
    const before = await term.waitForScreen((s) => s.includes('line 1/') && s.includes('By Mara Velde'));
    expect(term.inAltScreen()).toBe(true);

    term.write('o');
    await term.waitForScreen('type a line:');
    const browsing = term.screen();
    expect(term.inAltScreen()).toBe(false);
    expect(browsing).toMatch(/FAKE-W3M showing https:\/\/herald\.example\.org\/2024\/06\/tram-line-harbour/);
    expect(browsing).not.toContain('Sections');

    term.write('hello\r');
    const after = await term.waitForScreen((s) => s.includes('Back from w3m'));
    expect(term.inAltScreen()).toBe(true);
    // Every row of the reader is back as it was: the frame was drawn whole, not patched.
    expect(panes(after)).toBe(panes(before));
    expect(after).not.toContain('FAKE-W3M');
    // And the reader has its keys again.
    term.write('h');
    await term.waitForScreen('▶ All (3)');
    expect(readFileSync(log, 'utf8')).toBe('https://herald.example.org/2024/06/tram-line-harbour\nread hello\n');
  });
});
