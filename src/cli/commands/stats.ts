import type { CommandContext } from '../context.js';
import { parseFlags } from '../parse-flags.js';
import { unimportedReadMarks } from './import-newsboat.js';
import { groupDigits } from '../../library/text/group-digits.js';

/** `inkpress stats [--json]`: articles, sections, unread, starred, and every skipped file. */
export async function statsCommand(args: string[], ctx: CommandContext): Promise<number> {
  const { values } = parseFlags(args, { json: { type: 'boolean' } }, { min: 0, max: 0, name: '' });
  const library = await ctx.library();
  const states = ctx.store().snapshot();
  const sections = new Map<string, number>();
  for (const s of library.summaries) sections.set(s.section, (sections.get(s.section) ?? 0) + 1);
  const stats = {
    library: library.root,
    articles: library.summaries.length,
    sections: sections.size,
    unread: library.summaries.filter((s) => !states.get(s.id)?.read).length,
    starred: library.summaries.filter((s) => states.get(s.id)?.starred).length,
    problems: library.problems.length,
    problemFiles: library.problems,
    bySection: Object.fromEntries(sections),
  };
  if (values.json) {
    ctx.out.print(JSON.stringify(stats, null, 2));
    return 0;
  }
  const lines = [
    `Library:  ${stats.library}`,
    `Articles: ${stats.articles} in ${stats.sections} sections (${stats.unread} unread, ${stats.starred} starred)`,
    ...[...sections].map(([name, count]) => `  ${name}: ${count}`),
    `Problems: ${stats.problems}${stats.problems ? ' (files skipped)' : ''}`,
    ...library.problems.map((p) => `  ${p.path}: ${p.reason}`),
  ];
  const pending = await newsboatOffer(ctx);
  if (pending > 0) lines.push(`newsboat: ${groupDigits(pending)} articles read in newsboat are unread here; 'inkpress import-newsboat' marks them read`);
  ctx.out.print(lines.join('\n'));
  return 0;
}

/** How many of newsboat's read marks are not yet inkpress's (0 when no cache, or it is unreadable). */
async function newsboatOffer(ctx: CommandContext): Promise<number> {
  try {
    return [...(await unimportedReadMarks(ctx)).values()].reduce((n, ids) => n + ids.length, 0);
  } catch {
    return 0;
  }
}
