// Turns measurements into the table (printed and written to RESULTS.md) and a hand-written
// SVG chart of start-up time and peak memory against library size. No figure is invented: a
// value that was not measured is `n/a` with its reason in the notes.
import { stats } from './pty-screen.mjs';

const fmtMs = (x) => (x == null ? null : x >= 100 ? x.toFixed(0) : x >= 10 ? x.toFixed(1) : x.toFixed(2));
const ratio = (a, b) => (a == null || b == null || b === 0 ? null : `${(a / b).toFixed(a / b >= 10 ? 0 : 1)}×`);
const mb = (kb) => (kb == null ? null : kb / 1024);

function peakKb(memory) {
  if (!memory) return null;
  return Math.max(memory.hwmKb ?? 0, memory.polledMaxKb ?? 0) || null;
}

/** One program's figures for one size, as plain numbers (null when not measured). */
export function figures(r) {
  if (!r || r.skipped || r.notRun) return null;
  // inkpress keeps its cold launch apart; for the others the first run stands as "cold".
  const own = 'cold' in r;
  return {
    cold: own ? r.cold : (r.launches?.[0] ?? null),
    coldAtLeast: r.coldAtLeast ?? null,
    coldIdleAtLeast: r.coldIdleAtLeast ?? null,
    warmIdleAtLeast: r.warmIdleAtLeast ?? null,
    warm: own ? stats(r.launches ?? []) : stats((r.launches ?? []).slice(1)),
    coldIdle: own ? r.coldIdle : (r.idle?.[0] ?? null),
    warmIdle: own ? stats(r.idle ?? []) : stats((r.idle ?? []).slice(1)),
    articleLater: stats(r.articleLater ?? []),
    feedList: r.feedList ? stats(r.feedList.slice(1)) : null,
    j: stats(r.j?.samples ?? []),
    jEarly: stats(r.jEarly?.samples ?? []),
    searchEarly: stats(r.searchEarly?.samples ?? []),
    k: stats(r.k?.samples ?? []),
    nextPrev: stats(r.nextPrev?.samples ?? []),
    nextPrevKeys: r.nextPrev?.keys ?? null,
    jBytes: stats(r.j?.bytes ?? []),
    jCpu: r.j?.cpu ?? null,
    // Paging once idle: inkpress's own series; the others page only once idle (nothing of
    // theirs runs in the background), so their one series stands for both rows.
    pagingIdle: stats((r.pagingIdle ?? r.paging)?.samples ?? []),
    pagingCpu: (r.pagingIdle ?? r.paging)?.cpu ?? null,
    article: r.article ?? null,
    paging: stats(r.paging?.samples ?? []),
    pagingKeys: r.paging?.keys ?? null,
    searchSettled: stats(r.search?.settled ?? []),
    searchEcho: stats(r.search?.echo ?? []),
    peakMb: mb(peakKb(r.memory)),
    // inkpress's cold launch, from the spawn to idle (the others have no cold start of their own).
    coldPeakMb: mb(peakKb(r.coldMemory)),
  };
}

/** The two floors: a minimal Ink reader, and the same screens in plain Node.js (bench/floor/). */
const FLOORS = ['floor', 'nodeFloor'];
/** Every program of a size's results, in the table's column order. */
const PROGRAMS = ['inkpress', 'newsboat', 'floor', 'nodeFloor'];

const ROWS = [
  { key: 'cold', label: 'launch → headlines, cold / first run (ms)', pick: (f) => f.cold, atLeast: (f) => f.coldAtLeast },
  { key: 'warm', label: 'launch → headlines, warm median (ms)', pick: (f) => f.warm?.median, n: (f) => f.warm?.n },
  { key: 'coldIdle', label: 'launch → idle (no CPU for 250 ms), cold / first run (ms)', pick: (f) => f.coldIdle, atLeast: (f) => f.coldIdleAtLeast },
  { key: 'warmIdle', label: 'launch → idle, warm median (ms)', pick: (f) => f.warmIdle?.median, n: (f) => f.warmIdle?.n, atLeast: (f) => f.warmIdleAtLeast },
  { key: 'feedList', label: 'launch → feed list, warm median (ms)', pick: (f) => f.feedList?.median, n: (f) => f.feedList?.n, only: ['newsboat'] },
  { key: 'j', label: '`j` → next frame, median / p95 (ms)', pick: (f) => f.j?.median, p95: (f) => f.j?.p95, n: (f) => f.j?.n },
  { key: 'jEarly', label: '`j` → next headline shown, right after the first frame, median / p95 (ms)', pick: (f) => f.jEarly?.median, p95: (f) => f.jEarly?.p95, n: (f) => f.jEarly?.n, only: ['inkpress'] },
  { key: 'k', label: '`k` → next frame (after the `j` presses), median / p95 (ms)', pick: (f) => f.k?.median, p95: (f) => f.k?.p95, n: (f) => f.k?.n },
  { key: 'jBytes', label: 'output written per `j` frame, median (KB)', pick: (f) => (f.jBytes ? f.jBytes.median / 1024 : null), kbRow: true },
  { key: 'jCpu', label: 'CPU per `j`, main thread / all threads (ms)', pick: (f) => f.jCpu?.mainMs, cpuRow: (f) => f.jCpu },
  { key: 'article', label: 'Enter → article text, right after the first frame (ms)', pick: (f) => f.article, not: FLOORS },
  { key: 'articleLater', label: 'Enter → article text, once idle, median / p95 (ms)', pick: (f) => f.articleLater?.median, p95: (f) => f.articleLater?.p95 },
  { key: 'paging', label: 'page in article, median / p95 (ms)', pick: (f) => f.paging?.median, p95: (f) => f.paging?.p95, n: (f) => f.paging?.n },
  { key: 'pagingIdle', label: 'page in article once idle, median / p95 (ms)', pick: (f) => f.pagingIdle?.median, p95: (f) => f.pagingIdle?.p95, n: (f) => f.pagingIdle?.n },
  { key: 'pagingCpu', label: 'CPU per page once idle, main thread / all threads (ms)', pick: (f) => f.pagingCpu?.mainMs, cpuRow: (f) => f.pagingCpu },
  { key: 'nextPrev', label: 'J / K → next / previous article text, once idle, median / p95 (ms)', pick: (f) => f.nextPrev?.median, p95: (f) => f.nextPrev?.p95, n: (f) => f.nextPrev?.n, not: FLOORS },
  { key: 'search', label: 'search, per letter → narrowed list, median / p95 (ms)', pick: (f) => f.searchSettled?.median, p95: (f) => f.searchSettled?.p95, n: (f) => f.searchSettled?.n, only: ['inkpress'] },
  { key: 'echo', label: 'search, per letter → first frame (echo), median / p95 (ms)', pick: (f) => f.searchEcho?.median, p95: (f) => f.searchEcho?.p95, n: (f) => f.searchEcho?.n, only: ['inkpress'] },
  { key: 'searchEarly', label: '`/` and each letter of a search → echo, right after the first frame, median / p95 (ms)', pick: (f) => f.searchEarly?.median, p95: (f) => f.searchEarly?.p95, n: (f) => f.searchEarly?.n, only: ['inkpress'] },
  { key: 'rss', label: 'peak RSS (MB)', pick: (f) => f.peakMb, mbRow: true },
  { key: 'coldRss', label: 'peak RSS, cold launch → idle (MB)', pick: (f) => f.coldPeakMb, mbRow: true, only: ['inkpress'] },
];

const WHY_NOT = {
  feedList: 'inkpress and the floors have no feed list: their first screen is the headlines',
  jEarly: 'newsboat and the floors show their headlines once they have read everything: their `j` right after the first frame is their `j` row',
  article: 'the floors open their article only once idle (the row below)',
  nextPrev: 'the floors hold one article',
  search: 'newsboat searches when Enter is pressed, not per letter; the floors have no search',
  searchEarly: 'newsboat shows headlines only once it has read everything; the floors have no search',
  echo: 'newsboat searches when Enter is pressed, not per letter; the floors have no search',
  coldRss: 'newsboat and the floors have no cache of their own: no launch of theirs is colder than another',
};

function cell(row, f, program, notRun) {
  if ((row.only && !row.only.includes(program)) || (row.not && row.not.includes(program))) return { text: '—', value: null };
  if (!f) return { text: notRun ? 'not run' : 'n/a', value: null };
  const v = row.pick(f);
  const atLeast = row.atLeast?.(f);
  if (v == null && atLeast != null) return { text: `> ${atLeast.toFixed(0)} (still busy)`, value: null };
  if (v == null) return { text: 'n/a', value: null };
  if (row.cpuRow) return { text: `${v.toFixed(2)} / ${row.cpuRow(f).allMs.toFixed(2)}`, value: v };
  const main = row.mbRow ? v.toFixed(1) : row.kbRow ? v.toFixed(2) : fmtMs(v);
  const p95 = row.p95?.(f);
  const n = row.n?.(f);
  return { text: `${main}${p95 != null ? ` / ${fmtMs(p95)}` : ''}${n != null && !row.p95 ? ` (${n} run${n === 1 ? '' : 's'})` : ''}`, value: v, p95 };
}

/** The results table in Markdown, plus the notes (reasons for n/a, fewer runs). */
export function table(results) {
  const lines = [
    '| articles | measurement | inkpress | newsboat | floor (Ink) | floor (Node) | inkpress / newsboat | inkpress / floor (Ink) | inkpress / floor (Node) |',
    '| ---: | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
  ];
  const notes = [];
  for (const r of results) {
    const f = Object.fromEntries(PROGRAMS.map((p) => [p, figures(r[p])]));
    for (const [program, res] of PROGRAMS.map((p) => [p, r[p]])) {
      if (res?.skipped) notes.push(`${r.size.toLocaleString('en')}: ${program} n/a — ${res.skipped}`);
      for (const n of res?.notes ?? []) notes.push(`${r.size.toLocaleString('en')}: ${program}: ${n}`);
      if (res?.search?.counts?.length) {
        notes.push(`${r.size.toLocaleString('en')}: ${program} search "${res.search.word}": the screen showed ${res.search.counts.join(', ')} matches (of ${r.size.toLocaleString('en')}) after the last letter, per round`);
      }
      for (const part of ['j', 'k', 'nextPrev', 'paging', 'search']) {
        if (res?.[part]?.note) notes.push(`${r.size.toLocaleString('en')}: ${program} ${part}: ${res[part].note}`);
      }
    }
    for (const row of ROWS) {
      const c = Object.fromEntries(Object.entries(f).map(([p, fig]) => [p, cell(row, fig, p, r[p]?.notRun)]));
      const rel = (other) => {
        if (c.inkpress.value == null || c[other].value == null) return '';
        const med = ratio(c.inkpress.value, c[other].value);
        const p95 = c.inkpress.p95 != null && c[other].p95 != null ? ratio(c.inkpress.p95, c[other].p95) : null;
        return p95 ? `${med} / ${p95}` : med;
      };
      const label = row.key === 'paging' ? `${row.label.replace('(ms)', '')}(ms; ${['inkpress', 'newsboat'].map((p) => f[p]?.pagingKeys).filter(Boolean).join(' vs ') || 'keys'})` : row.label;
      lines.push(
        `| ${r.size.toLocaleString('en')} | ${label} | ${c.inkpress.text} | ${c.newsboat.text} | ${c.floor.text} | ${c.nodeFloor.text} | ${rel('newsboat')} | ${rel('floor')} | ${rel('nodeFloor')} |`,
      );
    }
  }
  for (const [k, why] of Object.entries(WHY_NOT)) notes.push(`— in "${ROWS.find((r) => r.key === k).label}": ${why}`);
  return { markdown: lines.join('\n'), notes };
}

/** Parse throughput rows (bench/parse-mbps.mjs) as a Markdown table. */
export function parseMarkdown(parse) {
  return [
    '| input shape | size (KB) | first parse, CPU ms | once steady, CPU ms | MB/s (once steady) |',
    '| --- | ---: | ---: | ---: | ---: |',
    ...parse.rows.map((r) => `| ${r.shape} | ${(r.bytes / 1e3).toFixed(0)} | ${r.first == null ? '—' : fmtMs(r.first)} | ${fmtMs(r.ms)} | ${r.mbps.toFixed(1)} |`),
  ].join('\n');
}

const verdict = (ok) => (ok == null ? 'n/a' : ok ? 'met' : '**missed**');
const within = (a, b, times) => (a == null || b == null ? null : a <= b * times);

/**
 * Issue 10's targets against this run, inkpress beside newsboat, at 10,000 and 50,000 articles:
 * p95 under 16 ms and median within 2× newsboat's for every key measured, bytes per `j` within
 * 2×, warm launch at most 0.8× newsboat's, cold launch to idle under 3 s, peak RSS under 120 MB
 * (10,000) or 250 MB (50,000), and under 150 MB from a cold launch to idle (10,000), and parsing
 * at 5 MB/s or more on every shape.
 */
export function targetsMarkdown(results, parse) {
  const lines = ['| articles | target | inkpress | newsboat | inkpress / newsboat | | floor (Ink) | floor (Node) |', '| ---: | --- | ---: | ---: | ---: | --- | ---: | ---: |'];
  for (const r of results.filter((x) => x.size >= 10_000)) {
    const i = figures(r.inkpress);
    const n = figures(r.newsboat);
    const fl = figures(r.floor);
    const nf = figures(r.nodeFloor);
    if (!i) continue;
    const floors = (pick, show) => [fl, nf].map((x) => (x && pick(x) != null ? show(pick(x)) : '—')).join(' | ');
    const size = r.size.toLocaleString('en');
    const both = (x) => (x == null || x.median == null ? null : `${fmtMs(x.median)} / ${fmtMs(x.p95)}`);
    // `theirs`: the others' series this one is held against (their `j` for inkpress's `j` during its start).
    const key = (label, part, theirs = part) => {
      const a = i[part];
      const b = n?.[theirs];
      const ok = a?.p95 == null ? null : a.p95 < 16 && (b?.median == null ? true : within(a.median, b.median, 2));
      lines.push(`| ${size} | ${label}: p95 < 16 ms, median ≤ 2× newsboat | ${both(a) ?? 'n/a'} | ${both(b) ?? 'n/a'} | ${ratio(a?.median, b?.median) ?? ''} | ${verdict(ok)} | ${floors((x) => both(x[theirs]), (v) => v)} |`);
    };
    key('`j`', 'j');
    key('`j` right after the first frame (theirs: `j`)', 'jEarly', 'j');
    key('`k`', 'k');
    key('Enter → article (once idle)', 'articleLater');
    key('paging', 'paging');
    key('`J`/`K` → next/previous article (once idle)', 'nextPrev');
    const jb = i.jBytes?.median;
    const nb = n?.jBytes?.median;
    lines.push(`| ${size} | bytes per \`j\` ≤ 2× newsboat | ${jb == null ? 'n/a' : (jb / 1024).toFixed(2)} KB | ${nb == null ? 'n/a' : (nb / 1024).toFixed(2)} KB | ${ratio(jb, nb) ?? ''} | ${verdict(within(jb, nb, 2))} | ${floors((x) => x.jBytes?.median, (v) => `${(v / 1024).toFixed(2)} KB`)} |`);
    const warm = i.warm?.median;
    const nWarm = n?.warm?.median;
    lines.push(`| ${size} | warm launch → headlines ≤ 0.8× newsboat | ${fmtMs(warm) ?? 'n/a'} ms | ${fmtMs(nWarm) ?? 'n/a'} ms | ${ratio(warm, nWarm) ?? ''} | ${verdict(within(warm, nWarm, 0.8))} | ${floors((x) => x.warm?.median, (v) => `${fmtMs(v)} ms`)} |`);
    if (r.size === 10_000) {
      const coldIdle = i.coldIdle;
      lines.push(`| ${size} | cold launch → idle < 3 s | ${coldIdle == null ? `> ${fmtMs(i.coldIdleAtLeast) ?? '?'}` : fmtMs(coldIdle)} ms | — | | ${verdict(coldIdle == null ? (i.coldIdleAtLeast == null ? null : false) : coldIdle < 3000)} | — | — |`);
    }
    const limit = r.size >= 50_000 ? 250 : 120;
    lines.push(`| ${size} | peak RSS < ${limit} MB | ${i.peakMb == null ? 'n/a' : i.peakMb.toFixed(0)} MB | ${n?.peakMb == null ? 'n/a' : n.peakMb.toFixed(0)} MB | ${ratio(i.peakMb, n?.peakMb) ?? ''} | ${verdict(i.peakMb == null ? null : i.peakMb < limit)} | ${floors((x) => x.peakMb, (v) => `${v.toFixed(0)} MB`)} |`);
    if (r.size === 10_000) {
      const cold = i.coldPeakMb;
      lines.push(`| ${size} | peak RSS, cold launch → idle < 150 MB | ${cold == null ? 'n/a' : `${cold.toFixed(0)} MB`} | — | | ${verdict(cold == null ? null : cold < 150)} | — | — |`);
    }
  }
  if (parse?.rows?.length) {
    const shapes = parse.rows.filter((r) => !r.shape.startsWith('slowest real page'));
    const slowest = shapes.reduce((a, b) => (b.mbps < a.mbps ? b : a));
    lines.push(`| — | parse ≥ 5 MB/s on every shape | slowest: ${slowest.mbps.toFixed(1)} MB/s (${slowest.shape}, ${(slowest.bytes / 1e3).toFixed(0)} KB) | — | | ${verdict(slowest.mbps >= 5)} | — | — |`);
    // Checked on a file's first parse (the JIT has not yet optimised its paths), the slower one.
    const slowerMs = (r) => Math.max(r.first ?? 0, r.ms);
    const long = parse.rows.filter((r) => r.bytes < 5 * 2 ** 20 && slowerMs(r) > 1000 && !r.shape.startsWith('real saved pages'));
    lines.push(`| — | no file under 5 MiB over 1 s (first parse) | ${long.length === 0 ? 'none' : long.map((r) => `${r.shape} ${fmtMs(slowerMs(r))} ms`).join('; ')} | — | | ${verdict(long.length === 0)} | — | — |`);
  }
  return lines.join('\n');
}

/** The Markdown report: machine, date, table, notes, methods, chart. */
export function resultsMarkdown({ machine, results, parse = null, methods, elapsedS, partial, svgName }) {
  const { markdown, notes } = table(results);
  return [
    '# inkpress benchmark (issue 5)',
    '',
    `Run ${machine.date} with \`npm run bench\`${partial ? ` (partial: ${partial})` : ''} in ${elapsedS.toFixed(0)} s.`,
    '',
    '## Machine',
    '',
    `- CPU: ${machine.cpu}, ${machine.cores} cores; memory ${machine.memGiB.toFixed(1)} GiB`,
    `- load average at start ${machine.loadStart}, at end ${machine.loadEnd ?? 'n/a'} (other work on the machine skews timings)`,
    `- ${machine.node}; Ink ${machine.ink}; ${machine.newsboat ?? 'newsboat not installed'}`,
    `- inkpress: dist/inkpress.js built from ${machine.inkpressCommit}`,
    '',
    '## Results',
    '',
    `![start-up time and peak memory against library size](${svgName})`,
    '',
    markdown,
    '',
    'Ratios are inkpress divided by the other program (median, and p95 where given); above 1× inkpress is slower or larger.',
    '',
    '### Notes',
    '',
    ...notes.map((n) => `- ${n}`),
    '',
    ...(parse ? ['## Parse throughput', '', parseMarkdown(parse), ''] : []),
    ...(results.some((r) => r.size >= 10_000) ? ['## Issue 10: targets against this run', '', targetsMarkdown(results, parse), ''] : []),
    '## How each figure is measured',
    '',
    ...methods.map((m) => `- ${m}`),
    '',
  ].join('\n');
}

// ---------- SVG ----------

const esc = (s) => String(s).replace(/&/g, '&amp;').replace(/</g, '&lt;');

function niceMax(v) {
  if (!(v > 0)) return 1;
  const p = 10 ** Math.floor(Math.log10(v));
  for (const m of [1, 1.5, 2, 2.5, 3, 4, 5, 6, 8, 10]) if (m * p >= v) return m * p;
  return 10 * p;
}

function panel({ x0, y0, w, h, title, unit, sizes, series, logY = false }) {
  const out = [];
  const all = series.flatMap((s) => s.points.map((p) => p[1])).filter((v) => v != null && (!logY || v > 0));
  const ymax = logY ? 10 ** Math.ceil(Math.log10(Math.max(...all, 1))) : niceMax(Math.max(...all, 0) * 1.05);
  const ymin = logY ? 10 ** Math.floor(Math.log10(Math.min(...all, ymax / 10))) : 0;
  const lx = (n) => {
    if (sizes.length === 1) return x0 + w / 2;
    const a = Math.log10(sizes[0]);
    const b = Math.log10(sizes.at(-1));
    return x0 + ((Math.log10(n) - a) / (b - a)) * w;
  };
  const ly = logY
    ? (v) => y0 + h - ((Math.log10(v) - Math.log10(ymin)) / (Math.log10(ymax) - Math.log10(ymin))) * h
    : (v) => y0 + h - (v / ymax) * h;
  out.push(`<text x="${x0 + w / 2}" y="${y0 - 14}" text-anchor="middle" class="title">${esc(title)}</text>`);
  const ticks = logY
    ? Array.from({ length: Math.round(Math.log10(ymax / ymin)) + 1 }, (_, i) => ymin * 10 ** i)
    : [0, 1, 2, 3, 4].map((i) => (ymax * i) / 4);
  for (const v of ticks) {
    const y = ly(v);
    out.push(`<line x1="${x0}" x2="${x0 + w}" y1="${y}" y2="${y}" class="grid"/>`);
    out.push(`<text x="${x0 - 6}" y="${y + 4}" text-anchor="end">${esc(+v.toPrecision(3))}</text>`);
  }
  out.push(`<text x="${x0 - 44}" y="${y0 + h / 2}" transform="rotate(-90 ${x0 - 44} ${y0 + h / 2})" text-anchor="middle">${esc(unit)}</text>`);
  for (const n of sizes) {
    out.push(`<text x="${lx(n)}" y="${y0 + h + 18}" text-anchor="middle">${n.toLocaleString('en')}</text>`);
  }
  out.push(`<text x="${x0 + w / 2}" y="${y0 + h + 36}" text-anchor="middle">articles in the library (log scale)</text>`);
  out.push(`<line x1="${x0}" x2="${x0 + w}" y1="${y0 + h}" y2="${y0 + h}" class="axis"/>`);
  out.push(`<line x1="${x0}" x2="${x0}" y1="${y0}" y2="${y0 + h}" class="axis"/>`);
  series.forEach((s, i) => {
    const pts = s.points.filter((p) => p[1] != null && (!logY || p[1] > 0)).map(([n, v]) => [lx(n), ly(v)]);
    if (pts.length > 1) {
      out.push(`<polyline fill="none" stroke="${s.color}" stroke-width="2"${s.dash ? ` stroke-dasharray="${s.dash}"` : ''} points="${pts.map((p) => p.map((c) => c.toFixed(1)).join(',')).join(' ')}"/>`);
    }
    const dot = s.dash ? `fill="#fff" stroke="${s.color}" stroke-width="2"` : `fill="${s.color}"`;
    for (const [x, y] of pts) out.push(`<circle cx="${x.toFixed(1)}" cy="${y.toFixed(1)}" r="3.5" ${dot}/>`);
    const ly0 = y0 + h + 58 + i * 16;
    out.push(`<line x1="${x0 + 10}" x2="${x0 + 34}" y1="${ly0}" y2="${ly0}" stroke="${s.color}" stroke-width="2"${s.dash ? ` stroke-dasharray="${s.dash}"` : ''}/>`);
    out.push(`<text x="${x0 + 40}" y="${ly0 + 4}">${esc(s.name)}</text>`);
  });
  return out.join('\n');
}

/** Start-up (cold and warm) and peak RSS against library size, two panels, plain SVG. */
export function chartSvg(results) {
  const sizes = results.map((r) => r.size);
  const f = results.map((r) => ({ size: r.size, i: figures(r.inkpress), n: figures(r.newsboat), fl: figures(r.floor) }));
  const pts = (get) => f.map((x) => [x.size, get(x) ?? null]);
  const sec = (ms) => (ms == null ? null : ms / 1000);
  const colors = { inkpress: '#c0392b', newsboat: '#2471a3', floor: '#7d8c8d' };
  const W = 980;
  const H = 490;
  const startup = panel({
    x0: 80, y0: 50, w: 360, h: 260,
    title: 'launch → headlines, and → idle', unit: 'seconds (log scale)', sizes, logY: true,
    series: [
      { name: 'inkpress → idle, cold', color: '#e67e22', dash: '6 4', points: pts((x) => sec(x.i?.coldIdle)) },
      { name: 'inkpress → idle, warm', color: '#e67e22', points: pts((x) => sec(x.i?.warmIdle?.median)) },
      { name: 'inkpress → headlines, cold', color: colors.inkpress, dash: '6 4', points: pts((x) => sec(x.i?.cold)) },
      { name: 'inkpress → headlines, warm (median)', color: colors.inkpress, points: pts((x) => sec(x.i?.warm?.median)) },
      { name: 'newsboat → headlines (median)', color: colors.newsboat, points: pts((x) => sec(x.n?.warm?.median)) },
      { name: 'floor: minimal Ink → headlines (median)', color: colors.floor, points: pts((x) => sec(x.fl?.warm?.median)) },
    ],
  });
  const memory = panel({
    x0: 580, y0: 50, w: 360, h: 260,
    title: 'peak memory (RSS) over a session', unit: 'MB', sizes,
    series: [
      { name: 'inkpress', color: colors.inkpress, points: pts((x) => x.i?.peakMb) },
      { name: 'newsboat', color: colors.newsboat, points: pts((x) => x.n?.peakMb) },
      { name: 'floor: minimal Ink', color: colors.floor, points: pts((x) => x.fl?.peakMb) },
    ],
  });
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}" font-family="sans-serif" font-size="12">`,
    '<style>.grid{stroke:#ddd}.axis{stroke:#333}.title{font-size:14px;font-weight:bold}text{fill:#222}</style>',
    `<rect width="${W}" height="${H}" fill="#fff"/>`,
    startup,
    memory,
    `<text x="${W / 2}" y="${H - 8}" text-anchor="middle" fill="#555">Missing points were not measured (n/a or &gt; N in RESULTS.md). newsboat: launch → headlines includes its Enter on the first feed. Idle: no CPU for 250 ms.</text>`,
    '</svg>',
    '',
  ].join('\n');
}

/**
 * RESULTS.md also holds sections bench/run.mjs does not write: the history bench's (from its
 * start marker, or its heading where the marker was lost, to the end of the file) and the
 * written analysis of what bounds each missed target (between its markers). Both are kept from
 * `old`, word for word: put in with a function, since a replacement string would read `$\``,
 * `$&` or `$'` in them as patterns (a section quoting the regex `^\p{RGI_Emoji}$\`` once got
 * the whole report pasted into it).
 */
export function withKeptSections(old, report) {
  const bounds = old.match(/<!-- bounds:start[\s\S]*?<!-- bounds:end -->/)?.[0];
  const at = [old.indexOf('<!-- history:start'), old.indexOf('## With a reading history')].filter((i) => i >= 0);
  const history = at.length ? old.slice(Math.min(...at)) : '';
  let text = report.trimEnd();
  if (bounds) text = text.replace('\n## How each figure is measured', () => `\n${bounds}\n\n## How each figure is measured`);
  return `${text}\n${history ? `\n${history.trimEnd()}\n` : ''}`;
}
