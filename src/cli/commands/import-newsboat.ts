import { isAbsolute, join } from 'node:path';
import { scanFile } from '../../library/files/scan-extras.js';
import { newsboatReadIds } from '../../library/parse/parse-scanned-file.js';
import type { CommandContext } from '../context.js';
import { parseFlags } from '../parse-flags.js';
import { UserError } from '../usage.js';
import { groupDigits } from '../../library/text/group-digits.js';

/** The newsboat caches the library reads (in its folder, or named with `--newsboat-cache`), absolute. */
export async function newsboatCachesOf(ctx: CommandContext): Promise<string[]> {
  const library = await ctx.library();
  const paths = new Set(library.summaries.filter((s) => s.format === 'newsboat').map((s) => s.path));
  return [...paths].map((p) => (isAbsolute(p) ? p : join(library.root, p)));
}

/** Ids that newsboat has read and inkpress has not, per cache. */
export async function unimportedReadMarks(ctx: CommandContext): Promise<Map<string, string[]>> {
  const states = ctx.store().snapshot();
  const result = new Map<string, string[]>();
  for (const abs of await newsboatCachesOf(ctx)) {
    const file = scanFile(abs);
    if (!file.ok) continue;
    const read = newsboatReadIds(file.file);
    if (!read.ok) throw new UserError(`newsboat cache ${abs}: ${read.reason}`);
    result.set(abs, read.read.filter((id) => !states.get(id)?.read));
  }
  return result;
}

/**
 * `inkpress import-newsboat`: newsboat's read marks become inkpress's, for the items of the
 * caches the library reads. Only marks articles read (an article read here stays read), and
 * the cache itself is only read. `stats` offers this while there is something to import.
 */
export async function importNewsboatCommand(args: string[], ctx: CommandContext): Promise<number> {
  parseFlags(args, {}, { min: 0, max: 0, name: '' });
  const pending = await unimportedReadMarks(ctx);
  if (pending.size === 0) {
    throw new UserError('no newsboat cache in the library: put cache.db in the library folder or give --newsboat-cache FILE');
  }
  const ids = [...new Set([...pending.values()].flat())];
  const store = ctx.store();
  if (ids.length > 0) store.setRead(ids, true);
  const failed = store.takeNotices();
  if (failed.length > 0) throw new UserError(failed.join('; '));
  ctx.out.print(`Marked ${groupDigits(ids.length)} articles read, as they are in newsboat (${[...pending.keys()].join(', ')})`);
  return 0;
}
