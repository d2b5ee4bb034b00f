import { parseArgs, type ParseArgsConfig } from 'node:util';
import { UsageError } from './usage.js';

type Options = NonNullable<ParseArgsConfig['options']>;

/** `util.parseArgs`, strict, with its errors turned into one-line usage errors. */
export function parseFlags<O extends Options>(args: string[], options: O, positionals: { min: number; max?: number; name: string }) {
  let parsed;
  try {
    parsed = parseArgs({ args, options, strict: true, allowPositionals: true });
  } catch (error) {
    throw new UsageError((error as Error).message.split('\n')[0]!.replace(/\. To specify a positional.*$/, '.'));
  }
  const count = parsed.positionals.length;
  if (count < positionals.min) throw new UsageError(`missing ${positionals.name}`);
  if (positionals.max !== undefined && count > positionals.max) {
    throw new UsageError(`unexpected argument '${parsed.positionals[positionals.max]}'`);
  }
  return parsed;
}
