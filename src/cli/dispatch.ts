import { addCommand } from './commands/add.js';
import { listCommand } from './commands/list.js';
import { parseCommand } from './commands/parse.js';
import { readerCommand } from './commands/reader.js';
import { showCommand } from './commands/show.js';
import { exportStateCommand, importStateCommand } from './commands/state.js';
import { statsCommand } from './commands/stats.js';
import { commandContext, type CommandContext } from './context.js';
import { libraryRoot } from './library-root.js';
import type { Output } from './output.js';
import { USAGE, UsageError, VERSION } from './usage.js';

type Command = (args: string[], ctx: CommandContext) => Promise<number>;

const COMMANDS: Record<string, Command> = {
  list: listCommand,
  show: showCommand,
  stats: statsCommand,
  parse: (args, ctx) => parseCommand(args, ctx.out),
  add: addCommand,
  'export-state': exportStateCommand,
  'import-state': importStateCommand,
};

/** Takes `--dir DIR` / `--dir=DIR` from anywhere in the arguments. */
function takeDir(args: string[]): { dir: string | undefined; rest: string[] } {
  const rest: string[] = [];
  let dir: string | undefined;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg === '--dir') {
      dir = args[++i];
      if (dir === undefined || dir === '') throw new UsageError("option '--dir' needs a folder");
    } else if (arg.startsWith('--dir=')) dir = arg.slice('--dir='.length);
    else rest.push(arg);
  }
  return { dir, rest };
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
  const { dir, rest } = takeDir(argv);
  const ctx = commandContext(libraryRoot(dir), out);
  const [name, ...args] = rest;
  if (name === undefined) return readerCommand(ctx);
  if (name.startsWith('-')) throw new UsageError(`unknown option '${name}'`);
  const command = COMMANDS[name];
  if (!command) throw new UsageError(`unknown command '${name}'`);
  return command(args, ctx);
}
