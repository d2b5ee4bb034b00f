import { escapeControls } from './escape-controls.js';

/** Where commands write: stdout for results, stderr for messages. Swappable in tests. */
export interface Output {
  print(text: string): void;
  error(text: string): void;
}

/** Writes to the process's streams, ignoring EPIPE so `inkpress list | head` ends quietly. */
export const processOutput: Output = {
  print: (text) => {
    process.stdout.write(text.endsWith('\n') ? text : `${text}\n`);
  },
  error: (text) => {
    // Messages may quote a file's bytes: never a raw control byte on the terminal.
    process.stderr.write(`inkpress: ${escapeControls(text)}\n`);
  },
};
