/**
 * The install hook (scripts/postinstall.mjs, issue 10): it patches Ink in a clone, and an
 * install without dev dependencies, or of the published package (no patches/ in it, its dist/
 * already bundled with the patched Ink), must never fail for want of patch-package.
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';

const HOOK = fileURLToPath(new URL('../../scripts/postinstall.mjs', import.meta.url));
const made: string[] = [];
afterEach(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A package folder holding only the hook (and patches/ when asked), as npm installs it. */
function packageDir(withPatches: boolean): string {
  const dir = mkdtempSync(join(tmpdir(), 'inkpress-postinstall-'));
  made.push(dir);
  mkdirSync(join(dir, 'scripts'));
  copyFileSync(HOOK, join(dir, 'scripts', 'postinstall.mjs'));
  writeFileSync(join(dir, 'package.json'), '{"name":"inkpress","type":"module"}');
  if (withPatches) {
    mkdirSync(join(dir, 'patches'));
    writeFileSync(join(dir, 'patches', 'ink+6.8.0.patch'), '');
  }
  return dir;
}
const run = (dir: string) => execFileSync(process.execPath, [join(dir, 'scripts', 'postinstall.mjs')], { cwd: dir, encoding: 'utf8' });

describe('postinstall', () => {
  it('as the published package (no patches/): does nothing and succeeds', () => {
    expect(run(packageDir(false))).toBe('');
  });

  it('in a clone installed without dev dependencies (no patch-package): succeeds and says what it skipped', () => {
    expect(run(packageDir(true))).toMatch(/patch-package is not installed.*not patched/);
  });
});
