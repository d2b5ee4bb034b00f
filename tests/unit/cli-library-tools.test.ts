import { cpSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';
import { tempDir } from '../helpers/temp-dir.js';

const SAMPLE = resolve('articles/palestine/palestinian-resistance-to-meet-russian-authorities.txt');

function page(section: string | null, headline: string): string {
  return `${section ? `News > ${section}\n\n` : ''}${headline}\n\nPublished 2 March 2024\n\nA standfirst.\n\nOne paragraph of ${headline}.`;
}

describe('inkpress add', () => {
  it("copies a file into its section's folder and refuses the same article twice", async () => {
    const lib = tempDir();
    cpSync(resolve('articles/palestine'), join(lib, 'gaza'), { recursive: true });
    const inbox = tempDir();
    writeFileSync(join(inbox, 'new.txt'), page('Palestine', 'A New Article Arrives'));
    writeFileSync(join(inbox, 'sport.txt'), page('Sport & Games', 'The Match Report'));
    const first = await runCli(['add', '--dir', lib, join(inbox, 'new.txt'), join(inbox, 'sport.txt')]);
    expect(first.code).toBe(0);
    expect(readdirSync(join(lib, 'gaza')).sort()).toEqual(['new.txt', 'palestinian-resistance-to-meet-russian-authorities.txt']);
    expect(readFileSync(join(lib, 'sport-games', 'sport.txt'), 'utf8')).toContain('The Match Report');

    const again = await runCli(['add', '--dir', lib, SAMPLE, join(inbox, 'new.txt')]);
    expect(again.code).toBe(1);
    expect(again.stderr).toContain('not added: ' + SAMPLE + ': already in the library as gaza/palestinian-resistance');
    expect(again.stderr).toMatch(/new\.txt: already in the library as gaza\/new\.txt/);
    expect(readdirSync(join(lib, 'gaza'))).toHaveLength(2);
  });

  it('never overwrites a different file of the same name', async () => {
    const lib = tempDir();
    const inbox = tempDir();
    writeFileSync(join(lib, 'note.txt'), page(null, 'Already Here'));
    writeFileSync(join(inbox, 'note.txt'), page(null, 'Another Note'));
    expect((await runCli(['add', '--dir', lib, join(inbox, 'note.txt')])).code).toBe(0);
    expect(readFileSync(join(lib, 'note.txt'), 'utf8')).toContain('Already Here');
    expect(readFileSync(join(lib, 'note-2.txt'), 'utf8')).toContain('Another Note');
  });
});

describe('export-state and import-state', () => {
  it('reproduces every read mark, star and position in an empty state', async () => {
    const lib = tempDir();
    const list = async () => JSON.parse((await runCli(['list', '--dir', lib, '--json'])).stdout) as Array<{ id: string; read: boolean; starred: boolean }>;
    for (let i = 0; i < 5; i++) writeFileSync(join(lib, `a${i}.txt`), page('World', `Headline Number ${i}`));
    process.env.INKPRESS_STATE_DIR = tempDir();
    const { openConfStore } = await import('../../src/store/conf-store.js');
    const ids = (await list()).map((r) => r.id);
    const store = openConfStore();
    store.setRead([ids[0]!, ids[1]!], true);
    store.setStarred(ids[2]!, true);
    store.setPosition(ids[3]!, 17);
    const backup = join(tempDir(), 'state.json');
    expect((await runCli(['export-state', backup])).code).toBe(0);
    expect((await runCli(['export-state', backup])).stderr).toMatch(/exists; give --force/);

    process.env.INKPRESS_STATE_DIR = tempDir();
    const imported = await runCli(['import-state', backup]);
    expect(imported.stdout).toMatch(/Imported 4 articles/);
    expect(new Map(openConfStore().snapshot())).toEqual(new Map(store.snapshot()));
    const rows = await list();
    expect(rows.filter((r) => r.read).map((r) => r.id).sort()).toEqual([ids[0], ids[1]].sort());
  });

  it('merges instead of replacing: local marks survive an import', async () => {
    process.env.INKPRESS_STATE_DIR = tempDir();
    const { openConfStore } = await import('../../src/store/conf-store.js');
    openConfStore().setRead(['aaaaaaaa11111111'], true);
    openConfStore().setPosition('cccccccc33333333', 40);
    const file = join(tempDir(), 'other.json');
    writeFileSync(file, JSON.stringify({ kind: 'inkpress-state', formatVersion: 1, exported: '', articles: { bbbbbbbb22222222: { starred: true }, cccccccc33333333: { position: 5 } } }));
    await runCli(['import-state', file]);
    const state = openConfStore().snapshot();
    expect(state.get('aaaaaaaa11111111')?.read).toBe(true);
    expect(state.get('bbbbbbbb22222222')?.starred).toBe(true);
    expect(state.get('cccccccc33333333')?.position).toBe(40);
  });

  it('refuses a file that is not a state export, clearly, changing nothing', async () => {
    process.env.INKPRESS_STATE_DIR = tempDir();
    const file = join(tempDir(), 'x.json');
    writeFileSync(file, '{"articles": [1, 2]}');
    const result = await runCli(['import-state', file]);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/cannot import .*x\.json: not an inkpress state export/);
    writeFileSync(file, '{"kind":"inkpress-state","formatVersion":1,"articles":{"abcdabcd":{"read":"yes"}}}');
    expect((await runCli(['import-state', file])).stderr).toMatch(/article "abcdabcd": expected/);
  });
});
