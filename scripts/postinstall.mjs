// npm's postinstall: applies patches/ (Ink's incremental renderer, issue 10) to node_modules
// with patch-package. It has work to do only in a clone, where dist/ is built from
// node_modules; a published package has no patches/ (its dist/ was bundled with the patched Ink
// already) and needs nothing. Never fails an install: `npm install --omit=dev` in a clone has
// no patch-package, and then says that the build (which needs the dev tools too) is not possible.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
if (!existsSync(join(root, 'patches'))) process.exit(0);
let bin;
try {
  const pkg = createRequire(join(root, 'package.json')).resolve('patch-package/package.json');
  bin = join(dirname(pkg), 'index.js');
} catch {
  process.stdout.write('inkpress: patch-package is not installed (dev dependencies left out), so node_modules/ink is not patched; dist/ as shipped needs nothing, but `npm run build` needs `npm install` with dev dependencies.\n');
  process.exit(0);
}
const run = spawnSync(process.execPath, [bin], { cwd: root, stdio: 'inherit' });
process.exit(run.status ?? 1);
