// What the reader loads before its first frame (issue 10, warm launch): the modules the built
// program evaluates on its way to the reader are read from dist/ itself, following static
// imports only (a dynamic import loads when its code runs, not at start-up).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const dist = resolve('dist');

/** The chunks a module pulls in by static imports, itself included. */
function staticClosure(file: string, into = new Set<string>()): Set<string> {
  if (into.has(file)) return into;
  into.add(file);
  const code = readFileSync(file, 'utf8');
  // esbuild's minified output: `import"./x.js"`, `from"./x.js"` (a dynamic `import("./x.js")` does not match).
  for (const [, spec] of code.matchAll(/(?:\bfrom|\bimport)\s*"(\.{1,2}\/[^"]+)"/g)) staticClosure(join(dirname(file), spec!), into);
  return into;
}

/** The packages and source files a chunk was built from (its source map). */
const sourcesOf = (file: string): string[] => (JSON.parse(readFileSync(`${file}.map`, 'utf8')) as { sources: string[] }).sources;

/** Everything evaluated before the reader draws: the CLI, the reader command and the reader. */
function readerStartUp(): string[] {
  const chunk = (prefix: string) => {
    const name = readdirSync(join(dist, 'chunks')).find((f) => f.startsWith(prefix) && f.endsWith('.js'));
    if (!name) throw new Error(`no ${prefix}*.js in dist/chunks: build first (npm run build)`);
    return join(dist, 'chunks', name);
  };
  const files = new Set<string>();
  for (const entry of [join(dist, 'inkpress.js'), chunk('reader-'), chunk('run-reader-')]) staticClosure(entry, files);
  return [...files].flatMap(sourcesOf);
}

describe.skipIf(!existsSync(join(dist, 'inkpress.js')))('what a warm start of the reader loads', () => {
  it('loads no article parser before the first frame (they load when a file needs parsing)', () => {
    // linkedom, Readability, htmlparser2 and yaml took ~145 ms of a warm start to evaluate.
    const parsers = readerStartUp().filter((s) => /node_modules\/(linkedom|@mozilla\/readability|htmlparser2|yaml)\/|src\/library\/formats\//.test(s));
    expect(parsers).toEqual([]);
  });
});
