/**
 * The reader's config file (theme colours and key bindings), read with conf from conf's own
 * folder for inkpress (`~/.config/inkpress/config.json`), or from `INKPRESS_CONFIG_DIR`. It is
 * never written: the file is read and validated before conf sees it, and conf is built with
 * `clearInvalidConfig: false` (its default too), so a bad file stops the reader with one line
 * and stays exactly as it was.
 */
import Conf from 'conf';
import envPaths from 'env-paths';
import { readFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join, sep } from 'node:path';
import { validateConfig, type ReaderConfig } from './validate-config.js';

/** The config file's name in its folder (conf's `configName` plus `.json`). */
export const CONFIG_NAME = 'config';

/** A config file that cannot be used; the message names the file and the bad entry. */
export class ConfigError extends Error {}

/** A loaded config and where it came from (null when there is no file: the defaults). */
export interface LoadedConfig extends ReaderConfig {
  path: string | null;
}

/** Where the config file is looked for. */
export interface ConfigOptions {
  /** The folder; default `INKPRESS_CONFIG_DIR`, else conf's folder for inkpress. */
  dir?: string;
}

/** The folder of the config file (the same one conf would choose: `projectSuffix: ''`). */
export function configDir(options: ConfigOptions = {}): string {
  return options.dir ?? (process.env.INKPRESS_CONFIG_DIR || envPaths('inkpress', { suffix: '' }).config);
}

/** The path as people write it: `~/.config/inkpress/config.json`. */
export function displayPath(path: string, home = homedir()): string {
  return home && path.startsWith(home + sep) ? `~${path.slice(home.length)}` : path;
}

const firstLine = (text: string) => text.split('\n')[0] ?? text;

/**
 * JSON.parse's message with its character position told as a line and column, which is what
 * an editor shows (issue 12: `at position 213` made the user count characters).
 */
export function jsonProblem(text: string, message: string): string {
  const first = firstLine(message);
  const at = / in JSON at position (\d+)/.exec(first);
  if (!at) return first;
  const position = Number(at[1]);
  const before = text.slice(0, position).split('\n');
  const line = before.length;
  const column = (before.at(-1)?.length ?? 0) + 1;
  return `${first.slice(0, at.index)} at line ${line}, column ${column}${first.slice(at.index + at[0].length)}`;
}

/**
 * Reads and validates the config file. A missing file gives the defaults (and creates no
 * folder); anything wrong throws a {@link ConfigError} of one line, and the file is untouched.
 */
export function loadConfig(options: ConfigOptions = {}): LoadedConfig {
  const dir = configDir(options);
  const path = join(dir, `${CONFIG_NAME}.json`);
  const fail = (what: string): never => {
    throw new ConfigError(`config ${displayPath(path)}: ${what}`);
  };
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    const err = error as NodeJS.ErrnoException;
    if (err.code === 'ENOENT') return { path: null, theme: {}, keys: {} };
    return fail(`cannot be read (${err.code ?? firstLine(err.message)})`);
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    return fail(`not valid JSON (${jsonProblem(text, (error as Error).message)})`);
  }
  // Checked as parsed first: conf would turn a top-level `42` or `null` into an empty object.
  const check = (value: unknown) => {
    const checked = validateConfig(value);
    if (checked.ok) return checked.config;
    const more = checked.errors.length > 1 ? ` (and ${checked.errors.length - 1} more)` : '';
    return fail(`${checked.errors[0]}${more}`);
  };
  check(parsed);
  let stored: unknown;
  try {
    // Valid JSON by now, and without a schema or defaults conf writes nothing back.
    const conf = new Conf<Record<string, unknown>>({
      projectName: 'inkpress',
      projectSuffix: '',
      configName: CONFIG_NAME,
      cwd: dir,
      clearInvalidConfig: false,
    });
    stored = conf.store;
  } catch (error) {
    // The file changed between the two reads: still one line, still untouched.
    return fail(firstLine(error instanceof Error ? error.message : String(error)));
  }
  return { path, ...check(stored) };
}
