// Per-file parse throughput: ms per article for `articlesFromBytes` and for each of its stages
// (decode with the declared-encoding check, sanitizeText, parseDocument, sanitizeArticle +
// articleId), on 2,000 generated saved-page texts, 1,000 plain-text notes, every file under
// articles/ and the user's seed.
// Also prints a checksum of every result, so a speed-up can be checked to change no output.
//   node bench/parse-throughput.mjs [--rounds 5] [--only page|plain|articles|seed]
import { createHash } from 'node:crypto';
import { readFile, readdir } from 'node:fs/promises';
import { join, relative, resolve } from 'node:path';
import { importSources } from './import-sources.mjs';
import { pageCorpus, plainCorpus } from './parse-corpus.mjs';

const root = resolve(new URL('..', import.meta.url).pathname);
const arg = (name, fallback) => {
  const k = process.argv.indexOf(`--${name}`);
  return k === -1 ? fallback : process.argv[k + 1];
};
const ROUNDS = Number(arg('rounds', 5));
const ONLY = arg('only', null);

const bundle = () =>
  importSources([
    "export { articlesFromBytes } from './src/library/parse/articles-from-bytes.ts';",
    "export { decodeBytes } from './src/library/text/decode.ts';",
    "export { withDeclaredEncoding } from './src/library/text/declared-encoding.ts';",
    "export { sanitizeText, sanitizeArticle } from './src/library/text/sanitize.ts';",
    "export { parseDocument } from './src/library/formats/detect.ts';",
    "export { articleId } from './src/library/model/article-id.ts';",
  ]);

async function filesUnder(dir) {
  const out = [];
  for (const entry of await readdir(dir, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile() || entry.name.startsWith('.') || entry.name === 'README.md') continue;
    const full = join(entry.parentPath ?? entry.path, entry.name);
    out.push({ rel: relative(dir, full), bytes: new Uint8Array(await readFile(full)) });
  }
  return out.sort((a, b) => a.rel.localeCompare(b.rel));
}

/**
 * Best round's CPU ms per input for `fn`, after one warm-up round. CPU time (user + system,
 * all threads, so GC helpers count) rather than wall time, and the best round rather than the
 * median: the machine is shared, and other processes' load only ever adds to a round.
 */
function time(inputs, fn) {
  let best = Infinity;
  for (let r = 0; r <= ROUNDS; r += 1) {
    const start = process.cpuUsage();
    for (const input of inputs) fn(input);
    const used = process.cpuUsage(start);
    if (r > 0) best = Math.min(best, (used.user + used.system) / 1000 / inputs.length);
  }
  return best;
}

function measure(lib, name, files) {
  // Stage inputs are what the previous stage gave, so each stage sees real data.
  const decode = (bytes) => {
    const d = lib.decodeBytes(bytes);
    return d.ok ? lib.withDeclaredEncoding(bytes, d).text : '';
  };
  const decoded = files.map((f) => ({ ...f, text: decode(f.bytes) }));
  const clean = decoded.map((f) => ({ ...f, text: lib.sanitizeText(f.text) }));
  const parsed = clean.flatMap((f) => {
    const o = lib.parseDocument(f.text, f.rel);
    return o.ok ? o.articles : [];
  });
  const hash = createHash('sha256');
  for (const f of files) hash.update(JSON.stringify(lib.articlesFromBytes(f.bytes, f.rel)));
  const kb = files.reduce((s, f) => s + f.bytes.length, 0) / files.length / 1024;
  const row = {
    set: name,
    files: files.length,
    'avg KB': kb.toFixed(1),
    total: time(files, (f) => lib.articlesFromBytes(f.bytes, f.rel)),
    decode: time(files, (f) => decode(f.bytes)),
    sanitizeText: time(decoded, (f) => lib.sanitizeText(f.text)),
    parseDocument: time(clean, (f) => lib.parseDocument(f.text, f.rel)),
    'sanitizeArticle+id': (time(parsed, (a) => lib.articleId(lib.sanitizeArticle(a))) * parsed.length) / files.length,
    checksum: hash.digest('hex').slice(0, 12),
  };
  for (const k of ['total', 'decode', 'sanitizeText', 'parseDocument', 'sanitizeArticle+id']) {
    row[k] = Number(row[k].toFixed(4));
  }
  return row;
}

const lib = await bundle();
const enc = new TextEncoder();
const seedDir = '/work/shared/seed';
const sets = {
  page: () => pageCorpus(2000).map((a) => ({ rel: a.rel, bytes: enc.encode(a.text) })),
  plain: () => plainCorpus(1000).map((a) => ({ rel: a.rel, bytes: enc.encode(a.text) })),
  articles: () => filesUnder(join(root, 'articles')),
  seed: async () => {
    const seed = await filesUnder(seedDir).catch(() => []);
    // One 2 KB file times too briefly to measure: repeat it.
    return Array.from({ length: 200 }, () => seed).flat();
  },
};
const rows = [];
for (const [name, make] of Object.entries(sets)) {
  if (ONLY && ONLY !== name) continue;
  const files = await make();
  if (files.length > 0) rows.push(measure(lib, name, files));
}
console.log(`CPU ms per article (best of ${ROUNDS} rounds), node ${process.version}`);
console.table(rows);
