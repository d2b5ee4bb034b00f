// Issue 12, items 2 and 3: a wrong library folder is said in one line; show takes any unique
// start of an id, in any case, and lists the candidates of an ambiguous one.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { resolveId, shortestUniquePrefix } from '../../src/cli/resolve-id.js';
import { runCli } from '../helpers/run-cli.js';
import { tempDir } from '../helpers/temp-dir.js';

beforeEach(() => {
  process.env.INKPRESS_STATE_DIR = tempDir();
  delete process.env.INKPRESS_DIR;
});

describe('a missing or non-folder library', () => {
  it.each([['list'], ['stats'], ['show', 'abc'], ['add', 'x.txt'], []])('--dir /nonexistent %s: one line, exit 1', async (...args) => {
    const missing = join(tempDir(), 'nowhere');
    const { code, stdout, stderr } = await runCli(['--dir', missing, ...args]);
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toBe(`inkpress: library folder ${missing} (from --dir) does not exist\n`);
  });

  it('a file given as the folder, through INKPRESS_DIR', async () => {
    const file = join(tempDir(), 'notes.txt');
    writeFileSync(file, 'hello');
    process.env.INKPRESS_DIR = file;
    const { code, stderr } = await runCli(['list']);
    expect(code).toBe(1);
    expect(stderr).toBe(`inkpress: library folder ${file} (from INKPRESS_DIR) is a file, not a folder\n`);
  });
});

describe('show ID: any unique start, any case', () => {
  const articles = [
    { id: '651408950251626e', headline: 'One' },
    { id: '5979803f16ab2792', headline: 'Two' },
    { id: '5f6c53d805178b44', headline: 'Three' },
    { id: '533d81c7577c02d3', headline: 'Four' },
  ];

  it('takes a unique prefix of any length, upper or lower case', () => {
    expect(resolveId(articles, '651')).toBe('651408950251626e');
    expect(resolveId(articles, '6')).toBe('651408950251626e');
    expect(resolveId(articles, '5F6C')).toBe('5f6c53d805178b44');
    expect(resolveId(articles, '651408950251626E')).toBe('651408950251626e');
  });

  it('an ambiguous prefix lists the candidates and says how much is enough', () => {
    expect(() => resolveId(articles, '5')).toThrow(/id '5' matches 3 articles; give more of it \(2 characters tell every id apart here\):\n {2}5979803f16ab2792 {2}Two\n/);
  });

  it('an unknown one says so, with how short an id may be', () => {
    expect(() => resolveId(articles, 'zz')).toThrow("no article with id 'zz' (see 'inkpress list'; the first 2 characters of an id are enough)");
    expect(shortestUniquePrefix(articles.map((a) => a.id))).toBe(2);
  });

  it('through the command: exit 1 and the candidates on stderr', async () => {
    const { code, stderr } = await runCli(['show', '5']);
    expect(code).toBe(1);
    expect(stderr).toMatch(/^inkpress: id '5' matches \d+ articles/);
    expect(stderr.split('\n').length).toBeGreaterThan(2);
  });
});
