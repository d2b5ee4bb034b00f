/**
 * Issue 12, items 6 and 7, as a person sees them in a real terminal: the headlines get the width
 * while no article is open; the article opens beside them, zooms to the whole screen with `z`,
 * and keeps its place through a resize; the focused pane is marked without colour.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, test } from 'vitest';
import { runInTerminal, type Term } from '../helpers/term.js';
import { KEYS } from '../keys.js';

const LIBRARY = fileURLToPath(new URL('../fixtures/reader/long-headlines', import.meta.url));
const HEADLINE = 'Regional Council Approves a Ten-Year Plan to Rebuild Every Footbridge Along the Northern River Valley';
const running: Array<{ term: Term; dir: string }> = [];
afterEach(() => {
  for (const { term, dir } of running.splice(0)) {
    term.kill('SIGKILL');
    rmSync(dir, { recursive: true, force: true });
  }
});

async function start(cols: number, rows: number, env: Record<string, string> = {}): Promise<Term> {
  const dir = mkdtempSync(join(tmpdir(), 'inkpress-layout-'));
  const term = runInTerminal({ cols, rows, env: { INKPRESS_DIR: LIBRARY, INKPRESS_STATE_DIR: dir, ...env } });
  running.push({ term, dir });
  await term.waitForScreen(/1 unread of 1/, 20_000);
  return term;
}

/** How much of the headline the row that shows it has, from its start. */
function headlineShown(screen: string): number {
  const row = screen.split('\n').find((l) => l.includes('Regional Council')) ?? '';
  const from = row.slice(row.indexOf('Regional Council'));
  let n = 0;
  while (n < from.length && from[n] === HEADLINE[n]) n++;
  return n;
}

describe('the reader lays itself out for reading', { timeout: 60_000 }, () => {
  test('120x40: the headline list shows at least 70 characters of a headline, with its year', async () => {
    const term = await start(120, 40);
    const screen = await term.waitForScreen('Regional Council');
    expect(headlineShown(screen)).toBeGreaterThanOrEqual(70);
    expect(screen).toContain('2024-03-04 Regional Council');
    expect(screen).not.toContain('Select a headline');
    expect(screen).toMatch(/World\s+1\/1 │/);
  });

  test('an open article sits beside the lists; z zooms it; a resize keeps the place; z gives the panes back', async () => {
    const term = await start(120, 40);
    term.write(KEYS.enter);
    let screen = await term.waitForScreen('Paragraph 1 of the footbridge');
    expect(screen.split('\n')[0]!.match(/│/g)).toHaveLength(2);
    term.write(KEYS.pageDown);
    screen = await term.waitForScreen(/line (?!1\/)\d+\//);
    const paragraph = /Paragraph (\d+) of/.exec(screen.split('\n').slice(3).join('\n'))![1];
    term.write('z');
    screen = await term.waitForScreen((s) => !s.includes('│') && s.includes(`Paragraph ${paragraph} of`));
    term.resize(80, 24);
    screen = await term.waitForScreen((s) => s.split('\n').every((l) => l.length <= 80) && s.includes(`Paragraph ${paragraph} of`));
    term.resize(200, 60);
    screen = await term.waitForScreen((s) => s.includes(`Paragraph ${paragraph} of`) && !s.includes('│'));
    term.write('z');
    screen = await term.waitForScreen((s) => s.split('\n')[0]!.includes('│') && s.includes('Sections'));
    expect(screen).toContain('▶ Regional Council');
  });

  test('NO_COLOR: the focused pane is marked by ▶, and the mark moves with the focus', async () => {
    const term = await start(120, 40, { NO_COLOR: '1' });
    let screen = await term.waitForScreen('▶ All (1)');
    expect(screen).not.toContain('▶ Sections');
    term.write(KEYS.shiftTab);
    screen = await term.waitForScreen('▶ Sections');
    expect(screen).not.toContain('▶ All');
  });
});
