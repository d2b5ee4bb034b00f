// Issue 12, item 11, as a person sees it: `inkpress show` in a 50-column terminal, and through
// a pager, prints lines that fit the terminal with no word cut in two at its edge.
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runInTerminal } from '../helpers/term.js';

const SAMPLE = resolve('articles');
const ZAKHAROVA_ID = '651408950251626e';

/** The printed lines, and the words of the article as `show --width 1000` gives them (unwrapped). */
async function show(env: Record<string, string>, ...args: string[]): Promise<string[]> {
  const term = runInTerminal({ args: ['--dir', SAMPLE, 'show', ZAKHAROVA_ID, ...args], cols: 50, rows: 200, env });
  expect((await term.waitForExit(15_000)).exitCode).toBe(0);
  return term.output().replace(/\r/g, '').split('\n');
}

async function words(): Promise<string[]> {
  const term = runInTerminal({ args: ['--dir', SAMPLE, 'show', ZAKHAROVA_ID, '--width', '1000'], cols: 50, rows: 200 });
  await term.waitForExit(15_000);
  return term.output().split(/\s+/).filter(Boolean);
}

describe('show in a 50-column terminal', () => {
  it.each([
    ['on its own', {}, []],
    ['through the pager', { PAGER: 'cat' }, ['--pager']],
  ])('%s: lines fit, words stay whole', async (_, env: Record<string, string>, args: string[]) => {
    const lines = await show(env, ...args);
    expect(lines.length).toBeGreaterThan(20);
    for (const line of lines) expect(line.length, line).toBeLessThanOrEqual(50);
    expect(lines.join('\n').split(/\s+/).filter(Boolean)).toEqual(await words());
    expect(lines[0]).toBe('Palestine · 2023-10-26');
  });
});
