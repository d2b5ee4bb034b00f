import { spawnSync } from 'node:child_process';
import { articleText } from '../../render/article-text.js';
import type { CommandContext } from '../context.js';
import { parseFlags } from '../parse-flags.js';
import { resolveId } from '../resolve-id.js';
import { UserError } from '../usage.js';

/** `inkpress show ID [--pager]`: the article as clean text; `--pager` pipes it to $PAGER. */
export async function showCommand(args: string[], ctx: CommandContext): Promise<number> {
  const { values, positionals } = parseFlags(args, { pager: { type: 'boolean' } }, { min: 1, max: 1, name: 'ID' });
  const library = await ctx.library();
  const id = resolveId(library.summaries, positionals[0]!);
  const article = await library.article(id);
  if (!article) throw new UserError(`article '${id}' could not be read any more (was its file removed?)`);
  const text = articleText(article);
  if (values.pager && process.stdout.isTTY) {
    // The pager is a program and its arguments, never a shell line: no quoting surprises.
    const [command, ...pagerArgs] = (process.env.PAGER || 'less -R').split(/\s+/).filter(Boolean);
    const result = spawnSync(command!, pagerArgs, { input: text, stdio: ['pipe', 'inherit', 'inherit'] });
    if (result.error) throw new UserError(`could not run pager '${command}': ${result.error.message}`);
    return result.status ?? 0;
  }
  ctx.out.print(text);
  return 0;
}
