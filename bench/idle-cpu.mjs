// The CPU an idle reader uses (issue 10): inkpress is launched warm on the generated library in a
// real pty, left until it is idle, then left alone for `seconds` with no key pressed; the CPU it
// used meanwhile (every thread) is printed, with each moment it woke (a watch, a stamp check of
// its folders, a rescan). A reader left open for the day should cost next to nothing.
//   node bench/idle-cpu.mjs [--size 10000] [--seconds 65] [--bin dist/inkpress.js]
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { ensureLibrary } from './generate.mjs';
import { INKPRESS, warmedEnv } from './measure-inkpress.mjs';
import { PtyScreen, Recognizer } from './pty-screen.mjs';

const here = resolve(new URL('.', import.meta.url).pathname);
const { values: opts } = parseArgs({
  options: { size: { type: 'string', default: '10000' }, seconds: { type: 'string', default: '65' }, bin: { type: 'string', default: INKPRESS } },
});
const meta = await ensureLibrary(Number(opts.size), join(here, 'out'));
const work = mkdtempSync(join(tmpdir(), 'inkpress-idle-cpu-'));
const bin = resolve(opts.bin);

try {
  // A first launch fills the caches; the second, warm, is the one left alone.
  const env = await warmedEnv(meta, work, bin);
  const headlines = new Recognizer(meta.headlines);
  const s = new PtyScreen(process.execPath, [bin], { env });
  await s.waitFor(() => headlines.linesMatching(s.lines()) >= 3, { timeout: 60_000, label: 'headlines' });
  await s.waitIdle({ timeout: 120_000 });
  const start = performance.now();
  const first = s.cpuMs();
  const wakes = [];
  for (let last = first; performance.now() - start < Number(opts.seconds) * 1000; ) {
    await new Promise((r) => setTimeout(r, 100));
    const now = s.cpuMs();
    if (now !== last) wakes.push(`${((performance.now() - s.t0) / 1000).toFixed(1)} s +${now - last}`);
    last = now;
  }
  const used = s.cpuMs() - first;
  await s.close('Q', 10_000);
  console.log(`${opts.bin}, ${meta.count} articles: ${used} ms of CPU in ${opts.seconds} s idle`);
  console.log(`woke at (time since launch, ms of CPU): ${wakes.join(', ')}`);
} finally {
  rmSync(work, { recursive: true, force: true });
}
