// What bounds paging right after a start (issue 10): the key's work, the library's background
// work, or V8 still compiling the paging path? inkpress is launched warm on the generated
// library in a real pty, `rounds` times in each of two ways: "early" (Enter on the long article
// as soon as the headlines show, then pages, as bench/run.mjs does) and "idle" (the same, but
// each step only once the process is idle: no background work at all, the code as cold). Each
// launch pages Space/b 60 times; the medians of pages 1-20, 21-40 and 41-60 show whether the
// pages get faster as the process runs, and the CPU per page (main thread / all threads) how
// much of it other threads (V8's compilers, GC helpers) spend.
//   node bench/paging-warmup.mjs [--size 10000] [--rounds 2]
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { openArticle } from './article-keys.mjs';
import { ensureLibrary } from './generate.mjs';
import { INKPRESS, warmedEnv } from './measure-inkpress.mjs';
import { KEYS, PtyScreen, Recognizer, keyLatencies, stats } from './pty-screen.mjs';

const here = resolve(new URL('.', import.meta.url).pathname);
const { values: opts } = parseArgs({ options: { size: { type: 'string', default: '10000' }, rounds: { type: 'string', default: '2' } } });
const meta = await ensureLibrary(Number(opts.size), join(here, 'out'));
const work = mkdtempSync(join(tmpdir(), 'inkpress-paging-warmup-'));
const headlines = new Recognizer(meta.headlines);
const bodies = new Recognizer(meta.firstParagraphs, 24);
const shown = (s) => headlines.linesMatching(s.lines()) >= 3;
const ms = (xs) => stats(xs).median.toFixed(2);

try {
  const env = await warmedEnv(meta, work);
  console.log(`paging Space/b in a fresh process, ${meta.root} (ms, median of 20 pages each)`);
  console.log('');
  console.log('| launch | Enter | pages 1-20 | pages 21-40 | pages 41-60 | CPU per page, main / all threads |');
  console.log('| --- | ---: | ---: | ---: | ---: | ---: |');
  for (let r = 0; r < Number(opts.rounds); r += 1) {
    for (const mode of ['early', 'idle']) {
      const s = new PtyScreen(process.execPath, [INKPRESS], { env });
      await s.waitFor(() => shown(s), { timeout: 60_000, label: 'headlines' });
      if (mode === 'idle') await s.waitIdle({ timeout: 30_000 });
      const enter = await openArticle(s, bodies);
      if (mode === 'idle') await s.waitIdle({ timeout: 30_000 });
      const { samples, cpu } = await keyLatencies(s, [KEYS.space, 'b'], 60);
      await s.close('Q', 10_000);
      const parts = [samples.slice(0, 20), samples.slice(20, 40), samples.slice(40)].map(ms);
      console.log(`| ${mode} | ${enter.toFixed(1)} | ${parts.join(' | ')} | ${cpu.mainMs.toFixed(2)} / ${cpu.allMs.toFixed(2)} |`);
    }
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
