import type { ArticleSummary } from '../../library/model/library.js';
import { sectionKey } from '../../library/model/section-name.js';
import { padToWidth } from '../../library/text/text-width.js';
import type { ArticleState } from '../../store/reading-store.js';
import type { CommandContext } from '../context.js';
import { parseFlags } from '../parse-flags.js';
import { UserError } from '../usage.js';

/** One line of `inkpress list`: id, date, marks (N unread, * starred), section, headline. */
function listLine(s: ArticleSummary, state: ArticleState | undefined, sectionWidth: number): string {
  const marks = `${state?.read ? ' ' : 'N'}${state?.starred ? '*' : ' '}`;
  return `${s.id}  ${s.published ?? '----------'}  ${marks}  ${padToWidth(s.section, sectionWidth)}  ${s.headline}`;
}

/** `inkpress list [--section NAME] [--unread] [--starred] [--json]`. */
export async function listCommand(args: string[], ctx: CommandContext): Promise<number> {
  const { values } = parseFlags(
    args,
    { section: { type: 'string' }, unread: { type: 'boolean' }, starred: { type: 'boolean' }, json: { type: 'boolean' } },
    { min: 0, max: 0, name: '' },
  );
  const library = await ctx.library();
  const states = ctx.store().snapshot();
  let rows = library.summaries;
  if (values.section !== undefined) {
    const wanted = sectionKey(values.section);
    rows = rows.filter((s) => sectionKey(s.section) === wanted);
    if (rows.length === 0 && !library.summaries.some((s) => sectionKey(s.section) === wanted)) {
      const names = [...new Set(library.summaries.map((s) => s.section))].join(', ');
      throw new UserError(`no section '${values.section}' (sections: ${names})`);
    }
  }
  if (values.unread) rows = rows.filter((s) => !states.get(s.id)?.read);
  if (values.starred) rows = rows.filter((s) => states.get(s.id)?.starred);
  if (values.json) {
    const json = rows.map((s) => ({
      id: s.id,
      section: s.section,
      headline: s.headline,
      published: s.published,
      read: states.get(s.id)?.read ?? false,
      starred: states.get(s.id)?.starred ?? false,
      path: s.path,
    }));
    ctx.out.print(JSON.stringify(json, null, 2));
    return 0;
  }
  const width = Math.max(0, ...rows.map((s) => s.section.length));
  if (rows.length > 0) ctx.out.print(rows.map((s) => listLine(s, states.get(s.id), width)).join('\n'));
  return 0;
}
