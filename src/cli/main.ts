// Entry point of the `inkpress` command (bundled to dist/inkpress.js).
import { StateRefusedError } from '../store/damaged.js';
import { dispatch } from './dispatch.js';
import { processOutput } from './output.js';
import { UsageError, UserError, USAGE } from './usage.js';

// `inkpress list | head` closes our stdout early: that is the reader's choice, not an error.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(0);
});

try {
  process.exitCode = await dispatch(process.argv.slice(2), processOutput);
} catch (error) {
  if (error instanceof UsageError) {
    processOutput.error(error.message);
    process.stderr.write(`${USAGE}\n`);
    process.exitCode = 2;
  } else {
    const known = error instanceof UserError || error instanceof StateRefusedError;
    processOutput.error(error instanceof Error ? error.message : String(error));
    if (!known && process.env.INKPRESS_DEBUG) console.error(error);
    process.exitCode = 1;
  }
}
