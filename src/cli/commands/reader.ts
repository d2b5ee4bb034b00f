import { ConfigError, loadConfig, type LoadedConfig } from '../../config/load-config.js';
import { openLibrary } from '../../library/live/live-library.js';
import { keepYoungGenerationSmall } from '../../library/live/young-generation.js';
import type { CommandContext } from '../context.js';
import { UserError } from '../usage.js';

/** `inkpress` with no command: the full-screen reader, which needs a terminal. */
export async function readerCommand(ctx: CommandContext): Promise<number> {
  if (!process.stdin.isTTY || !process.stdout.isTTY) {
    throw new UserError(
      "the reader needs a terminal (stdin and stdout must be a TTY); in pipes use 'inkpress list', 'show ID', 'stats' or 'parse FILE --json'",
    );
  }
  const config = readConfig();
  // FORCE_COLOR=0 asks for no colour, but Ink's chalk reads it as "no styles at all", which
  // hid the selected row. Read it as NO_COLOR (colours off, bold and inverse kept), before Ink loads.
  if (process.env.FORCE_COLOR === '0' || process.env.FORCE_COLOR === 'false') {
    delete process.env.FORCE_COLOR;
    process.env.NO_COLOR ||= '1';
  }
  // Before the caches are read: their objects would otherwise grow V8's young generation for good.
  keepYoungGenerationSmall();
  const { runReader } = await import('../../ui/run-reader.js');
  const store = ctx.store({ forReader: true });
  // Not awaited: the first frame is drawn at once, and the lists fill in as files are read.
  const source = openLibrary(ctx.root, { watch: true, firstScreen: true, extraFiles: ctx.extraFiles });
  try {
    // 1 when the reader failed (it printed why): the command's status, not only a message.
    return await runReader({ source, store, label: ctx.root, keyOverrides: config.keys, themeOverrides: config.theme });
  } finally {
    source.close();
  }
}

/** The config file, or one line saying what is wrong with it (exit 1; the file is left alone). */
function readConfig(): LoadedConfig {
  try {
    return loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) throw new UserError(error.message);
    throw error;
  }
}
