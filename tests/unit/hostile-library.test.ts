/**
 * Issue 4, the library side: a folder of hostile files loads to the end, and every file is
 * either shown with nothing a terminal would act on, or skipped with its reason.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { articleText } from '../../src/render/article-text.js';
import type { Article } from '../../src/library/model/article.js';
import type { Library } from '../../src/library/model/library.js';
import { loadLibrary } from '../../src/library/live/load-library.js';
import { MAX_COMBINING_MARKS } from '../../src/library/text/sanitize.js';
import { buildHostileLibrary, CONTROL_BUT_NEWLINE, type Expected, type HostileLibrary } from '../helpers/hostile-library.js';
import { runCli } from '../helpers/run-cli.js';

let hostile: HostileLibrary;
let library: Library;
let articles: Article[];
const shown = () => hostile.expected.filter((e): e is Extract<Expected, { kind: 'shown' }> => e.kind === 'shown');
const skipped = () => hostile.expected.filter((e): e is Extract<Expected, { kind: 'skipped' }> => e.kind === 'skipped');
const byPath = (path: string) => articles.filter((a) => a.path === path);

beforeAll(async () => {
  hostile = buildHostileLibrary();
  if (hostile.missing.length > 0) console.log(`hostile library: left out for lack of ${hostile.missing.join(', ')}`);
  const started = performance.now();
  library = await loadLibrary(hostile.root, { cacheDir: null });
  // Reported, not asserted: speed belongs to the benchmark. The hook timeout is the hang guard.
  console.log(`hostile library: ${hostile.expected.length} entries loaded in ${(performance.now() - started).toFixed(0)} ms`);
  articles = (await Promise.all(library.summaries.map((s) => library.article(s.id)))).filter((a): a is Article => a !== null);
}, 15_000);
afterAll(() => hostile?.remove());

/** Every string anywhere inside a value (the fields of an article, of `parse --json`). */
function strings(value: unknown, at = '$'): Array<[string, string]> {
  if (typeof value === 'string') return [[at, value]];
  if (Array.isArray(value)) return value.flatMap((v, i) => strings(v, `${at}[${i}]`));
  if (value !== null && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => strings(v, `${at}.${k}`));
  return [];
}
const withControls = (value: unknown) => strings(value).filter(([, s]) => CONTROL_BUT_NEWLINE.test(s));

describe('a library of hostile files', () => {
  it('shows each attack file and skips each trap, with its reason, and nothing else', () => {
    const problems = new Map(library.problems.map((p) => [p.path, p.reason]));
    for (const e of skipped()) expect(problems.get(e.path), e.path).toMatch(e.reason);
    expect([...problems.keys()].sort()).toEqual(skipped().map((e) => e.path).sort());
    expect([...new Set(library.summaries.map((s) => s.path))].sort()).toEqual(shown().map((e) => e.path).sort());
    expect(articles).toHaveLength(library.summaries.length);
    // One byte over must not read as the limit itself ("5 MiB; the limit is 5 MiB").
    expect(problems.get('over-5-mib.txt')).toBe('too large to be an article (5.1 MiB; the limit is 5 MiB)');
  });

  it('holds no control character but newline in any field, and none at all in one-line fields', () => {
    for (const a of articles) {
      expect(withControls(a), a.path).toEqual([]);
      const oneLine = [a.headline, a.section, a.byline, a.outlet, a.published, a.url, ...a.captions.map((c) => c.text)];
      expect(oneLine.filter((s) => s?.includes('\n')), a.path).toEqual([]);
    }
  });

  it('keeps the words after every escape, even an unterminated one', () => {
    for (const e of shown()) {
      const text = byPath(e.path).map(articleText).join('\n');
      for (const marker of e.markers) expect(text, `${e.path} should show ${marker}`).toContain(marker);
    }
    const unterminated = articleText(byPath('unterminated-osc.txt')[0]!);
    expect(unterminated).toMatch(/An open string 52;c;QUFBQQ== UNTERMINATED-OSC-MARKER must still be visible/);
  });

  it('drops whole escape sequences, payload included', () => {
    const all = articles.map(articleText).join('\n');
    for (const payload of ['pwned', 'evil.example', 'Y3VybCBldmlsLmV4YW1wbGUgfCBzaA==', 'secret message', 'some string', 'Gf=100']) {
      expect(all).not.toContain(payload);
    }
    expect(articleText(byPath('osc8-hyperlink.txt')[0]!)).toContain('Visit the bank now.');
  });

  it('reads byte 0x9B of a Windows-1252 file as ›, and UTF-16 files with either byte order', () => {
    expect(articleText(byPath('c1-raw-bytes-windows-1252.txt')[0]!)).toContain('“Quoted” price ›31m next');
    for (const path of ['utf16le-bom.txt', 'utf16be-bom.txt']) {
      expect(byPath(path)[0]?.headline).toMatch(/^UTF-16 [LB]E Grüße headline$/);
      expect(articleText(byPath(path)[0]!)).toContain('Zürich body.');
    }
    const invalid = byPath('invalid-utf8.txt')[0]!;
    expect(invalid.headline).toBe('Invalid UTF-8 café naïve résumé Zürich Ærø headline');
    expect(articleText(invalid)).toMatch(/Bad � overlong �+\[2J and �+\]0;t déjà vu\./);
  });

  it('cleans headlines: no bidi controls, line breaks or tabs; zalgo capped; CJK and emoji kept', () => {
    const headline = (path: string) => byPath(path)[0]?.headline;
    expect(headline('bidi-override-headline.txt')).toBe('Bidi exe.txt override isolate embed mark headline');
    expect(headline('tabs.txt')).toBe('Tabs in the headline');
    // U+2028/2029 are line breaks: the headline is the first line, as with \n.
    expect(headline('unicode-line-separators.txt')).toBe('Line separators');
    expect(headline('cr-only-line-endings.txt')).toBe('CR only line endings');
    expect(headline('crlf-line-endings.txt')).toBe('CRLF line endings');
    expect(headline('cjk-headline.txt')).toBe('全角の見出し：東京と北京と서울のニュース');
    expect(headline('emoji-zwj-flags-headline.txt')).toBe('Family 👩‍👩‍👧‍👦 flags 🇺🇦🇵🇸🏴󠁧󠁢󠁳󠁣󠁴󠁿 thumbs 👍🏽 headline');
    const longestMarkRun = Math.max(...articles.flatMap((a) => strings(a).map(([, s]) => Math.max(0, ...(s.match(/\p{M}+/gu) ?? []).map((m) => [...m].length)))));
    expect(longestMarkRun).toBeLessThanOrEqual(MAX_COMBINING_MARKS);
    expect(articleText(byPath('cr-only-line-endings.txt')[0]!)).toMatch(/First paragraph\.\n\nSecond paragraph\./);
  });
});

describe('the plain commands on the hostile library', () => {
  it('parse --json prints only clean strings, with the markers', async () => {
    const files = shown().map((e) => `${hostile.root}/${e.path}`);
    const { code, stdout } = await runCli(['parse', '--json', ...files]);
    expect(code).toBe(0);
    const parsed = JSON.parse(stdout) as unknown[];
    expect(parsed.length).toBeGreaterThanOrEqual(files.length);
    expect(withControls(parsed)).toEqual([]);
    for (const e of shown()) for (const marker of e.markers) expect(stdout).toContain(marker);
  });

  it('stats --json lists every skipped file with its reason', async () => {
    const { stdout } = await runCli(['stats', '--dir', hostile.root, '--json']);
    const stats = JSON.parse(stdout) as { articles: number; problemFiles: Array<{ path: string; reason: string }> };
    expect(stats.articles).toBe(articles.length);
    for (const e of skipped()) {
      expect(stats.problemFiles.find((p) => p.path === e.path)?.reason, e.path).toMatch(e.reason);
    }
  });
});
