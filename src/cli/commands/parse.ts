import { lstat } from 'node:fs/promises';
import { basename, dirname, resolve } from 'node:path';
import { paragraphsOf, relatedOf, type Article } from '../../library/model/article.js';
import { articlesFromBytes } from '../../library/parse/articles-from-bytes.js';
import { readScannedFile } from '../../library/files/read-scanned-file.js';
import { articleText } from '../../render/article-text.js';
import { parseFlags } from '../parse-flags.js';
import type { Output } from '../output.js';

/** The JSON shape of `inkpress parse --json` (and of JSON articles inkpress reads). */
export function articleJson(article: Article, notes: readonly string[] = []) {
  const lead = article.captions[0] ?? null;
  return {
    id: article.id,
    path: article.path,
    format: article.format,
    section: article.section,
    headline: article.headline,
    caption: lead?.text ?? null,
    credit: lead?.credit ?? null,
    captions: article.captions,
    published: article.published,
    byline: article.byline,
    outlet: article.outlet,
    standfirst: article.standfirst,
    disclaimer: article.disclaimer,
    paragraphs: paragraphsOf(article),
    related: relatedOf(article),
    embeds: article.blocks.flatMap((b) => (b.kind === 'embed' ? [{ text: b.text, source: b.source }] : [])),
    /** The body with each block's kind (heading, list item, quote…), as the reader draws it. */
    blocks: article.blocks,
    url: article.url,
    /** What the reading of the file decided that a user may want to know (an encoding overruled). */
    notes: [...notes],
  };
}

/** `inkpress parse FILE... [--json]`: parses files as the library would. Exit 1 if any failed. */
export async function parseCommand(args: string[], out: Output): Promise<number> {
  const { values, positionals } = parseFlags(args, { json: { type: 'boolean' } }, { min: 1, name: 'FILE' });
  const articles: (Article & { notes: string[] })[] = [];
  let failed = 0;
  for (const file of positionals) {
    const abs = resolve(file);
    const outcome = await lstat(abs).then(
      (st) => readScannedFile({ abs, rel: file, size: st.size, mtimeMs: st.mtimeMs, ino: st.ino, dev: st.dev }),
      (error: NodeJS.ErrnoException) => ({ ok: false as const, reason: error.code === 'ENOENT' ? 'no such file' : error.message }),
    );
    // A file given by hand sits in no library folder: its own folder names its section.
    const parsed = outcome.ok ? articlesFromBytes(outcome.bytes, `${basename(dirname(abs))}/${basename(abs)}`) : outcome;
    if (!parsed.ok) {
      out.error(`${file}: ${parsed.reason}`);
      failed++;
      continue;
    }
    articles.push(...parsed.articles.map((a) => ({ ...a, path: file, notes: parsed.warnings })));
  }
  if (values.json) out.print(JSON.stringify(articles.map(({ notes, ...a }) => articleJson(a, notes)), null, 2));
  else out.print(articles.map((a) => `${a.id}  ${a.path}\n${articleText(a)}`).join('\n'));
  return failed > 0 ? 1 : 0;
}
