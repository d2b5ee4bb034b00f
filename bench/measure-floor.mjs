// The floor: a minimal Ink list (bench/floor/floor.tsx), bundled like the app, measured the
// same way as inkpress: launch → first frame showing headlines, j and k latency, peak RSS.
import { build } from 'esbuild';
import { existsSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { PtyScreen, Recognizer, cleanEnv, keyLatencies, launchTime, KEYS } from './pty-screen.mjs';

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
 * Measures the floor on a library's headlines. `runs` launches: the first is reported as
 * "first", the median of the rest as "warm"; the last one goes on to the key presses.
 */
export async function measureFloor({ meta, outDir: out, runs, presses, log }) {
  const outDir = resolve(out);
  const bundle = join(outDir, 'floor.js');
  if (!existsSync(bundle)) await buildFloor(outDir);
  const list = join(outDir, `lib-${meta.count}`, 'headlines.json');
  if (!existsSync(list)) await writeFile(list, JSON.stringify(meta.headlines));
  const headlines = new Recognizer(meta.headlines);
  const showsHeadlines = (s) => headlines.linesMatching(s.lines()) >= 3;
  const env = cleanEnv();
  const launches = [];
  const result = { launches, idle: [], j: null, k: null, memory: null, notes: [] };
  for (let r = 0; r < runs; r += 1) {
    const screen = new PtyScreen(process.execPath, [bundle, list], { env, cwd: outDir });
    try {
      launches.push(await launchTime(screen, showsHeadlines, { label: 'floor headlines' }));
      if (r === runs - 1) {
        await screen.waitIdle({ timeout: 60_000 });
        result.j = await keyLatencies(screen, 'j', presses);
        result.k = await keyLatencies(screen, 'k', presses);
        result.memory = screen.memory();
      } else {
        const idleAt = await screen.waitIdle({ timeout: 60_000 });
        if (idleAt !== null) result.idle.push(idleAt - screen.t0);
      }
    } finally {
      await screen.close('q');
    }
  }
  log?.(`floor ${meta.count}: launch ${launches.map((x) => x.toFixed(0)).join(', ')} ms`);
  return result;
}
