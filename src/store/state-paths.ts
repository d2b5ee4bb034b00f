import { readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { TEMP_MARK } from './durable-file.js';

/** The files of a state folder. */
export interface StatePaths {
  dir: string;
  manifest: string;
  marks: string;
  journal: string;
  lock: string;
}

/** Where everything lives in the state folder `dir`. */
export function statePaths(dir: string): StatePaths {
  return { dir, manifest: join(dir, 'state.json'), marks: join(dir, 'marks'), journal: join(dir, 'journal.log'), lock: join(dir, 'state.json.lock') };
}

/** Removes the temporary files a killed write left (only ever written under the lock we hold). */
export function removeLeftovers(paths: StatePaths): void {
  for (const folder of [paths.dir, paths.marks]) {
    let names: string[];
    try {
      names = readdirSync(folder);
    } catch {
      continue;
    }
    for (const name of names) if (name.includes(TEMP_MARK)) rmSync(join(folder, name), { force: true });
  }
}
