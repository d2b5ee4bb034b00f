// Issue 12, item 5: a clone without ../shared beside it must pass `npm test`. A suite that reads
// the shared data at collection time fails there even under `describe.skipIf`, so every test
// reaches ../shared only through tests/helpers/shared-data.ts, which skips before reading.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const testsDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const allowed = new Set([path.join(testsDir, 'helpers', 'shared-data.ts'), fileURLToPath(import.meta.url)]);

function testFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'fixtures' ? [] : testFiles(full);
    return /\.(ts|tsx)$/.test(entry.name) ? [full] : [];
  });
}

describe('tests and the shared data beside the clone', () => {
  it('only the shared-data helper names ../shared (everything else asks it, and skips before reading)', () => {
    const offenders = testFiles(testsDir).filter(
      (file) => !allowed.has(file) && /\.\.\/shared\/|\/work\/shared\//.test(readFileSync(file, 'utf8')),
    );
    expect(offenders.map((f) => path.relative(testsDir, f))).toEqual([]);
  });
});
