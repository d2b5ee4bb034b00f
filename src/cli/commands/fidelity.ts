import { statSync } from 'node:fs';
import { paragraphsOf } from '../../library/model/article.js';
import { articlesFromBytes } from '../../library/parse/articles-from-bytes.js';
import { readSuite } from '../fidelity/suite.js';
import { scorePage, totals, type Got, type PageScore } from '../fidelity/score.js';
import type { Output } from '../output.js';
import { parseFlags } from '../parse-flags.js';
import { UserError } from '../usage.js';

/** What `parse` makes of one page, as the fidelity harness compares it. */
function parsePage(bytes: Uint8Array, fileName: string): Got {
  const parsed = articlesFromBytes(bytes, fileName);
  if (!parsed.ok) return { refused: parsed.reason, headline: null, byline: null, published: null, body: '' };
  const a = parsed.articles[0]!;
  const body = [a.standfirst ?? '', ...paragraphsOf(a)].filter(Boolean).join('\n');
  return { refused: null, headline: a.headline, byline: a.byline, published: a.published, body };
}

const mark = (ok: boolean | undefined): string => (ok === undefined ? '-' : ok ? 'ok' : 'MISS');
const pct = (t: { right: number; pages: number } | null): string =>
  t ? `${t.right}/${t.pages} (${Math.round((100 * t.right) / t.pages)}%)` : 'not scored';

/**
 * `inkpress fidelity DIR [--json] [--not-article PAGE]...` (`npm run fidelity DIR`): parses
 * every page of a suite folder and scores it against what was expected. A folder with no cases
 * is an error.
 */
export async function fidelityCommand(args: string[], out: Output): Promise<number> {
  const { values, positionals } = parseFlags(
    args,
    { json: { type: 'boolean' }, 'not-article': { type: 'string', multiple: true } },
    { min: 1, max: 1, name: 'DIR' },
  );
  // Reference extractions cannot say that a page is a front page; the command line can.
  const notArticles = new Set(values['not-article'] ?? []);
  const dir = positionals[0]!;
  if (!statSync(dir, { throwIfNoEntry: false })?.isDirectory()) throw new UserError(`${dir}: not a folder`);
  let cases;
  try {
    cases = readSuite(dir);
  } catch (error) {
    throw new UserError(`${dir}: ${(error as Error).message.split('\n')[0]}`);
  }
  if (cases.length === 0) throw new UserError(`${dir}: no pages with expected results (see README, "Measuring extraction")`);
  const rows = cases.map((c) => {
    if (notArticles.has(c.name)) c = { ...c, expected: { article: false } };
    const got = parsePage(c.bytes, c.fileName);
    return { name: c.name, got, expected: c.expected, score: scorePage(got, c.expected) };
  });
  const sum = totals(rows.map((r) => r.score));
  if (values.json) {
    out.print(JSON.stringify({ totals: sum, pages: rows.map((r) => ({ name: r.name, ...r.score, refused: r.got.refused })) }, null, 2));
    return 0;
  }
  const width = Math.min(48, Math.max(...rows.map((r) => r.name.length)));
  out.print(`${'page'.padEnd(width)}  body F1  headline  byline  date`);
  for (const { name, got, expected, score } of rows) {
    const f1 = score.bodyF1 === undefined ? '-' : score.bodyF1.toFixed(3);
    const decision = expected.article ? (got.refused ? `refused: ${got.refused}` : '') : got.refused ? 'refused, as expected' : 'NOT REFUSED (expected no article)';
    out.print(`${name.slice(0, width).padEnd(width)}  ${f1.padStart(7)}  ${mark(score.headline).padEnd(8)}  ${mark(score.byline).padEnd(6)}  ${mark(score.published).padEnd(4)}  ${decision}`.trimEnd());
    for (const [key, ok] of [['headline', score.headline], ['byline', score.byline], ['published', score.published]] as const) {
      if (ok === false && !got.refused) out.print(`    ${key}: got ${JSON.stringify(got[key])}, expected ${JSON.stringify(expected[key])}`);
    }
  }
  const f1 = sum.bodyF1 ? `${sum.bodyF1.mean.toFixed(3)} over ${sum.bodyF1.pages} pages` : 'not scored';
  out.print('');
  out.print(`${sum.pages} pages · article-or-not right on ${sum.decisions}/${sum.pages} · body F1 ${f1}`);
  out.print(`headline ${pct(sum.headline)} · byline ${pct(sum.byline)} · date ${pct(sum.published)}`);
  return 0;
}
