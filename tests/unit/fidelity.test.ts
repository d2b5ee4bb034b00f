/**
 * `npm run fidelity DIR`: the scoring (word F1, exact fields), both folder shapes it reads, and
 * a run on the shared corpus's reference extractions (skipped, deciding from the folder's
 * existence alone, when the shared data is not beside the clone).
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { fidelityCommand } from '../../src/cli/commands/fidelity.js';
import { comparable, scorePage, wordF1 } from '../../src/cli/fidelity/score.js';
import { readSuite } from '../../src/cli/fidelity/suite.js';
import { describeWithShared, GLOBAL_VOICES } from '../helpers/shared-data.js';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const fixtures = path.join(repoRoot, 'tests/fixtures/extract');

async function run(args: string[]): Promise<{ code: number; out: string }> {
  const lines: string[] = [];
  const code = await fidelityCommand(args, { print: (t) => lines.push(t), error: (t) => lines.push(`error: ${t}`) });
  return { code, out: lines.join('\n') };
}

describe('scores', () => {
  it('word F1 counts words as a bag: order and punctuation do not matter, repeats do', () => {
    expect(wordF1('The cat, sat.', 'sat the CAT')).toBe(1);
    expect(wordF1('a b c d', 'a b')).toBeCloseTo(2 / 3);
    expect(wordF1('a a', 'a')).toBeCloseTo(2 / 3);
    expect(wordF1('', 'a')).toBe(0);
    expect(wordF1('', '')).toBe(1);
  });

  it('exact fields ignore spacing and typographic quotes, nothing else', () => {
    expect(comparable('Don’t  stop — “now”')).toBe(comparable("Don't stop - \"now\""));
    expect(comparable('Jane Doe')).not.toBe(comparable('Jane Doe, reporter'));
  });

  it('a refused article scores 0, a refused front page counts as right', () => {
    const refused = { refused: 'no article', headline: null, byline: null, published: null, body: '' };
    expect(scorePage(refused, { article: true, body: 'words here', headline: 'H' })).toEqual({ decision: false, bodyF1: 0, headline: false });
    expect(scorePage(refused, { article: false })).toEqual({ decision: true });
  });
});

describe('suite folders', () => {
  const tmp = mkdtempSync(path.join(tmpdir(), 'inkpress-fidelity-'));
  afterAll(() => rmSync(tmp, { recursive: true, force: true }));

  it('reads NAME.expected.json beside each page, and crawler reference stories', () => {
    writeFileSync(path.join(tmp, 'a.html'), '<h1>A</h1>');
    writeFileSync(path.join(tmp, 'a.expected.json'), JSON.stringify({ headline: 'A', byline: null }));
    writeFileSync(path.join(tmp, 'b.md'), '# B\n\nText.');
    writeFileSync(path.join(tmp, 'b.expected.txt'), 'Text.');
    writeFileSync(path.join(tmp, '7.json'), JSON.stringify({
      title: 'Seven', publish_date: '2009-06-05 19:00:18', content: '<h1>Seven</h1>',
      extracted_text: 'Seven\n***\n\nFeed copy.\n***\n\nSeven Page text.',
    }));
    writeFileSync(path.join(tmp, 'other.json'), '{"not": "a story"}');
    const cases = readSuite(tmp);
    expect(cases.map((c) => c.name)).toEqual(['7.json', 'a.html', 'b.md']);
    expect(cases[0]!.expected).toEqual({ article: true, headline: 'Seven', published: '2009-06-05', body: 'Page text.' });
    expect(cases[0]!.fileName).toBe('7.html');
    expect(cases[1]!.expected).toMatchObject({ article: true, headline: 'A', byline: null });
    expect(cases[2]!.expected).toEqual({ article: true, body: 'Text.' });
  });

  it('says clearly when a folder holds nothing to score', async () => {
    const empty = mkdtempSync(path.join(tmp, 'empty-'));
    await expect(run([empty])).rejects.toThrow(/no pages with expected results/);
    await expect(run([path.join(tmp, 'missing')])).rejects.toThrow(/not a folder/);
  });

  it('scores our own extraction fixtures: every pattern right', async () => {
    const { code, out } = await run([fixtures, '--json']);
    expect(code).toBe(0);
    const { totals } = JSON.parse(out);
    expect(totals.decisions).toBe(totals.pages);
    expect(totals.headline.right).toBe(totals.headline.pages);
    expect(totals.byline.right).toBe(totals.byline.pages);
    expect(totals.published.right).toBe(totals.published.pages);
    expect(totals.bodyF1.mean).toBeGreaterThan(0.97);
  });
});

describeWithShared(GLOBAL_VOICES, 'fidelity on the Global Voices reference extractions', (gv) => {
  it('keeps every story, refuses the front page, and matches the references', async () => {
    const { out } = await run([gv, '--json', '--not-article', 'crawler_stories/16.json']);
    const { totals, pages } = JSON.parse(out);
    expect(totals.decisions).toBe(totals.pages);
    expect(pages.find((p: { name: string }) => p.name === 'crawler_stories/16.json').refused).toMatch(/no article/);
    expect(totals.headline.right).toBe(totals.headline.pages);
    expect(totals.published.right).toBe(totals.published.pages);
    expect(totals.bodyF1.mean).toBeGreaterThan(0.95);
  });
});
