import { existsSync, statSync } from 'node:fs';
import { stripControls } from '../library/text/strip-controls.js';
import { UserError } from './usage.js';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The sample library shipped beside the program (found from dist/ or from src/cli/). */
export function bundledLibrary(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 4; i++) {
    if (existsSync(join(dir, 'package.json')) && existsSync(join(dir, 'articles'))) return join(dir, 'articles');
    dir = dirname(dir);
  }
  return resolve('articles');
}

/** `--dir DIR`, else `INKPRESS_DIR`, else the bundled sample library. */
export function libraryRoot(dirOption: string | undefined): string {
  return resolve(dirOption ?? (process.env.INKPRESS_DIR || bundledLibrary()));
}

/**
 * The library folder, checked: a missing folder or a file named by `--dir` or `INKPRESS_DIR`
 * is said in one line (exit 1) instead of an empty list and exit 0 (issue 12, item 2).
 */
export function checkedLibraryRoot(dirOption: string | undefined): string {
  const root = libraryRoot(dirOption);
  const from = dirOption !== undefined ? '--dir' : process.env.INKPRESS_DIR ? 'INKPRESS_DIR' : 'the bundled library';
  const shown = stripControls(root);
  let stats;
  try {
    stats = statSync(root);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'does not exist' : code === 'EACCES' ? 'cannot be read (permission denied)' : `cannot be read (${code ?? 'error'})`;
    throw new UserError(`library folder ${shown} (from ${from}) ${why}`);
  }
  if (!stats.isDirectory()) throw new UserError(`library folder ${shown} (from ${from}) is a file, not a folder`);
  return root;
}
