import Conf from 'conf';
import { replaceFile } from './durable-file.js';

/**
 * conf, with its file write replaced by {@link replaceFile}: conf's own write (the
 * `atomically` package) makes one write(2) call and renames whatever it took, which on a nearly
 * full disk turned the state into a stump. Everything else (the file's place, its mode, reading
 * and the `store` API) is conf's.
 */
export class StateConf<T extends Record<string, unknown>> extends Conf<T> {}

(StateConf.prototype as unknown as { _write(this: Conf, value: unknown): void })._write = function write(value) {
  replaceFile(this.path, JSON.stringify(value));
};

/** A conf file in `dir` named `name`.json, owner-only. */
export function openStateConf<T extends Record<string, unknown>>(dir: string, name: string): StateConf<T> {
  return new StateConf<T>({ projectName: 'inkpress', cwd: dir, configName: name, configFileMode: 0o600 });
}
