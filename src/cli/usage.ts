declare const INKPRESS_VERSION: string | undefined;

/** The version, injected by the bundler; `dev` when run from source. */
export const VERSION = typeof INKPRESS_VERSION === 'string' ? INKPRESS_VERSION : 'dev';

/** A wrong command or flag: reported in one line with the usage, exit code 2. */
export class UsageError extends Error {}

/** A failure the user can act on: reported in one line, exit code 1, never a stack trace. */
export class UserError extends Error {}

export const USAGE = `Usage: inkpress [--dir DIR] [--newsboat-cache FILE] open the reader
       inkpress parse FILE... [--json]              parse files and print the articles
       inkpress list [--section NAME] [--unread] [--starred] [--json]
       inkpress show ID [--pager] [--width N]       print one article (any unique start of its id),
                                                    wrapped to the terminal or N columns
       inkpress stats [--json]                      counts, and files that could not be read
       inkpress add FILE...                         copy files into the library
       inkpress fidelity DIR [--json] [--not-article PAGE]...
                                                    score parsing against expected results
       inkpress export-state FILE [--force]         save read marks, stars and positions
       inkpress import-state FILE                   merge them in (nothing is lost)
       inkpress import-newsboat                     mark read what newsboat's cache marks read
       inkpress completion bash|zsh|fish            print a shell completion script
       inkpress --help | --version

Exit codes: 0 done, 1 failed (the message says why), 2 wrong command or option.

The library is --dir DIR, else $INKPRESS_DIR, else the bundled sample library.
--newsboat-cache FILE adds newsboat's cache.db (read-only) to it, with any command.
Reading state lives in $INKPRESS_STATE_DIR when set, else in inkpress's config folder.`;
