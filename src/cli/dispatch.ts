import { commandContext, type CommandContext } from './context.js';
import { checkedLibraryRoot, libraryRoot } from './library-root.js';
import type { Output } from './output.js';
import { USAGE, UsageError, UserError, VERSION } from './usage.js';
import { resolve } from 'node:path';
import { scanFile } from '../library/files/scan-extras.js';
import { StateRefusedError } from '../store/damaged.js';

type Command = (args: string[], ctx: CommandContext) => Promise<number>;

// Each command is loaded when it runs (the bundle is split), so opening the reader does not pay
// for the HTML, feed and Markdown parsers, and `inkpress list` does not pay for Ink and React.
const COMMANDS: Record<string, Command> = {
  list: async (args, ctx) => (await import('./commands/list.js')).listCommand(args, ctx),
  show: async (args, ctx) => (await import('./commands/show.js')).showCommand(args, ctx),
  stats: async (args, ctx) => (await import('./commands/stats.js')).statsCommand(args, ctx),
  parse: async (args, ctx) => (await import('./commands/parse.js')).parseCommand(args, ctx.out),
  fidelity: async (args, ctx) => (await import('./commands/fidelity.js')).fidelityCommand(args, ctx.out),
  add: async (args, ctx) => (await import('./commands/add.js')).addCommand(args, ctx),
  'export-state': async (args, ctx) => (await import('./commands/state.js')).exportStateCommand(args, ctx),
  'import-newsboat': async (args, ctx) => (await import('./commands/import-newsboat.js')).importNewsboatCommand(args, ctx),
  'import-state': async (args, ctx) => (await import('./commands/state.js')).importStateCommand(args, ctx),
  completion: async (args, ctx) => (await import('./commands/completion.js')).completionCommand(args, ctx.out),
};
/** The commands `inkpress` knows (completion offers exactly these). */
export const COMMAND_NAMES: readonly string[] = Object.keys(COMMANDS);
/** Commands that read only what they are given, never the library folder. */
const NO_LIBRARY = new Set(['parse', 'fidelity', 'completion']);
const reader: Command = async (_args, ctx) => (await import('./commands/reader.js')).readerCommand(ctx);

/** Takes `--dir DIR` / `--dir=DIR` and `--newsboat-cache FILE` from anywhere in the arguments. */
function takeDir(args: string[]): { dir: string | undefined; caches: string[]; rest: string[] } {
  const rest: string[] = [];
  const caches: string[] = [];
  let dir: string | undefined;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg === '--dir') {
      dir = args[++i];
      if (dir === undefined || dir === '') throw new UsageError("option '--dir' needs a folder");
    } else if (arg.startsWith('--dir=')) dir = arg.slice('--dir='.length);
    else if (arg === '--newsboat-cache' || arg.startsWith('--newsboat-cache=')) {
      const file = arg.includes('=') ? arg.slice(arg.indexOf('=') + 1) : args[++i];
      if (file === undefined || file === '') throw new UsageError("option '--newsboat-cache' needs a file (newsboat's cache.db)");
      caches.push(file);
    } else rest.push(arg);
  }
  return { dir, caches, rest };
}

/** Runs the command the arguments name; returns the exit code. Throws UsageError/UserError. */
export async function dispatch(argv: string[], out: Output): Promise<number> {
  if (argv.includes('--help') || argv.includes('-h')) {
    out.print(USAGE);
    return 0;
  }
  if (argv.includes('--version') || argv.includes('-V')) {
    out.print(`inkpress ${VERSION}`);
    return 0;
  }
  const { dir, caches, rest } = takeDir(argv);
  const [name, ...args] = rest;
  if (name !== undefined && name.startsWith('-')) throw new UsageError(`unknown option '${name}'`);
  const command = name === undefined ? reader : Object.hasOwn(COMMANDS, name) ? COMMANDS[name] : undefined;
  if (!command) throw new UsageError(`unknown command '${name}'`);
  // `parse`, `fidelity` and `completion` read only what they are given; every other command reads the library.
  const ctx = commandContext(name !== undefined && NO_LIBRARY.has(name) ? libraryRoot(dir) : checkedLibraryRoot(dir), out, newsboatCaches(caches));
  try {
    return await command(args, ctx);
  } catch (error) {
    // A command's own failure is said first, then what closing the store adds: on a nearly full
    // disk `import-state` said its changes were lost before saying why they could not be saved.
    if (!(error instanceof UserError || error instanceof StateRefusedError)) throw error;
    out.error(error.message);
    return 1;
  } finally {
    // Every way out writes what waits and says what happened to the state (a damaged file moved aside).
    ctx.close();
  }
}

/** The caches named with `--newsboat-cache`, absolute; one that is not a readable file stops here with why. */
function newsboatCaches(files: string[]): string[] {
  return files.map((file) => {
    const abs = resolve(file);
    const found = scanFile(abs);
    if (!found.ok) throw new UserError(`newsboat cache ${file}: ${found.reason}`);
    return abs;
  });
}
