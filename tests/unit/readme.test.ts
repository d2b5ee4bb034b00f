import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { COMMANDS, validateConfig } from '../../src/config/validate-config.js';
import { helpGroups } from '../../src/keys/key-help.js';
import { TOKENS } from '../../src/render/theme.js';

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

/** The README's configuration example and the names it may use, drawn from the code. */
const EXAMPLE_CONFIG = { theme: { 'ui.focus': 'magenta', 'status.unread': '#ffaf00' }, keys: { 'nav.down': ['j', 'down', 'e'], toggleStar: ['S'] } };

function configMarkdown(): string {
  const example = EXAMPLE_CONFIG;
  return [
    'Theme colours and keys live in `config.json` (Ink colour names or `#rrggbb`; key names as in',
    'the help overlay: a character, `ctrl-x`, `meta-x` (Alt), or `up down left right pageup pagedown home end enter',
    'escape tab shift-tab space backspace delete`). A bad entry stops the reader with one line naming',
    'it; the file is never rewritten.',
    '',
    '```json',
    JSON.stringify(example, null, 2),
    '```',
    '',
    `Theme tokens: ${[...TOKENS].map((t) => `\`${t}\``).join(', ')}.`,
    '',
    `Commands: ${COMMANDS.map((c) => `\`${c}\``).join(', ')}.`,
  ].join('\n');
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
  it('shows a configuration example the reader accepts', () => {
    expect(validateConfig(EXAMPLE_CONFIG)).toMatchObject({ ok: true });
  });

  it('names the set-up and test commands', () => {
    const text = readFileSync(README, 'utf8');
    expect(text).toContain('npm install && npm start');
    expect(text).toContain('npm test');
  });

  it('lists the keys, theme tokens and commands exactly as the code has them (UPDATE_README=1 rewrites them)', () => {
    const text = readFileSync(README, 'utf8');
    const wanted = replaceBlock(replaceBlock(text, 'keys', keysMarkdown()), 'config', configMarkdown());
    if (process.env.UPDATE_README === '1') writeFileSync(README, wanted);
    else expect(text, 'README keys are out of date: run UPDATE_README=1 npx vitest run tests/unit/readme.test.ts').toBe(wanted);
  });
});
