// Bundles the CLI into one minified ESM file: start-up then reads one file instead of
// resolving hundreds of modules (Ink's own import tree costs a few hundred ms unbundled).
import { build } from 'esbuild';
import { readFileSync } from 'node:fs';

const { version } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));

await build({
  entryPoints: ['src/cli/main.ts'],
  outfile: 'dist/inkpress.js',
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  minify: true,
  sourcemap: 'linked',
  legalComments: 'linked',
  // Ink loads react-devtools-core only when DEV=true; it is not a dependency of ours.
  external: ['react-devtools-core'],
  define: { 'process.env.NODE_ENV': '"production"', INKPRESS_VERSION: JSON.stringify(version) },
  banner: {
    js: "#!/usr/bin/env node\nimport { createRequire as __inkpressRequire } from 'node:module'; const require = __inkpressRequire(import.meta.url);",
  },
  logLevel: 'warning',
});
