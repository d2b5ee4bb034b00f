// newsboat (Debian's package) on the same articles. They are written as Atom feeds, one per
// section: that is how newsboat organises news (its feed list plays the part of inkpress's
// sections pane), it keeps every feed a size real feeds have (a single 50,000-entry feed
// would be a ~200 MB file no publisher serves), and its first screen, the feed list, then
// matches what a newsboat user sees. The feeds are loaded into newsboat's SQLite cache once
// (`newsboat -x reload`), and every measured launch reads that cache; no network is used
// (file:// URLs). newsboat gets its own HOME, config, urls and cache, never the user's.
import { execFile, execFileSync } from 'node:child_process';
import { copyFile, mkdir, mkdtemp, rm, writeFile, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { articlesFor, SECTIONS } from './generate.mjs';
import { LATER_OPENS, backToList, openArticle } from './article-keys.mjs';
import { ARTICLE_MOVES, nextPrevLatencies } from './measure-inkpress.mjs';
import { KEYS, PtyScreen, Recognizer, cleanEnv, keyLatencies, launchTime, stats } from './pty-screen.mjs';

const run = promisify(execFile);
const FEED_FORMAT = 2;

/** newsboat's version line, or null when it is not installed. */
export function newsboatVersion() {
  try {
    return execFileSync('newsboat', ['--version'], { encoding: 'utf8', timeout: 10_000 }).split('\n')[0].trim();
  } catch {
    return null;
  }
}

export const INSTALL_HINT = 'newsboat is not installed: `sudo apt-get install newsboat` (Debian/Ubuntu), then run the bench again';

const xml = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

function entry(a, libRoot) {
  const html = [
    `<p>${xml(a.caption)} | Photo: ${xml(a.credit)}</p>`,
    `<p><strong>${xml(a.standfirst)}</strong></p>`,
    ...a.paragraphs.flatMap((p, k) => [k === a.relatedAt ? `<h3>${xml(a.related)}</h3>` : null, `<p>${xml(p)}</p>`]).filter(Boolean),
  ].join('');
  const when = a.date.toISOString();
  return [
    '<entry>',
    `<title>${xml(a.headline)}</title>`,
    `<id>urn:inkpress-bench:${a.i}</id>`,
    `<link href="file://${xml(join(libRoot, a.file))}"/>`,
    `<published>${when}</published><updated>${when}</updated>`,
    `<summary>${xml(a.standfirst)}</summary>`,
    `<content type="html">${xml(html)}</content>`,
    '</entry>',
  ].join('');
}

/**
 * Writes the Atom feeds, urls, config and a loaded cache for the library of `meta.count` under
 * bench/out/lib-<n>/newsboat/ (reused when present). Returns the paths and feed titles.
 */
export async function ensureNewsboat(meta, outDir, log = () => {}) {
  const dir = resolve(outDir, `lib-${meta.count}`, 'newsboat');
  const paths = {
    dir,
    home: join(dir, 'home'),
    urls: join(dir, 'urls'),
    config: join(dir, 'config'),
    cache: join(dir, 'cache.db'),
    marker: join(dir, 'ready.json'),
  };
  const titles = SECTIONS.map((s) => s[1]);
  try {
    const ready = JSON.parse(await readFile(paths.marker, 'utf8'));
    await writeConfig(paths.config);
    if (ready.format === FEED_FORMAT && ready.generator === meta.version && ready.count === meta.count) {
      return { ...paths, titles, loadSeconds: ready.loadSeconds };
    }
  } catch {
    // build below
  }
  await rm(dir, { recursive: true, force: true });
  await mkdir(paths.home, { recursive: true });
  const started = performance.now();
  const bySection = new Map(SECTIONS.map((s) => [s[0], []]));
  for (const a of articlesFor(meta.count)) bySection.get(a.sectionFolder).push(entry(a, meta.root));
  const urls = [];
  for (const [folder, breadcrumb] of SECTIONS) {
    const file = join(dir, `${folder.replace(/\//g, '-')}.atom`);
    const id = `urn:inkpress-bench:feed:${folder}`;
    await writeFile(
      file,
      `<?xml version="1.0" encoding="utf-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom"><title>${xml(breadcrumb)}</title><id>${id}</id><updated>2023-10-26T00:00:00Z</updated>${bySection.get(folder).join('\n')}</feed>\n`,
    );
    urls.push(`file://${file}`);
  }
  await writeFile(paths.urls, `${urls.join('\n')}\n`);
  await writeConfig(paths.config);
  const gen = performance.now();
  await run('newsboat', ['-u', paths.urls, '-c', paths.cache, '-C', paths.config, '-x', 'reload'], {
    env: newsboatEnv(paths),
    timeout: 15 * 60_000,
    maxBuffer: 64 << 20,
  });
  const loadSeconds = (performance.now() - gen) / 1000;
  await writeFile(paths.marker, JSON.stringify({ format: FEED_FORMAT, generator: meta.version, count: meta.count, loadSeconds }));
  log(`newsboat ${meta.count}: feeds written in ${((gen - started) / 1000).toFixed(1)} s, cache loaded in ${loadSeconds.toFixed(1)} s`);
  return { ...paths, titles, loadSeconds };
}

/**
 * A config of newsboat's own for the bench: no reload at start, no exit prompt, nothing cleaned
 * from the cache on quit. j/k are bound to down/up as vim users do (newsboat's default j/k
 * switch feeds), so `j` means the same move in all three programs.
 */
async function writeConfig(path) {
  await writeFile(
    path,
    [
      'auto-reload no',
      'confirm-exit no',
      'cleanup-on-quit no',
      'show-read-feeds yes',
      'show-read-articles yes',
      'max-items 0',
      'reload-threads 2',
      'history-limit 0',
      'notify-beep no',
      'bind-key j down',
      'bind-key k up',
      '',
    ].join('\n'),
  );
}

function newsboatEnv(paths) {
  return cleanEnv({
    HOME: paths.home,
    XDG_CONFIG_HOME: join(paths.home, '.config'),
    XDG_DATA_HOME: join(paths.home, '.local/share'),
    XDG_CACHE_HOME: join(paths.home, '.cache'),
  });
}

/**
 * Measures newsboat on a library: `runs` launches (first, then the median of the rest as warm),
 * each timed to the feed list and, after Enter on the first feed, to its headlines; the last run
 * goes on to j presses, Enter → article, PgDn/PgUp in the article, and reads peak RSS.
 */
export async function measureNewsboat({ meta, outDir, runs, presses, pages, log }) {
  const nb = await ensureNewsboat(meta, outDir, log);
  const headlines = new Recognizer(meta.headlines);
  const bodies = new Recognizer(meta.firstParagraphs, 24);
  const feedPattern = /\(\d+\/\d+\)/;
  const showsFeedList = (s) => {
    const t = s.text();
    return feedPattern.test(t) && t.includes(nb.titles[0]) && t.includes(nb.titles.at(-1));
  };
  const showsHeadlines = (s) => headlines.linesMatching(s.lines()) >= 3;
  const env = newsboatEnv(nb);
  // A copy of the loaded cache, so reading an article here never changes the next bench run.
  const tmp = await mkdtemp(join(tmpdir(), 'inkpress-bench-newsboat-'));
  const cache = join(tmp, 'cache.db');
  await copyFile(nb.cache, cache);
  const args = ['-u', nb.urls, '-c', cache, '-C', nb.config];
  const result = { feedList: [], launches: [], idle: [], j: null, k: null, nextPrev: null, article: null, articleLater: [], paging: null, memory: null, notes: [] };
  for (let r = 0; r < runs; r += 1) {
    const screen = new PtyScreen('newsboat', args, { env, cwd: nb.dir });
    try {
      result.feedList.push(await launchTime(screen, showsFeedList, { label: 'newsboat feed list', timeout: 120_000 }));
      screen.press(KEYS.enter);
      result.launches.push(await launchTime(screen, showsHeadlines, { label: 'newsboat headlines', timeout: 60_000 }));
      if (r !== runs - 1) {
        const idleAt = await screen.waitIdle({ timeout: 60_000 });
        if (idleAt !== null) result.idle.push(idleAt - screen.t0);
        continue;
      }
      // The first feed opens on its newest article, the long one: open it, page, go back.
      result.article = await openArticle(screen, bodies);
      result.paging = { ...(await keyLatencies(screen, [KEYS.pageDown, KEYS.pageUp], pages * 2)), keys: 'PgDn/PgUp' };
      for (let k = 0; k < LATER_OPENS; k += 1) {
        await backToList(screen, 'q');
        await keyLatencies(screen, 'j', 1);
        await screen.waitIdle({ timeout: 60_000 });
        result.articleLater.push(await openArticle(screen, bodies));
      }
      // newsboat's own J/K (next/prev) move between articles in the article view too.
      result.nextPrev = await nextPrevLatencies(screen, bodies, ARTICLE_MOVES);
      await backToList(screen, 'q');
      await screen.waitIdle({ timeout: 60_000 });
      result.j = await keyLatencies(screen, 'j', presses);
      result.k = await keyLatencies(screen, 'k', presses);
      result.memory = screen.memory();
    } finally {
      await screen.close('Q');
    }
  }
  await rm(tmp, { recursive: true, force: true });
  log?.(`newsboat ${meta.count}: feed list ${result.feedList.map((x) => x.toFixed(0)).join(', ')} ms; headlines ${result.launches.map((x) => x.toFixed(0)).join(', ')} ms; j ${JSON.stringify(stats(result.j?.samples ?? []))}`);
  return result;
}
