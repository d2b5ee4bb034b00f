import { closeSync, constants, existsSync, fstatSync, openSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { exportState, ImportError, mergeChanges, parseExport } from '../../store/state-transfer.js';
import type { CommandContext } from '../context.js';
import { parseFlags } from '../parse-flags.js';
import { UserError } from '../usage.js';

/** `inkpress export-state FILE [--force]` (`-` for stdout): read marks, stars and positions. */
export async function exportStateCommand(args: string[], ctx: CommandContext): Promise<number> {
  const { values, positionals } = parseFlags(args, { force: { type: 'boolean' } }, { min: 1, max: 1, name: 'FILE' });
  const target = positionals[0]!;
  const exported = exportState(ctx.store().snapshot());
  const text = `${JSON.stringify(exported, null, 2)}\n`;
  if (target === '-') {
    ctx.out.print(text);
    return 0;
  }
  const abs = resolve(target);
  if (existsSync(abs) && !values.force) throw new UserError(`${target} exists; give --force to replace it`);
  try {
    // Written beside the target, then renamed over it: an interrupted export never leaves half a backup.
    writeFileSync(`${abs}.tmp`, text, { mode: 0o600 });
    renameSync(`${abs}.tmp`, abs);
  } catch (error) {
    throw new UserError(`could not write ${target}: ${(error as Error).message}`);
  }
  ctx.out.print(`Exported the state of ${Object.keys(exported.articles).length} articles to ${target}`);
  return 0;
}

/** The largest export file taken (about a million articles' state fits in 64 MB). */
export const MAX_IMPORT_BYTES = 256 * 1024 * 1024;

const tooBig = (size: string) =>
  new ImportError(`${size} is more than the ${MAX_IMPORT_BYTES / 1024 / 1024} MB an export of inkpress's state can be`);

/**
 * An export file's text. Refuses anything but a regular file before reading it (a FIFO would
 * block, /dev/zero never end) and caps the size; standard input (`-`) is read as a stream with
 * the same cap, so Ctrl-C and SIGTERM end the command while it waits.
 */
async function readExportFile(source: string): Promise<string> {
  if (source === '-') {
    const chunks: Buffer[] = [];
    let size = 0;
    for await (const chunk of process.stdin) {
      size += (chunk as Buffer).length;
      if (size > MAX_IMPORT_BYTES) throw tooBig('standard input');
      chunks.push(chunk as Buffer);
    }
    return Buffer.concat(chunks).toString('utf8');
  }
  // O_NONBLOCK: opening a FIFO must not wait for a writer; fstat then refuses it.
  const fd = openSync(resolve(source), constants.O_RDONLY | (constants.O_NONBLOCK ?? 0) | (constants.O_NOCTTY ?? 0));
  try {
    const stat = fstatSync(fd);
    if (!stat.isFile()) throw new ImportError('not a regular file (a folder, FIFO or device); give a file written by export-state');
    if (stat.size > MAX_IMPORT_BYTES) throw tooBig(`${stat.size} bytes`);
    return readFileSync(fd, 'utf8');
  } finally {
    closeSync(fd);
  }
}

/** `inkpress import-state FILE`: merges a state export into this machine's state. */
export async function importStateCommand(args: string[], ctx: CommandContext): Promise<number> {
  const { positionals } = parseFlags(args, {}, { min: 1, max: 1, name: 'FILE' });
  const source = positionals[0]!;
  let imported;
  try {
    imported = parseExport(await readExportFile(source));
  } catch (error) {
    const why = error instanceof ImportError ? error.message : (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (error as Error).message;
    throw new UserError(`cannot import ${source}: ${why}`);
  }
  const store = ctx.store();
  const changes = mergeChanges(store.snapshot(), imported);
  store.update(changes);
  const failed = store.takeNotices();
  if (failed.length > 0) throw new UserError(failed.join('; '));
  ctx.out.print(`Imported ${imported.size} articles from ${source}: ${changes.size} changed, the rest already known`);
  return 0;
}
