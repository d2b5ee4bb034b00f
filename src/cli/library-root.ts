import { existsSync } from 'node:fs';
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
