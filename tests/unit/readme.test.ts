import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { helpGroups } from '../../src/keys/bindings.js';

const README = resolve('README.md');

/** The README's key tables, drawn from the same table as the help overlay. */
function keysMarkdown(): string {
  const parts = ['## Keys', '', 'The same table draws the help overlay (`?`) and the status-bar hints.'];
  for (const group of helpGroups()) {
    if (group.rows.length === 0) continue;
    parts.push('', `**${group.title}**`, '', '| Keys | Does |', '| --- | --- |');
    for (const row of group.rows) parts.push(`| ${row.keys.split(' ').map((k) => `\`${k}\``).join(' ')} | ${row.description} |`);
  }
  return parts.join('\n');
}

function replaceBlock(text: string, name: string, body: string): string {
  const start = `<!-- ${name}:start -->`;
  const end = `<!-- ${name}:end -->`;
  const from = text.indexOf(start);
  const to = text.indexOf(end);
  if (from < 0 || to < from) throw new Error(`README.md has no ${start} … ${end} block`);
  return `${text.slice(0, from + start.length)}\n${body}\n${text.slice(to)}`;
}

describe('README', () => {
  it('names the set-up and test commands', () => {
    const text = readFileSync(README, 'utf8');
    expect(text).toContain('npm install && npm start');
    expect(text).toContain('npm test');
  });

  it('lists the keys exactly as the key table has them (UPDATE_README=1 rewrites the block)', () => {
    const text = readFileSync(README, 'utf8');
    const wanted = replaceBlock(text, 'keys', keysMarkdown());
    if (process.env.UPDATE_README === '1') writeFileSync(README, wanted);
    else expect(text, 'README keys are out of date: run UPDATE_README=1 npx vitest run tests/unit/readme.test.ts').toBe(wanted);
  });
});
