// Bundles the CLI into one minified ESM file: start-up then reads one file instead of
// resolving hundreds of modules (Ink's own import tree costs a few hundred ms unbundled).
import { build } from 'esbuild';
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';

const require = createRequire(import.meta.url);

const { version } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));

// The index cache must not outlive the parser that filled it: the build id changes with any
// change to the library code, so a rebuilt inkpress re-reads articles instead of trusting old summaries.
function buildId(dir) {
  const hash = createHash('sha256');
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true }).sort((a, b) =>
    join(a.parentPath, a.name).localeCompare(join(b.parentPath, b.name)),
  )) {
    if (entry.isFile()) hash.update(entry.name).update(readFileSync(join(entry.parentPath, entry.name)));
  }
  return `${version}-${hash.digest('hex').slice(0, 12)}`;
}

// Chunk names change with their content: without this, dist/ (and so `npm pack`) would keep
// every chunk of every earlier build.
rmSync('dist', { recursive: true, force: true });

await build({
  entryPoints: { inkpress: 'src/cli/main.ts', 'parse-worker': 'src/library/live/parse-worker.ts', 'body-worker': 'src/library/live/body-worker.ts' },
  outdir: 'dist',
  // Split at the dynamic imports: each command, the reader and the parsers load only when used.
  splitting: true,
  chunkNames: 'chunks/[name]-[hash]',
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  // A native addon (newsboat's cache): loaded from node_modules at run time, never bundled.
  external: ['better-sqlite3'],
  minify: true,
  sourcemap: 'linked',
  legalComments: 'linked',
  // Ink loads react-devtools-core only when DEV=true; it is not a dependency of ours. Marking it
  // external is not enough: esbuild hoists an external import to a static top-level import, so
  // the bundle failed to load at all once Ink was reachable. Stub it with a module that fails the
  // way a missing package does, which Ink's own DEV check already catches and explains.
  plugins: [
    {
      // conf imports Ajv (and its formats, for schemas) and semver (for migrations) at the top,
      // but builds a validator only when given a schema and compares versions only when given
      // migrations, and we give neither: bundling Ajv cost ~100 ms of every start, semver 10-38 ms
      // (importing it bundled alone, load 8). If either is ever passed, the stub fails loudly.
      name: 'no-conf-schema',
      setup(b) {
        b.onResolve({ filter: /^(ajv\/dist\/2020\.js|ajv-formats|semver)$/ }, (args) =>
          /[\\/]node_modules[\\/]conf[\\/]/.test(args.importer) ? { path: args.path, namespace: 'conf-stub' } : undefined,
        );
        b.onLoad({ filter: /^semver$/, namespace: 'conf-stub' }, () => ({
          contents: "export default new Proxy({}, { get() { throw new Error('inkpress gives conf no migrations'); } });",
          loader: 'js',
        }));
        b.onLoad({ filter: /.*/, namespace: 'conf-stub' }, () => ({
          contents: "export class Ajv2020 { constructor() { throw new Error('inkpress gives conf no schema'); } } export default { default() {} };",
          loader: 'js',
        }));
      },
    },
    {
      // Named imports of a CommonJS package (React) reach it through esbuild's interop object,
      // one getter call per access: every hook call of every component, in every key's frame
      // (a CPU profile of Enter at 10,000 articles put 10 % of React's render in that getter).
      // ES modules that import React get a module of plain bindings instead, made once.
      name: 'react-direct',
      setup(b) {
        b.onResolve({ filter: /^react(\/jsx-runtime)?$/ }, (args) =>
          args.kind === 'import-statement' && args.namespace !== 'react-direct' ? { path: args.path, namespace: 'react-direct' } : undefined,
        );
        b.onLoad({ filter: /.*/, namespace: 'react-direct' }, (args) => {
          const names = Object.keys(require(args.path)).filter((name) => /^[A-Za-z_$][\w$]*$/.test(name) && name !== 'default');
          return {
            contents: `import real from '${args.path}';\nexport default real;\nexport const { ${names.join(', ')} } = real;\n`,
            loader: 'js',
            resolveDir: process.cwd(),
          };
        });
      },
    },
    {
      name: 'no-react-devtools',
      setup(b) {
        b.onResolve({ filter: /^react-devtools-core$/ }, () => ({ path: 'react-devtools-core', namespace: 'stub' }));
        b.onLoad({ filter: /.*/, namespace: 'stub' }, () => ({
          contents: "const e = new Error('react-devtools-core is not bundled'); e.code = 'ERR_MODULE_NOT_FOUND'; throw e;",
          loader: 'js',
        }));
      },
    },
  ],
  define: {
    'process.env.NODE_ENV': '"production"',
    INKPRESS_VERSION: JSON.stringify(version),
    INKPRESS_BUILD_ID: JSON.stringify(buildId('src/library')),
    // inkpress never reaches the network. Yoga's loader (inside Ink) fetches its own wasm from a
    // data: URL whenever `fetch` exists, and in Node 20 the first fetch loads undici: about
    // 40 ms of every start (bench/warm-trace.mjs). Without `fetch` it decodes the same bytes.
    fetch: 'undefined',
  },
  banner: {
    js: "#!/usr/bin/env node\nimport { createRequire as __inkpressRequire } from 'node:module'; const require = __inkpressRequire(import.meta.url);",
  },
  logLevel: 'warning',
});
