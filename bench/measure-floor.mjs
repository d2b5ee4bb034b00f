// The floors, measured the same way as inkpress: launch → first frame showing headlines, j and
// k latency, Enter → article text and paging, peak RSS. The Ink floor is a minimal Ink reader
// (bench/floor/floor.tsx, bundled like the app); the Node floor (bench/floor/node-floor.mjs) is
// the same screens written by plain Node.js, with no Ink or React.
import { build } from 'esbuild';
import { existsSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { PtyScreen, Recognizer, cleanEnv, keyLatencies, launchTime, KEYS } from './pty-screen.mjs';
import { LATER_OPENS, openArticle, openNextOnceIdle } from './article-keys.mjs';
import { articlesFor } from './generate.mjs';

const here = new URL('.', import.meta.url).pathname;

const stubDevtools = {
  name: 'stub-react-devtools-core',
  setup(b) {
    b.onResolve({ filter: /^react-devtools-core$/ }, () => ({ path: 'stub', namespace: 'stub-devtools' }));
    b.onLoad({ filter: /.*/, namespace: 'stub-devtools' }, () => ({ contents: 'export default {};', loader: 'js' }));
  },
};

/** Bundles floor.tsx with the options scripts/build.mjs uses for the app (minified ESM, node20). */
export async function buildFloor(outDir) {
  const outfile = join(outDir, 'floor.js');
  await build({
    entryPoints: [join(here, 'floor/floor.tsx')],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    minify: true,
    jsx: 'automatic',
    // Ink imports react-devtools-core (only used when DEV=true) from a module esbuild hoists
    // into the bundle's top level, so leaving it external makes the bundle fail to start
    // where the package is absent; a stub module stands in for it.
    plugins: [stubDevtools],
    define: { 'process.env.NODE_ENV': '"production"' },
    banner: { js: "import { createRequire as __floorRequire } from 'node:module'; const require = __floorRequire(import.meta.url);" },
    logLevel: 'warning',
  });
  return outfile;
}

/**
 * Measures a floor on a library's headlines: `which` is 'ink' (the bundled floor.tsx) or 'node'
 * (node-floor.mjs). `runs` launches: the first is reported as "first", the median of the rest as
 * "warm"; the last one goes on to the keys: j and k, then Enter on the long article (article 0
 * of the generator, the first headline), Space/b pages, and the later opens (Esc, j, idle, Enter).
 */
export async function measureFloor({ meta, outDir: out, runs, presses, pages, which = 'ink', log }) {
  const outDir = resolve(out);
  const bundle = join(outDir, 'floor.js');
  if (which === 'ink' && !existsSync(bundle)) await buildFloor(outDir);
  const list = join(outDir, `lib-${meta.count}`, 'headlines.json');
  if (!existsSync(list)) await writeFile(list, JSON.stringify(meta.headlines));
  const articleFile = join(outDir, `lib-${meta.count}`, 'article-0.json');
  if (!existsSync(articleFile)) {
    const { headline, paragraphs } = articlesFor(meta.count).next().value;
    await writeFile(articleFile, JSON.stringify({ headline, paragraphs }));
  }
  const program = which === 'ink' ? bundle : join(here, 'floor/node-floor.mjs');
  const headlines = new Recognizer(meta.headlines);
  const bodies = new Recognizer(meta.firstParagraphs, 24);
  const showsHeadlines = (s) => headlines.linesMatching(s.lines()) >= 3;
  const env = cleanEnv();
  const launches = [];
  const result = { launches, idle: [], j: null, k: null, articleLater: [], paging: null, memory: null, notes: [] };
  for (let r = 0; r < runs; r += 1) {
    const screen = new PtyScreen(process.execPath, [program, list, articleFile], { env, cwd: outDir });
    try {
      launches.push(await launchTime(screen, showsHeadlines, { label: `${which} floor headlines` }));
      if (r === runs - 1) {
        await screen.waitIdle({ timeout: 60_000 });
        result.j = await keyLatencies(screen, 'j', presses);
        result.k = await keyLatencies(screen, 'k', presses);
        await screen.waitIdle({ timeout: 5_000 });
        result.articleLater.push(await openArticle(screen, bodies));
        result.paging = { ...(await keyLatencies(screen, [KEYS.space, 'b'], pages * 2)), keys: 'Space/b' };
        for (let k = 1; k < LATER_OPENS; k += 1) result.articleLater.push(await openNextOnceIdle(screen, bodies));
        result.memory = screen.memory();
      } else {
        const idleAt = await screen.waitIdle({ timeout: 60_000 });
        if (idleAt !== null) result.idle.push(idleAt - screen.t0);
      }
    } finally {
      await screen.close('q');
    }
  }
  log?.(`${which} floor ${meta.count}: launch ${launches.map((x) => x.toFixed(0)).join(', ')} ms`);
  return result;
}
