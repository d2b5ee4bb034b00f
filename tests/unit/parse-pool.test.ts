import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { POOL_THRESHOLD } from '../../src/library/live/parse-pool.js';
import { tempDir } from '../helpers/temp-dir.js';

const dist = resolve('dist/inkpress.js');

function list(lib: string, workers: string): unknown {
  const env = { ...process.env, INKPRESS_WORKERS: workers, INKPRESS_CACHE_DIR: tempDir(), INKPRESS_STATE_DIR: tempDir() };
  return JSON.parse(execFileSync(process.execPath, [dist, 'list', '--json', '--dir', lib], { env, encoding: 'utf8' }));
}

describe.skipIf(!existsSync(dist))('parsing on worker threads (skipped: run npm run build first)', () => {
  it('gives the same library as parsing on the main thread', () => {
    const lib = tempDir();
    for (let i = 0; i < POOL_THRESHOLD + 50; i++) {
      const folder = join(lib, `section-${i % 7}`);
      mkdirSync(folder, { recursive: true });
      const broken = i % 50 === 0;
      writeFileSync(
        join(folder, `a${i}.txt`),
        broken ? Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]) : `News > Desk ${i % 5}\n\nHeadline Number ${i} in Bogotá\n\nPublished ${1 + (i % 28)} March 2024\n\nStandfirst ${i}.\n\nBody paragraph ${i}.`,
      );
    }
    expect(existsSync(resolve('dist/parse-worker.js'))).toBe(true);
    const onWorkers = list(lib, '2') as unknown[];
    expect(onWorkers).toHaveLength(POOL_THRESHOLD + 50 - 5);
    expect(onWorkers).toEqual(list(lib, '0'));
  });

  it('reads pages and feeds among text files the same as the main thread (the workers load those parsers when they meet one)', () => {
    const lib = tempDir();
    const paragraph = '<p>The council met on the quay and agreed to keep the night ferry running through the winter months.</p>';
    for (let i = 0; i < POOL_THRESHOLD + 50; i++) {
      const folder = join(lib, `section-${i % 7}`);
      mkdirSync(folder, { recursive: true });
      if (i % 40 === 39) {
        writeFileSync(join(folder, `p${i}.html`), `<!doctype html><html><head><title>Page Story ${i}</title></head><body><article><h1>Page Story ${i}</h1>${paragraph.repeat(3)}</article></body></html>`);
      } else if (i % 45 === 44) {
        writeFileSync(join(folder, `f${i}.txt`), `<?xml version="1.0"?><rss version="2.0"><channel><title>Desk</title><item><title>Feed Item ${i}</title><link>https://news.example/${i}</link><description>Item ${i} of the feed.</description></item></channel></rss>`);
      } else {
        writeFileSync(join(folder, `a${i}.txt`), `News > Desk\n\nHeadline Number ${i}\n\nPublished ${1 + (i % 28)} March 2024\n\nStandfirst ${i}.\n\nBody paragraph ${i}.`);
      }
    }
    const onWorkers = list(lib, '2') as Array<{ headline: string }>;
    expect(onWorkers).toHaveLength(POOL_THRESHOLD + 50);
    expect(onWorkers.filter((a) => a.headline.startsWith('Page Story'))).toHaveLength(6);
    expect(onWorkers.filter((a) => a.headline.startsWith('Feed Item'))).toHaveLength(5);
    expect(onWorkers).toEqual(list(lib, '0'));
  });
});
