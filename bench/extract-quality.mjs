// How much of a page's article text each HTML path keeps, against reference extractions:
// word-bag precision (of the words we keep, how many the reference has) and recall (of the
// reference's words, how many we keep), per page and on average, for what the reader does
// (`parseHtml`: Readability, or the streaming extractor for a page over its budget) and for the
// streaming extractor alone (what a page too big for Readability gets).
//   node bench/extract-quality.mjs DIR
// DIR holds one folder per page with `source.html` and `expected.html`, the layout of Mozilla
// Readability's test pages (test/test-pages in github.com/mozilla/readability); nothing of them
// is kept in this repository. Words are runs of letters and digits, lower-cased, so pages in
// scripts written without spaces (Chinese, Japanese) count whole runs and read low.
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { importSources } from './import-sources.mjs';

const dir = process.argv[2];
if (!dir || !existsSync(dir)) {
  console.error('usage: node bench/extract-quality.mjs DIR (folders with source.html and expected.html)');
  process.exit(2);
}
const lib = await importSources([
  "export { parseHtml } from './src/library/formats/html/html.ts';",
  "export { streamArticle } from './src/library/formats/html/stream-extract.ts';",
]);
const words = (t) => t.toLowerCase().replace(/<[^>]*>/g, ' ').replace(/&[a-z#0-9]+;/g, ' ').split(/[^\p{L}\p{N}]+/u).filter(Boolean);
const bag = (ws) => ws.reduce((m, w) => m.set(w, (m.get(w) ?? 0) + 1), new Map());
const text = (o) => (o.ok ? [o.articles[0].headline, ...o.articles[0].blocks.map((b) => b.text)].join(' ') : '');
function score(got, expected) {
  let both = 0, kept = 0, wanted = 0;
  for (const n of got.values()) kept += n;
  for (const [w, n] of expected) [wanted, both] = [wanted + n, both + Math.min(n, got.get(w) ?? 0)];
  return { p: kept ? both / kept : 0, r: wanted ? both / wanted : 0 };
}
const pct = (x) => `${(x * 100).toFixed(1)}`;
const rows = [];
for (const name of readdirSync(dir).sort()) {
  const source = join(dir, name, 'source.html');
  if (!existsSync(source)) continue;
  const html = readFileSync(source, 'utf8');
  const expected = bag(words(readFileSync(join(dir, name, 'expected.html'), 'utf8')));
  const reader = score(bag(words(text(lib.parseHtml(html)))), expected);
  const streamed = score(bag(words(text(lib.streamArticle(html)))), expected);
  rows.push({ name, reader, streamed });
  console.log(`${name.padEnd(40)} reader P/R ${pct(reader.p)}/${pct(reader.r)}   streaming P/R ${pct(streamed.p)}/${pct(streamed.r)}`);
}
const mean = (pick) => rows.reduce((a, r) => a + pick(r), 0) / rows.length;
console.log(`mean of ${rows.length} pages: reader P/R ${pct(mean((r) => r.reader.p))}/${pct(mean((r) => r.reader.r))}, streaming P/R ${pct(mean((r) => r.streamed.p))}/${pct(mean((r) => r.streamed.r))}`);
