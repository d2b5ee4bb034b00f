/**
 * Parsing is linear in the input (issue 10): for hostile shapes (long lines, many tabs, wide,
 * zero-width and combining characters, emoji sequences, characters before tabs; and saved HTML
 * with tags never closed, deep nesting, blocks nested deeper than real pages, a huge text node,
 * many attributes, huge scripts),
 * parsing twice the text takes at most ~2.5 times as long. A quadratic step shows as 4x.
 *
 * Timing on a shared, loaded machine: CPU time of this process (other processes' load does not
 * count), the best of several rounds (load only ever adds), a fit over four sizes (from 150 or
 * 200 KB to eight times that) so that fixed costs and one noisy size do not decide, and a
 * second and a third, longer measurement before failing.
 */
import fc from 'fast-check';
import { parseHTML } from 'linkedom';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { shapesOf } from '../../bench/parse-shapes.mjs';
import { articlesFromBytes } from '../../src/library/parse/articles-from-bytes.js';
import { forgetWords, termsOf } from '../../src/library/index/terms.js';

const encoder = new TextEncoder();

// A full collection before each timed run, so that no run pays for the garbage of the one
// before it: on the hostile HTML shapes a run's time otherwise depended on how full the heap
// happened to be (a shape measured 2.3 to 3.2 per doubling in one process, linear in fresh ones).
setFlagsFromString('--expose-gc');
const collect = runInNewContext('gc') as () => void;

function bestCpuMs(text: string, rel: string, rounds: number): number {
  const bytes = encoder.encode(text);
  let best = Infinity;
  for (let r = 0; r < rounds; r += 1) {
    collect();
    const start = process.cpuUsage();
    articlesFromBytes(bytes, rel);
    const used = process.cpuUsage(start);
    best = Math.min(best, (used.user + used.system) / 1000);
  }
  return best;
}

/**
 * How the time grows when the input doubles: 2 to the power of the slope of log(time) over
 * log(size), fitted over four sizes (n, 2n, 4n, 8n), so that one noisy measurement (a GC pause,
 * a busy neighbour) cannot decide alone. Linear work gives about 2, a quadratic step 4.
 * Measured again with more rounds if it looks bad.
 */
function growth(make: (n: number) => string, n: number, rel = 'page.txt'): number {
  return growthOf(make, n, (text) => bestCpuMs(text, rel, 1));
}

/** The CPU ms of one run of `step` on a text, after `before` and a full collection (neither counted). */
function cpuMsOf(step: (text: string) => unknown, before: () => void = () => {}): (text: string) => number {
  return (text) => {
    before();
    collect();
    const start = process.cpuUsage();
    step(text);
    const used = process.cpuUsage(start);
    return (used.user + used.system) / 1000;
  };
}

/** growth() of any step: `cpuMs(text)` is the CPU ms of one run. */
function growthOf(make: (n: number) => string, n: number, cpuMs: (text: string) => number): number {
  const sizes = [n, 2 * n, 4 * n, 8 * n];
  const texts = sizes.map(make);
  cpuMs(texts[0]!); // warm up the parser's paths
  const best = (text: string, rounds: number) => Math.min(...Array.from({ length: rounds }, () => cpuMs(text)));
  const fitted = (rounds: number) => {
    const xs = sizes.map(Math.log2);
    const ys = texts.map((t) => Math.log2(Math.max(1, best(t, rounds))));
    const mx = xs.reduce((a, b) => a + b) / xs.length;
    const my = ys.reduce((a, b) => a + b) / ys.length;
    const slope = xs.reduce((a, x, i) => a + (x - mx) * (ys[i]! - my), 0) / xs.reduce((a, x) => a + (x - mx) ** 2, 0);
    return 2 ** slope;
  };
  // A quadratic step measures 3 or more every time; a busy neighbour only now and then (one run
  // in six of this file, session 18, 2.6 on shapes that fit 2.0-2.2 otherwise): measured again,
  // longer, up to twice.
  let least = fitted(3);
  for (const rounds of [5, 9]) if (least > 2.5) least = Math.min(least, fitted(rounds));
  return least;
}

const HEAD = 'News > World\n\nA Headline\n\nPublished 12 Mar 2024\n\n';
// Pieces hostile to width measurement and whitespace handling.
const PIECES = ['word ', 'word', '\t', '€', '\u200B', '\u00AD', 'e\u0301\u0302', '\u0301', '東京', '👨‍👩‍👧', '🇯🇵', '1️⃣', '\u00A0', '  ', '\n', '\n\n', 'क्ष', '\u2028'];

describe('parsing time grows linearly with the input', { timeout: 240_000 }, () => {
  it.each(Object.keys(SHAPE_NAMES()))('for %s', (shape) => {
    const make = (n: number) => shapesOf(n, [shape])[0]!.text;
    const rel = shapesOf(100, [shape])[0]!.rel;
    // The hostile HTML shapes (bench/parse-shapes-html.mjs) cost far more per byte: measured
    // from 60 KB to 480 KB (a quadratic step shows there already: 90 s at 226 KB last time).
    expect(growth(make, shape.includes('hostile') ? 60_000 : 200_000, rel)).toBeLessThanOrEqual(2.5);
  });

  // Pages over Readability's budget are read by the streaming extractor: from 400 KB to 3.2 MB,
  // all of it there. One huge text node grew 3.2x per doubling before (74 ms at 400 KB, 742 ms at
  // 1.6 MB: every step copied the paragraph), and each of these took 2 to 11 s at 5 MB.
  it.each(Object.keys(SHAPE_NAMES()).filter((s) => s.includes('hostile')))('for %s, at sizes up to 3.2 MB', (shape) => {
    const make = (n: number) => shapesOf(n, [shape])[0]!.text;
    expect(growth(make, 400_000, 'page.html')).toBeLessThanOrEqual(2.5);
  });

  it('for the DOM alone, of tags never closed (htmlparser2 kept its open tags with unshift: 400,000 took 70 s)', () => {
    const make = (n: number) => '<div>w '.repeat(n / 7);
    expect(growthOf(make, 175_000, cpuMsOf(parseHTML))).toBeLessThanOrEqual(2.5);
  });

  it('for search words made to share a hash (the word table probed on through every one held: 16,384 took 1.7 s)', () => {
    // Every word of 17 pairs, each pair `c0` or `an`, has the same hash in the word table.
    let words = [''];
    for (let i = 0; i < 17; i++) words = words.flatMap((w) => [`${w}c0`, `${w}an`]);
    const make = (n: number) => words.slice(0, Math.ceil(n / 35)).join(' ');
    // Each run from an empty table, as the first of a load: a table already holding the words
    // makes every run pay for all of them, which hides how one text's cost grows.
    expect(growthOf(make, 300_000, cpuMsOf(termsOf, forgetWords))).toBeLessThanOrEqual(2.5);
  });

  // A pattern such as /\s+$/ or /(.+?)\s*#*\s*$/ backtracks over a run of spaces at every place
  // it could start: a 60 KB Markdown file whose heading held such a run took minutes, a `<pre>`
  // or a code block 2 s. Each shape: one run of n spaces, then a character, in a line that keeps
  // its spaces.
  const PROSE = 'Some prose words stand here to make a paragraph of an article. '.repeat(8);
  const RUNS: Record<string, [rel: string, make: (spaces: string) => string]> = {
    'a Markdown title': ['a.md', (sp) => `# Title${sp}x\n\n${PROSE}\n`],
    'a Markdown heading': ['a.md', (sp) => `# Title\n\n${PROSE}\n\n## Sub${sp}x #\n\n${PROSE}\n`],
    'a Markdown code block': ['a.md', (sp) => `# Title\n\n${PROSE}\n\n\`\`\`\ncode${sp}x${sp}\n\`\`\`\n`],
    'an HTML <pre>': ['a.html', (sp) => `<html><head><title>T</title></head><body><article><h1>T</h1><p>${PROSE}</p><pre>code${sp}x${sp}</pre><p>${PROSE}</p></article></body></html>`],
    'a JSON preformatted block': ['a.json', (sp) => JSON.stringify({ headline: 'T', blocks: [{ kind: 'paragraph', text: PROSE }, { kind: 'preformatted', text: `code${sp}x${sp}` }] })],
  };
  it('for a page title of many unclosed [ (the "Headline [Site]" test looked ahead to the end from each)', () => {
    const make = (n: number) => `<html><head><title>${'[a '.repeat(n / 3)}</title></head><body><article><h1>H</h1><p>${PROSE}</p></article></body></html>`;
    expect(growth(make, 20_000, 'a.html')).toBeLessThanOrEqual(2.5);
  });
  it.each(Object.keys(RUNS))('for a long run of spaces in %s', (name) => {
    const [rel, make] = RUNS[name]!;
    expect(growth((n) => make(' '.repeat(n)), 10_000, rel)).toBeLessThanOrEqual(2.5);
  });

  it('for random hostile lines repeated to size', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PIECES), { minLength: 4, maxLength: 40 }), (pieces) => {
        const unit = pieces.join('');
        // Mostly one long line: newlines in the unit are rare, so lines grow with the input.
        const make = (n: number) => HEAD + unit.repeat(Math.ceil(n / unit.length));
        expect(growth(make, 150_000)).toBeLessThanOrEqual(2.5);
      }),
      { numRuns: 6, seed: 10 },
    );
  });
});

// Markdown's marks, each able to open a match that never closes: a pattern that rescans the rest
// of a paragraph from every one of them is quadratic (`[`, `<a `, `__`: 12 s at 320 KB).
const MARKDOWN_PIECES = ['word ', '[', '](', '![', '<a ', '<https://', '__', '**', '~~', '*', '_', '`', '\\', '\n', '\n\n', '```a\n', '~~~a\n', '\u00A0\n', '\n- ', '\n1. ', '# ', '> ', '(', ')', ']', '"'];

describe('Markdown parsing time grows linearly with the input', { timeout: 240_000 }, () => {
  it('for random hostile Markdown repeated to size', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...MARKDOWN_PIECES), { minLength: 4, maxLength: 30 }), (pieces) => {
        const unit = pieces.join('');
        // From 150 KB: below that a run takes a few ms and where the young generation fills
        // decides the slope (a linear unit measured 2, 2, 11, 19, 42 ms from 50 to 800 KB, and
        // 2.7 per doubling when fitted from 50 KB).
        const make = (n: number) => `# A headline\n\n${unit.repeat(Math.ceil(n / unit.length))}`;
        expect(growth(make, 150_000, 'a.md')).toBeLessThanOrEqual(2.5);
      }),
      { numRuns: 4, seed: 7 },
    );
  });
});

function SHAPE_NAMES(): Record<string, true> {
  return Object.fromEntries(shapesOf(100).map((s) => [s.shape, true]));
}
