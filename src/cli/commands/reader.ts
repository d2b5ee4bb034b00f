import type { CommandContext } from '../context.js';
import { UserError } from '../usage.js';

/** `inkpress` with no command: the full-screen reader, which needs a terminal. */
export async function readerCommand(ctx: CommandContext): Promise<number> {
  if (!process.stdin.isTTY || !process.stdout.isTTY) {
    throw new UserError(
      "the reader needs a terminal (stdin and stdout must be a TTY); in pipes use 'inkpress list', 'show ID', 'stats' or 'parse FILE --json'",
    );
  }
  const { runReader } = await import('../../ui/run-reader.js');
  const library = await ctx.library();
  await runReader({ library, store: ctx.store(), label: ctx.root });
  return 0;
}
