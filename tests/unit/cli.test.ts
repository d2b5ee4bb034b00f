import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';
import { HOLD_PTY_OPEN, runInTerminal } from '../helpers/term.js';
import { tempDir } from '../helpers/temp-dir.js';

const SAMPLE = 'Palestinian Resistance to Meet Russian Authorities: Zakharova';
const dist = resolve('dist/inkpress.js');

describe('plain commands on the bundled sample library', () => {
  let stateDir: string;
  beforeEach(() => {
    stateDir = tempDir();
    process.env.INKPRESS_STATE_DIR = stateDir;
    delete process.env.INKPRESS_DIR;
  });

  it('lists every article with date, unread mark, section and headline', async () => {
    const { code, stdout } = await runCli(['list']);
    expect(code).toBe(0);
    const line = stdout.split('\n').find((l) => l.includes(SAMPLE));
    expect(line).toMatch(/^[0-9a-f]{16} {2}2023-10-26 {2}N {3}Palestine +Palestinian Resistance/);
    expect(stdout.split('\n').filter(Boolean).length).toBeGreaterThan(10);
  });

  it('lists JSON with id, section, headline, published and read', async () => {
    const { stdout } = await runCli(['list', '--json', '--section', 'palestine']);
    const rows = JSON.parse(stdout) as Array<Record<string, unknown>>;
    expect(rows).toContainEqual(
      expect.objectContaining({ section: 'Palestine', headline: SAMPLE, published: '2023-10-26', read: false }),
    );
    expect(rows.every((r) => r.section === 'Palestine')).toBe(true);
  });

  it('shows an article by id prefix as plain text with its caption', async () => {
    const rows = JSON.parse((await runCli(['list', '--json'])).stdout) as Array<{ id: string; headline: string }>;
    const id = rows.find((r) => r.headline === SAMPLE)!.id;
    const { code, stdout } = await runCli(['show', id.slice(0, 8)]);
    expect(code).toBe(0);
    expect(stdout).toContain('Photo: Russian FM spokesperson Maria Zakharova. — X/ @Lantidiplomatic');
    expect(stdout).toContain('Related: Israeli Tanks Raid Northern Gaza Strip');
    expect(stdout).not.toMatch(/Audio Only|google plus|Post with no comments/);
  });

  it('counts articles, sections, unread and problems', async () => {
    const { stdout } = await runCli(['stats', '--json']);
    const stats = JSON.parse(stdout) as { articles: number; sections: number; unread: number; problems: number };
    expect(stats.articles).toBeGreaterThan(10);
    expect(stats.sections).toBeGreaterThan(3);
    expect(stats.unread).toBe(stats.articles);
  });

  it('reports a wrong command or flag in one line with the usage, exit 2', async () => {
    const bad = await runCli(['lsit']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toBe("inkpress: unknown command 'lsit'\n");
    const flag = await runCli(['list', '--unraed']);
    expect(flag.code).toBe(2);
    expect(flag.stderr).toMatch(/^inkpress: Unknown option '--unraed'/);
  });

  it('says which id is unknown', async () => {
    const { code, stderr } = await runCli(['show', 'ffffffffffff']);
    expect(code).toBe(1);
    expect(stderr).toMatch(/no article with id 'ffffffffffff'/);
  });
});

describe('a library folder of the user', () => {
  it('is taken from --dir, and unreadable files are reported, not fatal', async () => {
    const lib = tempDir();
    process.env.INKPRESS_STATE_DIR = tempDir();
    cpSync(resolve('articles/palestine'), join(lib, 'gaza'), { recursive: true });
    writeFileSync(join(lib, 'broken.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0]));
    const { stdout } = await runCli(['stats', '--dir', lib, '--json']);
    const stats = JSON.parse(stdout) as { articles: number; problemFiles: Array<{ path: string; reason: string }> };
    expect(stats.articles).toBe(1);
    expect(stats.problemFiles).toEqual([{ path: 'broken.txt', reason: expect.stringMatching(/PNG/) }]);
  });
});

describe.skipIf(!existsSync(dist))('the installed command (skipped: run npm run build first)', () => {
  it('prints --version and --help, and refuses to open the reader without a terminal', () => {
    expect(execFileSync(process.execPath, [dist, '--version'], { encoding: 'utf8' })).toMatch(/^inkpress \d+\.\d+\.\d+\n$/);
    expect(execFileSync(process.execPath, [dist, '--help'], { encoding: 'utf8' })).toContain('inkpress show ID');
    const piped = spawnSync(process.execPath, [dist], { encoding: 'utf8', env: { ...process.env, INKPRESS_STATE_DIR: tempDir() } });
    expect(piped.status).toBe(1);
    expect(piped.stderr).toMatch(/^inkpress: the reader needs a terminal.*inkpress list/);
    expect(piped.stderr.split('\n').filter(Boolean)).toHaveLength(1);
  });

  it('refuses in one line, exit 1, when only one of stdin and stdout is a terminal', async () => {
    const out = join(tempDir(), 'stdout.txt');
    for (const redirect of ['</dev/null', `>"${out}"`]) {
      const term = runInTerminal({
        command: { file: '/bin/sh', args: ['-c', `"$0" "$1" ${redirect}; echo "exit=$?"; ${HOLD_PTY_OPEN}`, process.execPath, dist] },
        env: { INKPRESS_STATE_DIR: tempDir() },
      });
      await term.waitForScreen('exit=');
      await term.waitForExit();
      const lines = term.output().split(/\r?\n/).filter(Boolean);
      expect(lines, redirect).toEqual([expect.stringMatching(/^inkpress: the reader needs a terminal.*inkpress list/), 'exit=1']);
      expect(term.output()).not.toContain('\u001B[?1049h');
    }
    expect(readFileSync(out, 'utf8')).toBe('');
  });

  it('exits 2 with usage on a wrong command', () => {
    const run = spawnSync(process.execPath, [dist, 'frobnicate'], { encoding: 'utf8' });
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/^inkpress: unknown command 'frobnicate'\nUsage: inkpress/);
  });
});
