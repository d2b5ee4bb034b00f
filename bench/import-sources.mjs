// The benchmarks measure the sources as the reader runs them: bundled by esbuild (as
// scripts/build.mjs does) into one ES module, then imported. Shared by every bench script that
// needs functions the CLI bundle does not export.
import { build } from 'esbuild';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const root = resolve(new URL('..', import.meta.url).pathname);

/**
 * Imports the bundle of `lines` (export statements with paths relative to the repository).
 * `external` packages stay outside the bundle; a bundle with externals is written inside
 * node_modules/.cache so that Node finds them (better-sqlite3 is a native addon).
 */
export async function importSources(lines, { external = [] } = {}) {
  const base = external.length > 0 ? join(root, 'node_modules', '.cache') : tmpdir();
  await mkdir(base, { recursive: true });
  const dir = await mkdtemp(join(base, 'inkpress-bench-'));
  const outfile = join(dir, 'bundle.mjs');
  try {
    await build({
      stdin: { contents: lines.join('\n'), resolveDir: root, loader: 'ts' },
      bundle: true,
      platform: 'node',
      format: 'esm',
      outfile,
      external,
      logLevel: 'error',
      // Aliased: the sources import createRequire themselves (files/newsboat-cache.ts).
      banner: { js: "import { createRequire as __benchRequire } from 'node:module'; const require = __benchRequire(import.meta.url);" },
    });
    return await import(outfile);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
