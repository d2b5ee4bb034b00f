// Where every 50 ms of a warm start goes (issue 10): inkpress is launched warm (its index cache
// filled by a first launch) on the generated 10,000-article library in a real pty, with V8's
// CPU profiler on, until the headlines are on screen. The time from the spawn to that frame is
// cut into 50 ms slots; each slot says what the process did in it, by the source file of the
// code that ran (mapped through dist's source maps), with node's own start-up (before the first
// JavaScript sample) and time spent waiting (idle: file reads, timers) named as such.
//   node bench/warm-trace.mjs [--size 10000] [--slot 50]
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { SourceMap } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { ensureLibrary } from './generate.mjs';
import { INKPRESS, warmedEnv } from './measure-inkpress.mjs';
import { PtyScreen, Recognizer } from './pty-screen.mjs';

const here = resolve(new URL('.', import.meta.url).pathname);
const { values: opts } = parseArgs({ options: { size: { type: 'string', default: '10000' }, slot: { type: 'string', default: '50' } } });
const size = Number(opts.size);
const slotMs = Number(opts.slot);
const nowUs = () => Number(process.hrtime.bigint() / 1000n);

/** A warm launch to the headlines, profiled; returns the profile and the spawn and frame times (µs, the profiler's clock). */
async function profiledLaunch(meta, work) {
  const env = await warmedEnv(meta, work);
  const known = new Recognizer(meta.headlines);
  const shown = (s) => known.linesMatching(s.lines()) >= 3;
  const profDir = join(work, 'prof');
  const spawnedAt = nowUs();
  const s = new PtyScreen(process.execPath, ['--cpu-prof', `--cpu-prof-dir=${profDir}`, INKPRESS], { env });
  await s.waitFor(() => shown(s), { timeout: 60_000, label: 'headlines (warm)' });
  // The frame arrived at s.lastDataAt (performance.now()); on the hrtime clock:
  const frameAt = nowUs() - (performance.now() - s.lastDataAt) * 1000;
  await s.close('Q', 10_000);
  const file = readdirSync(profDir).find((f) => f.endsWith('.cpuprofile'));
  return { profile: JSON.parse(readFileSync(join(profDir, file), 'utf8')), spawnedAt, frameAt };
}

/** Names the code of a profile node: the source file it came from, grouped to something readable. */
function namer() {
  const maps = new Map();
  const mapFor = (url) => {
    if (!maps.has(url)) {
      let map = null;
      try {
        const path = new URL(url).pathname;
        map = new SourceMap(JSON.parse(readFileSync(`${path}.map`, 'utf8')));
      } catch {
        // no source map: named by its URL
      }
      maps.set(url, map);
    }
    return maps.get(url);
  };
  return (frame) => {
    const { functionName, url, lineNumber, columnNumber } = frame;
    if (functionName === '(idle)') return 'waiting (idle: reads, timers)';
    if (functionName === '(garbage collector)') return 'garbage collection';
    if (functionName === '(program)' || functionName === '(root)') return 'V8 (compiling, runtime)';
    if (url.startsWith('node:internal/modules') || /compileSourceTextModule|compileFunction/.test(functionName)) return 'loading modules';
    if (url.startsWith('node:') || !url) return `node: ${url.replace(/^node:(internal\/)?/, '') || functionName}`;
    if (!url.startsWith('file:')) return url;
    const source = mapFor(url)?.findEntry(lineNumber, columnNumber)?.originalSource ?? url;
    const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(source);
    if (pkg) return pkg[1];
    const src = /\/src\/(.+)$/.exec(source);
    if (src) return `src/${src[1].split('/').slice(0, src[1].startsWith('library/') || src[1].startsWith('ui/') ? 2 : 1).join('/')}`;
    return source.replace(/^.*\/(dist|bench)\//, '$1/');
  };
}

async function main() {
  const meta = await ensureLibrary(size, join(here, 'out'));
  const work = mkdtempSync(join(tmpdir(), 'inkpress-warm-trace-'));
  try {
    const { profile, spawnedAt, frameAt } = await profiledLaunch(meta, work);
    const name = namer();
    const byId = new Map(profile.nodes.map((n) => [n.id, n]));
    const slots = [];
    const slotOf = (t) => Math.floor((t - spawnedAt) / 1000 / slotMs);
    const add = (slot, what, us) => {
      if (slot < 0) return;
      slots[slot] ??= new Map();
      slots[slot].set(what, (slots[slot].get(what) ?? 0) + us);
    };
    // Before the first sample: node starting, reading and compiling nothing of ours yet.
    for (let t = spawnedAt; t < Math.min(profile.startTime, frameAt); t += 1000) add(slotOf(t), 'node start-up (before the profiler)', Math.min(1000, profile.startTime - t));
    // The first delta is from the profile's start to its first sample (V8's cpuprofile format).
    let t = profile.startTime + (profile.timeDeltas[0] ?? 0);
    for (let k = 0; k < profile.samples.length; k += 1) {
      const dt = profile.timeDeltas[k + 1] ?? 0;
      if (t >= frameAt) break;
      add(slotOf(t), name(byId.get(profile.samples[k]).callFrame), dt);
      t += profile.timeDeltas[k + 1] ?? 0;
    }
    const totalMs = (frameAt - spawnedAt) / 1000;
    console.log(`warm launch → headlines: ${totalMs.toFixed(0)} ms (${size.toLocaleString('en')} articles, ${INKPRESS.replace(`${dirname(here)}/`, '')}); each ${slotMs} ms slot, what ran in it:`);
    console.log('');
    console.log('| ms | in this slot (ms) |');
    console.log('| ---: | --- |');
    const totals = new Map();
    slots.forEach((m, k) => {
      if (!m) return;
      for (const [w, us] of m) totals.set(w, (totals.get(w) ?? 0) + us);
      const parts = [...m].sort((a, b) => b[1] - a[1]).filter(([, us]) => us >= 2000).slice(0, 4);
      console.log(`| ${k * slotMs}–${(k + 1) * slotMs} | ${parts.map(([w, us]) => `${w} ${(us / 1000).toFixed(0)}`).join('; ')} |`);
    });
    console.log('');
    console.log('| whole launch | ms |');
    console.log('| --- | ---: |');
    for (const [w, us] of [...totals].sort((a, b) => b[1] - a[1]).slice(0, 14)) console.log(`| ${w} | ${(us / 1000).toFixed(0)} |`);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

main().catch((err) => {
  process.stderr.write(`warm-trace: ${err.stack ?? err}\n`);
  process.exit(1);
});
