import { describe, expect, it } from 'vitest';
import { table, targetsMarkdown, withKeptSections } from '../../bench/report.mjs';

// The memory targets are two at 10,000 articles: under 120 MB in the warm session the
// bench plays, and under 150 MB from a cold launch (every file read, parsed and indexed) to idle.
// The bench's tables must show both, each from its own launch.
const kb = (mb: number) => mb * 1024;
function run(coldMb: number | null, warmMb = 135) {
  const inkpress = {
    cold: 600,
    coldIdle: 4000,
    coldMemory: coldMb === null ? null : { hwmKb: kb(coldMb), rssKb: kb(150), polledMaxKb: kb(coldMb - 1) },
    launches: [300, 310],
    idle: [900],
    memory: { hwmKb: kb(warmMb), rssKb: kb(130), polledMaxKb: kb(warmMb) },
    notes: [],
  };
  return [{ size: 10_000, inkpress, newsboat: { skipped: 'not installed' }, floor: { skipped: 'not built' } }];
}
const rowOf = (markdown: string, label: string) => markdown.split('\n').find((line) => line.includes(label));

describe("the bench's memory rows", () => {
  it('give the cold launch its own peak RSS target, met or missed by its own figure', () => {
    expect(rowOf(targetsMarkdown(run(205)), 'peak RSS, cold launch → idle < 150 MB')).toMatch(/\| 205 MB \|.*\*\*missed\*\*/);
    expect(rowOf(targetsMarkdown(run(140)), 'peak RSS, cold launch → idle < 150 MB')).toMatch(/\| 140 MB \|.*\| met \|/);
    // The warm session's row stays the warm session's.
    expect(rowOf(targetsMarkdown(run(205)), 'peak RSS < 120 MB')).toMatch(/\| 135 MB \|/);
  });

  it("say n/a when the cold launch's memory was not read", () => {
    expect(rowOf(targetsMarkdown(run(null)), 'peak RSS, cold launch → idle < 150 MB')).toMatch(/< 150 MB \| n\/a \|.*\| n\/a \|/);
  });

  it('list the cold peak in the results table beside the warm one', () => {
    const { markdown } = table(run(205.4));
    expect(rowOf(markdown, 'peak RSS, cold launch → idle (MB)')).toMatch(/\| 205\.4 \|/);
    expect(rowOf(markdown, '| peak RSS (MB)')).toMatch(/\| 135\.0 \|/);
  });
});

describe('a new RESULTS.md', () => {
  it('keeps the written bounds and the history sections word for word, whatever they quote', () => {
    const bounds = '<!-- bounds:start -->\n### Notes\nThe regex `^\\p{RGI_Emoji}$` and `$&`, `$\'` and $1 stay as written.\n<!-- bounds:end -->';
    const old = `# old report\n\n${bounds}\n\n## How each figure is measured\n\nold ways\n\n<!-- history:start -->\n## With a reading history\nrows\n<!-- history:end -->\n`;
    const report = '# new report\n\n| table |\n\n## How each figure is measured\n\nnew ways\n';
    const text = withKeptSections(old, report);
    expect(text).toBe(`# new report\n\n| table |\n\n${bounds}\n\n## How each figure is measured\n\nnew ways\n\n<!-- history:start -->\n## With a reading history\nrows\n<!-- history:end -->\n`);
    expect(text.split('# new report')).toHaveLength(2);
  });
});

describe("the floors' columns", () => {
  // A key measured the same way in each program: what a reader waits for a page.
  const paging = (ms: number) => ({ samples: [ms, ms, ms], keys: 'Space/b' });
  const results = [
    {
      size: 10_000,
      inkpress: { cold: 600, coldIdle: 2000, launches: [300], idle: [], paging: paging(4), notes: [] },
      newsboat: { launches: [200, 210], paging: paging(1.5), notes: [] },
      floor: { launches: [150, 160], paging: paging(20), notes: [] },
      nodeFloor: { launches: [50, 60], paging: paging(2), notes: [] },
    },
  ];

  it('show the Ink floor and the Node floor beside inkpress, each with its ratio', () => {
    const row = rowOf(table(results).markdown, 'page in article');
    // inkpress, newsboat, floor (Ink), floor (Node), then inkpress divided by each.
    expect(row).toMatch(/\| 4\.00 \/ 4\.00 \| 1\.50 \/ 1\.50 \| 20\.0 \/ 20\.0 \| 2\.00 \/ 2\.00 \| 2\.7× \/ 2\.7× \| 0\.2× \/ 0\.2× \| 2\.0× \/ 2\.0× \|$/);
  });

  it("give the CPU a page costs once idle: inkpress's idle series, the others' one series", () => {
    const cpu = (mainMs: number, allMs: number) => ({ ...paging(1), cpu: { mainMs, allMs } });
    const inkpress = { ...results[0]!.inkpress, paging: cpu(9, 30), pagingIdle: cpu(2, 3.5) };
    const row = rowOf(table([{ ...results[0]!, inkpress, newsboat: { ...results[0]!.newsboat, paging: cpu(0.5, 0.5) } }]).markdown, 'CPU per page');
    expect(row).toMatch(/\| 2\.00 \/ 3\.50 \| 0\.50 \/ 0\.50 \| n\/a \| n\/a \| 4\.0× \|/);
  });

  it("put both floors' paging in the targets table", () => {
    expect(rowOf(targetsMarkdown(results), '| paging:')).toMatch(/\*\*missed\*\* \| 20\.0 \/ 20\.0 \| 2\.00 \/ 2\.00 \|$/);
  });

  it('say n/a for a floor that was not run, and — where a floor has no such screen', () => {
    const { markdown } = table([{ ...results[0]!, nodeFloor: { notRun: true } }]);
    expect(rowOf(markdown, 'page in article')).toMatch(/\| 20\.0 \/ 20\.0 \| not run \|/);
    expect(rowOf(markdown, 'J / K')).toMatch(/\| — \| — \|/);
  });
});

describe('`j` right after the first frame', () => {
  // inkpress answers keys while it still reads its library; newsboat shows headlines only once it
  // has read everything, so its `j` row is what this row is held against.
  const series = (ms: number[]) => ({ samples: ms });
  const results = (early: number[]) => [
    {
      size: 10_000,
      inkpress: { cold: 600, coldIdle: 2000, launches: [300], idle: [], j: series([2, 2, 2]), jEarly: series(early), notes: [] },
      newsboat: { launches: [200, 210], j: series([3, 3, 3]), notes: [] },
      floor: { skipped: 'not built' },
    },
  ];

  it('has its own row in the results table, for inkpress only', () => {
    const row = rowOf(table(results([4, 5, 6])).markdown, '`j` → next headline shown, right after the first frame');
    expect(row).toMatch(/\| 5\.00 \/ 6\.00 \| — \|/);
  });

  it('is followed by `/` and a search typed right after the first frame, its echo per key', () => {
    const [size] = results([4, 5, 6]);
    const withSearch = [{ ...size!, inkpress: { ...size!.inkpress, searchEarly: series([30, 8, 6, 7, 5, 6, 9]) } }];
    const row = rowOf(table(withSearch).markdown, '`/` and each letter of a search → echo, right after the first frame');
    expect(row).toMatch(/\| 7\.00 \/ 30\.0 \| — \|/);
  });

  it("is a target held against newsboat's `j`: missed when a move takes longer than a frame", () => {
    expect(rowOf(targetsMarkdown(results([4, 5, 6])), '`j` right after the first frame')).toMatch(/\| 5\.00 \/ 6\.00 \| 3\.00 \/ 3\.00 \| 1\.7× \| met \|/);
    expect(rowOf(targetsMarkdown(results([4, 5, 40])), '`j` right after the first frame')).toMatch(/\*\*missed\*\*/);
    expect(rowOf(targetsMarkdown(results([])), '`j` right after the first frame')).toMatch(/\| n\/a \|/);
  });
});
