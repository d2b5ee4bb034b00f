import { dispatch } from '../../src/cli/dispatch.js';
import type { Output } from '../../src/cli/output.js';
import { UsageError, UserError } from '../../src/cli/usage.js';

/** What a command printed and returned, run in-process like `main.ts` runs it. */
export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs `inkpress ARGS` in-process with captured output, mapping errors to exit codes as main does. */
export async function runCli(args: string[]): Promise<CliResult> {
  let stdout = '';
  let stderr = '';
  const out: Output = {
    print: (text) => void (stdout += text.endsWith('\n') ? text : `${text}\n`),
    error: (text) => void (stderr += `inkpress: ${text}\n`),
  };
  try {
    return { code: await dispatch(args, out), stdout, stderr };
  } catch (error) {
    if (error instanceof UsageError) return { code: 2, stdout, stderr: `${stderr}inkpress: ${error.message}\n` };
    if (error instanceof UserError) return { code: 1, stdout, stderr: `${stderr}inkpress: ${error.message}\n` };
    throw error;
  }
}
