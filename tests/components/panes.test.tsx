// Panes rendered on their own, with plain props: what each draws is clearer here than through
// the whole App, which needs a library, a store and key presses to reach the same state.
import { render } from 'ink-testing-library';
import { afterEach, describe, expect, test } from 'vitest';
import type { ArticleSummary } from '../../src/library/model/library.js';
import type { ArticleLine } from '../../src/render/article-lines.js';
import { ArticlePane } from '../../src/ui/ArticlePane.js';
import { HeadlineList, STAR_MARK, UNREAD_MARK } from '../../src/ui/HeadlineList.js';
import { StatusBar } from '../../src/ui/StatusBar.js';

let unmount: (() => void) | undefined;
afterEach(() => unmount?.());

function draw(node: React.ReactElement): string[] {
  const view = render(node);
  unmount = view.unmount;
  return (view.lastFrame() ?? '').split('\n');
}

const lines: ArticleLine[] = Array.from({ length: 30 }, (_, i) => ({ text: `Line number ${i + 1}`, token: 'text.primary', part: i, at: 0 }));

describe('ArticlePane alone', () => {
  test('draws only the window of lines from top, centred, with where it is in the footer', () => {
    const screen = draw(
      <ArticlePane title="A Headline" lines={lines} top={10} height={5} width={40} readingWidth={20}
        position="42%" focused message={null} />,
    );
    expect(screen).toHaveLength(7); // title, five text rows, footer
    expect(screen[0]).toContain('A Headline');
    expect(screen.slice(1, 6).map((row) => row.trim())).toEqual(['Line number 11', 'Line number 12', 'Line number 13', 'Line number 14', 'Line number 15']);
    expect(screen[1]!.indexOf('Line')).toBe(10); // (40 - 20) / 2 columns of margin
    expect(screen[6]).toMatch(/^ line 11\/30 +42%$/); // right-aligned in the 40 columns
    expect(screen[6]).toHaveLength(39); // Ink drops the trailing space
  });

  test('a message instead of lines, and no position, while nothing is there to read', () => {
    const screen = draw(
      <ArticlePane title="Article" lines={[]} top={0} height={3} width={40} readingWidth={30}
        position="Top" focused={false} message="Loading…" />,
    );
    expect(screen[1]!.trim()).toBe('Loading…');
    expect(screen.join('\n')).not.toContain('Top');
  });
});

const summary = (id: string, headline: string, published: string | null = null): ArticleSummary =>
  ({ id, headline, published, section: 'World', path: `${id}.txt`, format: 'plain-text' }) as ArticleSummary;

describe('HeadlineList alone', () => {
  const items = Array.from({ length: 12 }, (_, i) => summary(`a${i}`, `Headline ${i + 1}`));

  test('draws the window of rows from top, with unread and star marks from the marks it is given', () => {
    const marks = new Map([
      ['a4', { read: true, starred: false, position: 0 }],
      ['a5', { read: false, starred: true, position: 0 }],
    ]);
    const screen = draw(
      <HeadlineList title="World (12)" items={items} marks={marks} selected={5} top={4} height={3} width={30} focused empty="None." />,
    );
    expect(screen).toHaveLength(4);
    expect(screen[0]).toContain('World (12)');
    expect(screen[1]).toMatch(/^ {3}Headline 5/); // read: no unread mark
    expect(screen[2]).toMatch(new RegExp(`^${UNREAD_MARK}${STAR_MARK} Headline 6`));
    expect(screen[3]).toMatch(new RegExp(`^${UNREAD_MARK}  Headline 7`));
  });

  test('an empty list says so', () => {
    const screen = draw(<HeadlineList title="Starred (0)" items={[]} marks={new Map()} selected={0} top={0} height={3} width={30} focused={false} empty="No articles here." />);
    expect(screen[1]!.trim()).toBe('No articles here.');
  });
});

describe('StatusBar alone', () => {
  const hints = [{ key: 'j/k', label: 'move' }, { key: '?', label: 'help' }];
  const bar = (label: string, notice: string | null, width = 80) =>
    draw(<StatusBar label={label} unread={3} total={25} position="1/25" hints={hints} notice={notice}
      problems={0} width={width} />)[0]!;

  test('a long library path gives way to a notice, keeping its end, as vim shortens a file name', () => {
    const path = '/home/someone/a/rather/long/path/to/where/the/news/is/kept/saved-news';
    const row = bar(path, 'search hit TOP, continuing at BOTTOM');
    expect(row).toMatch(/^ …[^ ]*\/kept\/saved-news · 3 unread of 25 · 1\/25 search hit TOP, continuing at BOTTOM/);
    expect(row).not.toContain('/home/someone');
  });

  test('without a notice the path is shown whole where it fits, and the hints follow', () => {
    const row = bar('/home/ana/news', null);
    expect(row).toMatch(/^ \/home\/ana\/news · 3 unread of 25 · 1\/25 +j\/k move {2}\? help$/);
  });

  test('a notice longer than the line keeps twelve columns of the path, and its own end is cut', () => {
    const row = bar('/home/ana/saved-news', `Could not save: ${'x'.repeat(100)}`, 60);
    expect(row).toContain(' …/saved-news · 3 unread of 25 · 1/25 Could not save: x');
    expect(row.endsWith('…')).toBe(true);
  });
});
