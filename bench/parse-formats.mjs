// Parse throughput of the container formats (issue 14): MHTML, EPUB editions, .eml, mbox and
// newsboat's cache, each beside the same story saved as plain .html, in one run, so the cost of
// each format shows as a ratio to the page it wraps. Files are made by the tests' builders
// (tests/helpers/format-files.ts, newsboat-cache.ts); CPU time, best of --rounds.
//   node bench/parse-formats.mjs [--rounds 5]
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { statSync } from 'node:fs';
import { join } from 'node:path';
import { importSources } from './import-sources.mjs';

const k = process.argv.indexOf('--rounds');
const ROUNDS = k === -1 ? 5 : Number(process.argv[k + 1]);

const bundle = () =>
  importSources(
    [
      "export { articlesFromBytes } from './src/library/parse/articles-from-bytes.ts';",
      "export { parseFileArticles } from './src/library/parse/parse-scanned-file.ts';",
      "export * from './tests/helpers/format-files.ts';",
      "export { writeNewsboatSchema } from './tests/helpers/newsboat-cache.ts';",
    ],
    { external: ['better-sqlite3'] },
  );

/** Best round's CPU ms for one call of `fn` (after a warm-up round). */
function cpuMs(fn) {
  let best = Infinity;
  for (let r = 0; r <= ROUNDS; r++) {
    const start = process.cpuUsage();
    fn();
    const used = process.cpuUsage(start);
    if (r > 0) best = Math.min(best, (used.user + used.system) / 1000);
  }
  return best;
}

const m = await bundle();
const dir = await mkdtemp(join(tmpdir(), 'inkpress-parse-formats-'));
const enc = new TextEncoder();
const latin1 = (s) => new Uint8Array(Buffer.from(s, 'latin1'));
const edition = Array.from({ length: 40 }, (_, i) => ({
  section: ['Local', 'Weather', 'Business', 'Sport'][i % 4],
  headline: `${m.STORY.headline} (${i + 1})`,
  paragraphs: m.STORY.paragraphs,
  caption: { text: m.STORY.caption, credit: m.STORY.credit },
  url: `${m.STORY.url}-${i + 1}`,
}));
const cases = [
  { name: 'saved page (.html), the baseline', rel: 'ferry.html', bytes: enc.encode(m.storyHtml()) },
  { name: 'MHTML page', rel: 'ferry.mhtml', bytes: latin1(m.mhtmlPage()) },
  { name: 'newsletter (.eml)', rel: 'briefing.eml', bytes: latin1(m.newsletterEml()) },
  { name: 'mbox, 200 messages', rel: 'briefings.mbox', bytes: latin1(m.mbox(Array.from({ length: 200 }, (_, i) => `Briefing number ${i + 1}`))) },
  { name: 'EPUB edition, 40 articles', rel: 'edition.epub', bytes: m.calibreEdition('Harbour News', '2026-11-23', edition) },
];
// Warm every parser up first: the first format timed must not pay for the JIT alone.
for (let i = 0; i < 5; i++) for (const c of cases) m.articlesFromBytes(c.bytes, c.rel);
const rows = [];
let baseline = 0;
for (const c of cases) {
  const out = m.articlesFromBytes(c.bytes, c.rel);
  if (!out.ok) throw new Error(`${c.name}: ${out.reason}`);
  const ms = cpuMs(() => m.articlesFromBytes(c.bytes, c.rel));
  const perArticle = ms / out.articles.length;
  baseline ||= perArticle;
  rows.push({ format: c.name, articles: out.articles.length, KB: +(c.bytes.length / 1024).toFixed(1), 'ms/file': +ms.toFixed(2), 'ms/article': +perArticle.toFixed(3), 'MB/s': +(c.bytes.length / 1048576 / (ms / 1000)).toFixed(2), 'vs .html': +(perArticle / baseline).toFixed(2) });
}
// newsboat's cache: 5,000 items (what the library reads of any cache), parsed from the file.
const cache = join(dir, 'cache.db');
m.writeNewsboatSchema(cache, 5000);
const st = statSync(cache);
const file = { abs: cache, rel: 'cache.db', size: st.size, mtimeMs: st.mtimeMs, ino: st.ino, dev: st.dev };
let n = 0;
// A fresh stamp each round, so the parse memo (container-articles.ts) is not what is timed.
const ms = cpuMs(() => {
  const parsed = m.parseFileArticles({ ...file, mtimeMs: file.mtimeMs + ++n / 1000 });
  if (!parsed.ok) throw new Error(parsed.reason);
});
rows.push({ format: 'newsboat cache, 5,000 items', articles: 5000, KB: +(st.size / 1024).toFixed(1), 'ms/file': +ms.toFixed(2), 'ms/article': +(ms / 5000).toFixed(3), 'MB/s': +(st.size / 1048576 / (ms / 1000)).toFixed(2), 'vs .html': +(ms / 5000 / baseline).toFixed(2) });
await rm(dir, { recursive: true, force: true });
console.log(`Parse throughput by format: CPU ms, best of ${ROUNDS} rounds, node ${process.version}; "vs .html" is ms per article over the same story saved as .html, in this run`);
console.table(rows);
