// Issue 12, item 12: `inkpress completion bash|zsh|fish` prints a script that really completes.
// bash is driven through its own completion variables (COMP_WORDS, COMP_CWORD, COMPREPLY);
// fish through `complete -C`; zsh (whose completion needs a live line editor) is syntax-checked
// and loaded. A shell that is not installed is skipped, saying so.
import { spawnSync } from 'node:child_process';
import { chmodSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { COMMAND_NAMES } from '../../src/cli/dispatch.js';
import { COMPLETION_COMMANDS, GLOBAL_OPTIONS } from '../../src/cli/commands/completion.js';
import { USAGE } from '../../src/cli/usage.js';
import { runCli } from '../helpers/run-cli.js';
import { tempDir } from '../helpers/temp-dir.js';
import { PROGRAM } from '../helpers/term.js';

const SAMPLE = resolve('articles');
const has = (shell: string) => spawnSync('sh', ['-c', `command -v ${shell}`]).status === 0;
/** The suite's title, saying why it is skipped when the shell is missing. */
const titled = (shell: string) => (has(shell) ? `${shell} completion` : `${shell} completion (skipped: ${shell} is not installed)`);

/** A folder with an `inkpress` on it that runs the built program, as `npm link` would. */
function pathWithInkpress(): string {
  const bin = tempDir();
  const shim = join(bin, 'inkpress');
  writeFileSync(shim, `#!/bin/sh\nexec "${process.execPath}" "${PROGRAM}" "$@"\n`);
  chmodSync(shim, 0o755);
  return `${bin}:${process.env.PATH ?? ''}`;
}

function run(shell: string, args: string[], PATH: string): string {
  const result = spawnSync(shell, args, { encoding: 'utf8', env: { ...process.env, PATH }, timeout: 15_000 });
  expect(result.stderr).toBe('');
  expect(result.status).toBe(0);
  return result.stdout;
}

/** What bash completes for the words typed so far (the last one being completed). */
function bashComplete(words: string[], PATH: string): string[] {
  const script = [
    'source <(inkpress completion bash)',
    `COMP_WORDS=(${words.map((w) => `'${w}'`).join(' ')}); COMP_CWORD=${words.length - 1}`,
    '_inkpress; printf "%s\\n" "${COMPREPLY[@]}"',
  ].join('\n');
  return run('bash', ['-c', script], PATH).split('\n').filter(Boolean).sort();
}

describe('the completion table', () => {
  it('offers every command inkpress has, and options its usage names', () => {
    expect(Object.keys(COMPLETION_COMMANDS).sort()).toEqual([...COMMAND_NAMES].sort());
    for (const option of [...Object.values(COMPLETION_COMMANDS).flat(), ...GLOBAL_OPTIONS]) expect(USAGE).toContain(option);
  });

  it('needs a known shell, and no library', async () => {
    expect(await runCli(['completion'])).toMatchObject({ code: 2, stderr: 'inkpress: completion needs a shell: bash, zsh or fish\n' });
    expect(await runCli(['completion', 'tcsh'])).toMatchObject({ code: 2, stderr: "inkpress: no completion for 'tcsh' (bash, zsh or fish)\n" });
    const { code, stdout } = await runCli(['--dir', join(tempDir(), 'nowhere'), 'completion', 'bash']);
    expect(code).toBe(0);
    expect(stdout).toContain('complete -o filenames -F _inkpress inkpress');
  });
});

describe.skipIf(!has('bash'))(titled('bash'), () => {
  it('completes commands, options, shells and folders', () => {
    const PATH = pathWithInkpress();
    expect(bashComplete(['inkpress', 'im'], PATH)).toEqual(['import-newsboat', 'import-state']);
    expect(bashComplete(['inkpress', 'list', '--u'], PATH)).toEqual(['--unread']);
    expect(bashComplete(['inkpress', 'completion', 'f'], PATH)).toEqual(['fish']);
    expect(bashComplete(['inkpress', '--dir', `${SAMPLE}/pal`], PATH)).toEqual([`${SAMPLE}/palestine`]);
  });

  it('completes article ids after show, from the library --dir names', () => {
    const PATH = pathWithInkpress();
    expect(bashComplete(['inkpress', '--dir', SAMPLE, 'show', '6514'], PATH)).toEqual(['651408950251626e']);
    const all = bashComplete(['inkpress', '--dir', SAMPLE, 'show', ''], PATH);
    expect(all.length).toBe(25);
    const empty = tempDir();
    expect(bashComplete(['inkpress', '--dir', empty, 'show', ''], PATH)).toEqual([]);
  });
});

describe.skipIf(!has('fish'))(titled('fish'), () => {
  it('is valid fish and completes commands and ids', () => {
    const PATH = pathWithInkpress();
    const file = join(tempDir(), 'inkpress.fish');
    writeFileSync(file, run('inkpress', ['completion', 'fish'], PATH));
    run('fish', ['-n', file], PATH);
    const complete = (line: string) => run('fish', ['-c', `source ${file}; complete -C '${line}'`], PATH).split('\n').map((l) => l.split('\t')[0]);
    expect(complete('inkpress exp')).toContain('export-state');
    expect(complete(`inkpress --dir ${SAMPLE} show 6514`)).toEqual(['651408950251626e', '']);
  });
});

describe.skipIf(!has('zsh'))(titled('zsh'), () => {
  it('is valid zsh and defines the completion function', () => {
    const PATH = pathWithInkpress();
    const file = join(tempDir(), '_inkpress');
    writeFileSync(file, run('inkpress', ['completion', 'zsh'], PATH));
    run('zsh', ['-n', file], PATH);
    expect(run('zsh', ['-f', '-c', `autoload -U compinit && compinit -u -D && source ${file} && whence -w _inkpress`], PATH)).toBe('_inkpress: function\n');
  });
});
