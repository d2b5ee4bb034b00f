// Every test file runs with its own config, state and cache folders, so no test can read or
// write the user's real ones, even one that forgets to set a folder itself.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const home = mkdtempSync(join(tmpdir(), 'inkpress-env-'));
process.env.XDG_CONFIG_HOME = join(home, 'config');
process.env.XDG_CACHE_HOME = join(home, 'cache');
process.env.INKPRESS_STATE_DIR = join(home, 'state');
process.env.INKPRESS_CACHE_DIR = join(home, 'cache', 'inkpress');
delete process.env.INKPRESS_DIR;
delete process.env.NO_COLOR;

import { rmSync } from 'node:fs';
import { afterAll } from 'vitest';

afterAll(() => rmSync(home, { recursive: true, force: true }));
