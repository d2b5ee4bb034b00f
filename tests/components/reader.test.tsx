import { afterEach, describe, expect, test } from 'vitest';
import { stripVTControlCharacters } from 'node:util';
import { helpGroups, hintsFor } from '../../src/keys/key-help.js';
import { memoryStore } from '../helpers/memory-store.js';
import { fakeLibrary, plainArticle, ZAKHAROVA } from '../helpers/fake-library.js';
import { renderReader, type RenderedReader } from '../helpers/render-reader.js';
import { KEYS } from '../keys.js';
import { waitFor } from '../helpers/wait-for.js';

const ARTICLES = [
  ZAKHAROVA,
  plainArticle('Second Story', { published: '2023-10-20' }, 20),
  plainArticle('Third Story', { published: '2023-10-10', section: 'Asia' }),
  plainArticle('Fourth Story', { published: '2023-10-05' }),
];

let reader: RenderedReader | undefined;
afterEach(() => reader?.unmount());

const open = async (options: Parameters<typeof renderReader>[0] = {}) => {
  reader = await renderReader({ articles: ARTICLES, ...options });
  return reader;
};
const lineCount = (frame: string) => frame.split('\n').length;

describe('layout', () => {
  test('wide: sections with unread/total counts and the headlines; the article pane joins when one opens', async () => {
    const r = await open({ columns: 120, rows: 30 });
    let screen = await r.waitForScreen('test library · 4 unread of 4 · 1/4');
    expect(screen).toMatch(/All\s+4\/4 │/);
    expect(screen).toMatch(/Unread\s+4\/4 │/);
    expect(screen).toContain('Starred');
    expect(screen).toMatch(/Palestine\s+1\/1 │/);
    expect(screen).toContain('● ');
    expect(screen).not.toContain('Select a headline');
    await r.press(KEYS.enter);
    screen = await r.waitForScreen('Photo:');
    expect(screen.split('\n')[0]!.match(/│/g)).toHaveLength(2);
  });

  test('narrow: sections and headlines; the open article takes the whole screen', async () => {
    const r = await open({ columns: 80, rows: 24 });
    let screen = await r.waitForScreen('2023-10-26 Palestinian Resistance');
    expect(screen).not.toContain('Select a headline');
    await r.press(KEYS.enter);
    screen = await r.waitForScreen('Photo:');
    expect(screen).not.toContain('Sections');
  });

  test('too small: a short message instead of a garbled screen; resizing re-lays out at once', async () => {
    const r = await open({ columns: 30, rows: 8 });
    let screen = await r.waitForScreen('Terminal too small (30×8)');
    expect(screen).toContain('40×10');
    r.resize(120, 30);
    screen = await r.waitForScreen('Sections');
    expect(screen).toMatch(/All\s+4\/4 │/);
    r.resize(80, 24);
    await r.waitForScreen((s) => s.includes('Sections') && s.split('\n').every((line) => line.length <= 80));
  });

  test('no frame is as tall as the terminal, even with a long list and article', async () => {
    const many = Array.from({ length: 200 }, (_, i) => plainArticle(`Headline ${i}`, {}, 40));
    const r = await open({ articles: many, columns: 120, rows: 20 });
    await r.press(KEYS.enter, KEYS.pageDown, 'J', 'G');
    await r.waitForScreen('Bot');
    await r.press(KEYS.shiftTab, 'G');
    await r.waitForScreen('200/200');
    const frames = r.frames.slice(r.startFrame).map(stripVTControlCharacters);
    expect(frames.length).toBeGreaterThan(3);
    for (const frame of frames) expect(lineCount(frame)).toBeLessThanOrEqual(19);
    expect(lineCount(r.screen())).toBe(19);
  });
});

describe('keys', () => {
  test('several keys in one stdin chunk all take effect', async () => {
    const r = await open();
    await r.press('jj');
    await r.waitForScreen('3/4');
    await r.press('kkjjj');
    await r.waitForScreen('4/4');
    await r.press('gjj');
    await r.waitForScreen('3/4');
  });

  test('Enter opens the first headline: section, date, headline, caption with credit, standfirst, related', async () => {
    const r = await open({ columns: 120, rows: 40 });
    await r.press(KEYS.enter);
    const screen = await r.waitForScreen('Photo: Russian FM spokesperson');
    expect(screen).toContain('Palestine · 26 October 2023');
    expect(screen).toContain('Photo: Russian FM spokesperson Maria Zakharova. — X/');
    expect(screen).toContain('@Lantidiplomatic');
    expect(screen).toContain('Russia calls for an immediate ceasefire');
    expect(screen).toContain('Related: Israeli Tanks Raid Northern Gaza Strip');
    expect(screen).toContain('3 unread of 4');
  });

  test('scrolling changes the position: Top, a percentage, Bot', async () => {
    const r = await open({ columns: 80, rows: 16 });
    await r.press(KEYS.enter);
    await r.waitForScreen((s) => s.includes('Photo:') && s.includes('Top'));
    await r.press('j');
    await r.waitForScreen(/\d+%/.test.bind(/ \d+% /));
    await r.press(KEYS.ctrlD, KEYS.pageDown);
    await r.waitForScreen(/line \d+\/\d+/.test.bind(/line (?!1\/)\d+\//));
    await r.press('G');
    await r.waitForScreen('Bot');
    await r.press('g');
    await r.waitForScreen('Top');
  });

  test('J and K move between articles from inside the article; q goes back, q again to the sections', async () => {
    const r = await open({ columns: 80, rows: 24 });
    await r.press(KEYS.enter, 'J');
    await r.waitForScreen('Paragraph 1 of Second Story');
    await r.press('K');
    await r.waitForScreen('Photo:');
    await r.press('q');
    await r.waitForScreen('Sections');
    expect(r.screen()).toContain('2 unread of 4');
  });

  test('r, s and A change marks at once, and write them to the store', async () => {
    const store = memoryStore();
    const r = await open({ store });
    await r.press('s');
    await r.waitForScreen('●★');
    await r.press('r');
    await r.waitForScreen('3 unread of 4');
    expect(store.snapshot().get('a1')).toMatchObject({ read: true, starred: true });
    await r.press('A');
    await r.waitForScreen('0 unread of 4');
    expect(r.screen()).toContain('Marked 3 articles read');
    expect([...store.snapshot().values()].every((m) => m.read)).toBe(true);
  });

  test('a mark that could not be written (a full disk) says so in the very frame that shows it, until it is saved', async () => {
    const store = memoryStore();
    let full = true;
    const waiting = new Map<string, unknown>();
    const failing = {
      ...store,
      update: (changes: Parameters<typeof store.update>[0]) => {
        for (const [id, change] of changes) waiting.set(id, change);
        if (!full) failing.retry();
      },
      retry: () => {
        if (full) return false;
        store.update(waiting as Parameters<typeof store.update>[0]);
        waiting.clear();
        return true;
      },
      unsaved: () => waiting.size,
    };
    const r = await open({ store: failing });
    await r.press('r');
    expect(await r.waitForScreen('3 unread of 4')).toContain('1 not saved');
    await r.press('j', 'r');
    expect(await r.waitForScreen('2 unread of 4')).toContain('2 not saved');
    full = false;
    await r.press('s');
    const saved = await r.waitForScreen('★');
    expect(saved).not.toContain('not saved');
    expect(store.snapshot().get('a1')).toMatchObject({ read: true });
  });

  test('Ctrl-n opens the next unread article (n is the article search\'s next match)', async () => {
    const r = await open({ store: memoryStore([['a1', { read: true, starred: false, position: 0 }]]) });
    await r.press('n');
    await r.waitForScreen('Next unread is Ctrl-n');
    await r.press(KEYS.ctrlN);
    await r.waitForScreen('Paragraph 1 of Second Story');
  });

  test('reopening returns to the saved position; an old line number becomes an anchor in the text', async () => {
    const store = memoryStore([['a2', { read: true, starred: false, position: 7 }]]);
    const r = await open({ store, columns: 80, rows: 16 });
    await r.press('j', KEYS.enter);
    await r.waitForScreen('line 8/');
    await r.press('jj', 'q');
    await r.waitForScreen('Sections');
    expect(store.snapshot().get('a2')?.position).toMatch(/^\d+:\d+$/);
    await r.press(KEYS.enter);
    await r.waitForScreen('line 10/');
  });

  test('a scroll position is in the store within a second, without leaving the article', async () => {
    const store = memoryStore();
    const r = await open({ store, columns: 80, rows: 16 });
    await r.press('j', KEYS.enter);
    await r.waitForScreen('line 1/');
    await r.press(KEYS.space);
    const line = Number(/line (\d+)\//.exec(await r.waitForScreen((s) => !s.includes('line 1/')))?.[1]);
    const saved = () => store.snapshot().get('a2')?.position ?? 0;
    await waitFor(() => saved() !== 0, () => 'position not saved');
    const first = saved();
    await r.press('k');
    await r.waitForScreen(`line ${line - 1}/`);
    await waitFor(() => saved() !== first && saved() !== 0, () => 'position not saved');
  });

  test('? shows help listing the keys from the table', async () => {
    const r = await open({ columns: 100, rows: 60 });
    await r.press('?');
    const screen = await r.waitForScreen('Keys —');
    for (const row of helpGroups().flatMap((g) => g.rows)) {
      expect(screen).toContain(row.description);
      expect(screen).toContain(row.keys);
    }
    await r.press(KEYS.escape);
    await r.waitForScreen((s) => !s.includes('Keys —'));
  });
});

describe('remapped keys (from a config file)', () => {
  test('the new key works, the old one does not, and help and hints show the new one', async () => {
    const r = await open({ columns: 100, rows: 60, keyOverrides: { 'nav.down': ['e'] } });
    let screen = await r.waitForScreen('e move');
    await r.press('e');
    await r.waitForScreen('2/4');
    await r.press('j');
    await r.press('e');
    await r.waitForScreen('3/4');
    await r.press('?');
    screen = await r.waitForScreen('Keys —');
    expect(screen).toMatch(/ e\s+Next item/);
    expect(screen).not.toMatch(/j ↓\s+Next item/);
  });

  test('an Alt key from the config: Esc-prefixed s, as a terminal sends Alt-s, stars the article', async () => {
    const r = await open({ columns: 100, rows: 30, keyOverrides: { toggleStar: ['meta-s'] } });
    await r.waitForScreen('1/4');
    const starred = () => [...r.store.snapshot().values()].filter((mark) => mark.starred).length;
    await r.press('s');
    expect(starred()).toBe(0);
    await r.press('\u001Bs');
    await r.waitForScreen((screen) => /Starred\s+1/.test(screen));
    expect(starred()).toBe(1);
  });
});

describe('search', () => {
  test('typing q and j in the query types them; results narrow as you type; Esc clears', async () => {
    const r = await open();
    await r.press('/');
    await r.waitForScreen('Enter keep results');
    await r.press('q');
    await r.waitForScreen('/q');
    await r.press('j');
    await r.waitForScreen('/qj');
    expect(r.screen()).toContain('No matches.');
    await r.press(KEYS.backspace, KEYS.backspace);
    await r.waitForScreen((s) => !s.includes('/q'));
    await r.press('zakh');
    await r.waitForScreen('Search: zakh (1)');
    await r.press(KEYS.escape);
    await r.waitForScreen('All (4)');
  });

  test('Enter keeps the results and moves to them; opening one works; accents and case are ignored', async () => {
    const withAccent = [...ARTICLES, plainArticle('Café in Bogotá', { published: '2023-09-01' })];
    const r = await open({ articles: withAccent });
    await r.press('/BOGOTA');
    await r.waitForScreen('Search: BOGOTA (1)');
    await r.press(KEYS.enter);
    await r.waitForScreen('Esc clears, / edits');
    await r.press(KEYS.enter);
    await r.waitForScreen('Paragraph 1 of Café in Bogotá');
  });
});

describe('o opens the original web page', () => {
  test('an article without an address says so, and nothing is opened', async () => {
    const opened: string[] = [];
    const r = await open({ columns: 80, rows: 24, opener: (url) => void opened.push(url) });
    await r.press(KEYS.enter);
    await r.waitForScreen('Photo:');
    await r.press('o');
    await r.waitForScreen('No web address for this article');
    expect(opened).toEqual([]);
  });

  test('an article with one: the opener gets it, the status bar says so, and a failure is reported', async () => {
    const opened: string[] = [];
    const articles = [plainArticle('On The Web', { url: 'https://example.org/on-the-web' })];
    const r = await open({
      articles,
      columns: 120,
      opener: (url, onError) => {
        opened.push(url);
        onError({ program: 'xdg-open', reason: 'spawn xdg-open ENOENT' });
      },
    });
    await r.press('o');
    await r.waitForScreen('Could not run xdg-open: spawn xdg-open ENOENT');
    expect(opened).toEqual(['https://example.org/on-the-web']);
  });

  test('o is in the help and the hints (drawn from the key table)', async () => {
    expect(hintsFor('article')).toContainEqual({ key: 'o', label: 'web page' });
    expect(hintsFor('headlines')).toContainEqual({ key: 'o', label: 'web page' });
    const r = await open({ columns: 100, rows: 60 });
    await r.press('?');
    const screen = await r.waitForScreen('Keys —');
    expect(screen).toMatch(/o\s+Open the original web page in the browser/);
  });
});

describe('edges', () => {
  test('an empty library, problems and an unreadable article are shown, not crashed on', async () => {
    const library = fakeLibrary(ARTICLES, { problems: [{ path: 'x.bin', reason: 'binary' }], missing: ['a1'] });
    const r = await open({ library });
    await r.waitForScreen('1 file skipped');
    await r.press(KEYS.enter);
    await r.waitForScreen('could not be read');
    reader?.unmount();
    reader = await renderReader({ articles: [] });
    await reader.waitForScreen('0 unread of 0');
  });
});

describe('what the store reports', () => {
  test('a damaged state file: the whole path is shown until a key dismisses it, and that key does nothing else', async () => {
    const aside = '/home/someone/.config/inkpress/marks/3.unreadable-2026-11-30T05-00-00-000Z.json';
    const store = memoryStore();
    let pending = [`Reading state file /home/someone/.config/inkpress/marks/3.json was corrupt; it was moved to ${aside} and a new one started.`];
    const reporting = { ...store, takeNotices: () => pending.splice(0) };
    const r = await open({ store: reporting, columns: 60, rows: 20 });
    const screen = await r.waitForScreen('Press any key');
    // Wrapped over several rows, never cut: every piece of the path is on screen.
    expect(screen.replace(/\s+/g, '')).toContain(aside);
    await r.press('j');
    await r.waitForScreen((s) => !s.includes('Press any key'));
    expect(r.screen()).toMatch(/1\/\d+/);
    pending = [];
  });

  test('"Press any key" means any key: one no table binds dismisses the alert too', async () => {
    const store = memoryStore();
    let pending = ['Reading state file /s/marks/3.json was corrupt; it was moved to /s/marks/3.unreadable-x.json and a new one started.'];
    const r = await open({ store: { ...store, takeNotices: () => pending.splice(0) }, columns: 60, rows: 20 });
    await r.waitForScreen('Press any key');
    await r.press('x');
    await r.waitForScreen((s) => !s.includes('Press any key'));
    expect(r.screen()).toMatch(/1\/\d+/);
    pending = [];
  });
});
