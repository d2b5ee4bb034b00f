import { spawnSync } from 'node:child_process';
import { wrappedArticleText } from '../../render/article-text.js';
import type { CommandContext } from '../context.js';
import { parseFlags } from '../parse-flags.js';
import { resolveId } from '../resolve-id.js';
import { UsageError, UserError } from '../usage.js';

/** Lines of `show` when stdout is no terminal and no `--width` is given (mail's and less's habit). */
export const DEFAULT_WIDTH = 80;
const MIN_WIDTH = 10;

/** The width to wrap to: `--width N`, else the terminal's columns, else {@link DEFAULT_WIDTH}. */
export function showWidth(flag: string | undefined, stdout: { isTTY?: boolean; columns?: number } = process.stdout): number {
  if (flag !== undefined) {
    const n = /^\d+$/.test(flag.trim()) ? Number(flag) : NaN;
    if (!(n >= MIN_WIDTH)) throw new UsageError(`option '--width' needs a number of columns, at least ${MIN_WIDTH} (got '${flag}')`);
    return n;
  }
  return stdout.isTTY && stdout.columns && stdout.columns >= MIN_WIDTH ? stdout.columns : DEFAULT_WIDTH;
}

/**
 * `inkpress show ID [--pager] [--width N]`: the article as clean text wrapped between words to
 * the terminal (or N columns); `--pager` pipes it to $PAGER.
 */
export async function showCommand(args: string[], ctx: CommandContext): Promise<number> {
  const { values, positionals } = parseFlags(args, { pager: { type: 'boolean' }, width: { type: 'string' } }, { min: 1, max: 1, name: 'ID' });
  const width = showWidth(values.width);
  const library = await ctx.library();
  const id = resolveId(library.summaries, positionals[0]!);
  const article = await library.article(id);
  if (!article) throw new UserError(`article '${id}' could not be read any more (was its file removed?)`);
  const text = wrappedArticleText(article, width);
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
