/**
 * An in-memory `Library` built from `ParsedArticle`s, for the reader's tests: no files, no
 * parsers. Search folds case and accents and needs every word, like the real index.
 */
import type { Article, ParsedArticle } from '../../src/library/model/article.js';
import { emptyArticle } from '../../src/library/model/article.js';
import { DEFAULT_SECTION, type ArticleSummary, type Library } from '../../src/library/model/library.js';
import type { Problem } from '../../src/library/model/article.js';

/** Lower case without accents: `Bogotá` → `bogota`. */
export function fold(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

/** Options of {@link fakeLibrary}. */
export interface FakeLibraryOptions {
  root?: string;
  problems?: Problem[];
  /** Ids whose `article()` resolves to null (a file gone since loading). */
  missing?: string[];
}

/** A library holding exactly these articles; ids are `a1`, `a2`, ... in the given order. */
export function fakeLibrary(articles: readonly ParsedArticle[], options: FakeLibraryOptions = {}): Library {
  const full: Article[] = articles.map((a, i) => ({ ...a, id: `a${i + 1}`, path: `article-${i + 1}.txt` }));
  const sorted = [...full].sort((a, b) => {
    if (a.published && b.published && a.published !== b.published) return a.published < b.published ? 1 : -1;
    if (!a.published !== !b.published) return a.published ? -1 : 1;
    return a.headline.localeCompare(b.headline);
  });
  const summaries: ArticleSummary[] = sorted.map((a) => ({
    id: a.id, path: a.path, format: a.format, section: a.section ?? DEFAULT_SECTION, headline: a.headline,
    published: a.published, byline: a.byline, url: a.url,
  }));
  const text = new Map(sorted.map((a) => [a.id, fold([a.headline, a.standfirst ?? '', ...a.blocks.map((b) => b.text)].join('\n'))]));
  const missing = new Set(options.missing ?? []);
  return {
    root: options.root ?? '/fake/library',
    summaries,
    problems: options.problems ?? [],
    article: async (id) => (missing.has(id) ? null : (full.find((a) => a.id === id) ?? null)),
    search: (query) => {
      // Words as the real index splits them (punctuation and quotes are not part of a word).
      const words = fold(query).split(/[^\p{L}\p{N}]+/u).filter(Boolean);
      return sorted.filter((a) => words.every((w) => text.get(a.id)?.includes(w))).map((a) => a.id);
    },
  };
}

/** A plain article with `n` paragraphs, for lists and scrolling. */
export function plainArticle(headline: string, change: Partial<ParsedArticle> = {}, paragraphs = 3): ParsedArticle {
  return {
    ...emptyArticle('plain-text'),
    headline,
    section: 'World',
    published: '2023-10-01',
    blocks: Array.from({ length: paragraphs }, (_, i) => ({
      kind: 'paragraph' as const,
      text: `Paragraph ${i + 1} of ${headline}. ` + 'Words that fill the line and wrap to the next one. '.repeat(3),
    })),
    ...change,
  };
}

/** The user's sample article (teleSUR, 26 October 2023), as the page-text parser gives it. */
export const ZAKHAROVA: ParsedArticle = {
  ...emptyArticle('page-text'),
  section: 'Palestine',
  headline: 'Palestinian Resistance to Meet Russian Authorities: Zakharova',
  captions: [{ text: 'Russian FM spokesperson Maria Zakharova.', credit: 'X/ @Lantidiplomatic' }],
  published: '2023-10-26',
  standfirst: 'Russia calls for an immediate ceasefire and the resumption of negotiations on the creation of a Palestinian state.',
  blocks: [
    { kind: 'paragraph', text: 'On Thursday, the Russian Foreign Affairs Ministry spokesperson Maria Zakharova confirmed that representatives from the political wing of the Palestinian Islamist movement Hamas will hold meetings with Russian authorities in Moscow.' },
    { kind: 'related', text: 'Israeli Tanks Raid Northern Gaza Strip' },
    { kind: 'paragraph', text: "While she did not provide more details about the meetings, the RIA Novosti agency reported that the deputy head of Hamas's political bureau, Musa Abu Marzuq, is leading the delegation." },
    { kind: 'paragraph', text: 'Russian Deputy Foreign Minister Mikhail Bogdanov said that he had met with the political leadership of Hamas in Qatar to discuss the "fate of the kidnapped individuals."' },
    { kind: 'paragraph', text: 'Currently, Hamas is holding at least 224 Israelis in Gaza, including at least three Russian dual nationals, according to Ambassador Anatoli Viktorov.' },
    { kind: 'paragraph', text: 'Additionally, at least 23 Russian citizens have died during the conflict. Russia has urged the Islamist group to immediately release all the hostages it holds.' },
    { kind: 'paragraph', text: 'Bogdanov also indicated that the Palestinian National Authority President Mahmoud Abbas, will soon travel to Moscow and hold talks with Russian President Vladimir Putin.' },
    { kind: 'paragraph', text: 'On Thursday, Foreign Affairs Minister Sergey Lavrov reiterated today that Russia calls for an "immediate" ceasefire between Israel and Hamas and the resumption of negotiations on the creation of a Palestinian state, "which was promised to them almost 75 years ago."' },
    { kind: 'paragraph', text: "The visit of the delegation from Hamas's political wing to Moscow coincides with the presence in Russia of Iranian Deputy Foreign Minister Ali Bagheri Kani, who met with his Russian counterpart Mikhail Galuzin in Moscow." },
  ],
};
