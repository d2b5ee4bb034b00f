/**
 * Hostile files of the container formats (issue 14, item 6), built at test time: a zip bomb
 * dressed as an EPUB edition, a mail message nested 60,000 multiparts deep, a newsboat cache
 * of a million items and a corrupt one, next to an MHTML page that must still read.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strToU8, zipSync } from 'fflate';
import { MAX_INFLATED_BYTES } from '../../src/library/formats/epub/zip-entries.js';
import { mhtmlPage } from './format-files.js';
import { corruptDatabase, writeNewsboatSchema } from './newsboat-cache.js';

/** A built library and what `stats` must say of each hostile file. */
export interface HostileFormats {
  root: string;
  reasons: Record<string, RegExp>;
  remove(): void;
}

/** A zip whose entry inflates past the limit while both its headers claim 100 bytes. */
export function zipBomb(): Uint8Array {
  const bomb = zipSync({
    mimetype: [strToU8('application/epub+zip'), { level: 0 }],
    'feed_0/article_0/index.html': new Uint8Array(MAX_INFLATED_BYTES + 1024 * 1024),
  });
  const view = new DataView(bomb.buffer);
  for (let i = 0; i + 4 <= bomb.length; i++) {
    const sig = view.getUint32(i, true);
    if (sig === 0x04034b50 && i > 0) view.setUint32(i + 22, 100, true);
    if (sig === 0x02014b50) view.setUint32(i + 24, 100, true);
  }
  return bomb;
}

/** A message whose multiparts nest `depth` deep, each boundary inside the last. */
export function nestedMime(depth: number): string {
  const parts = ['From: a@b.example\nSubject: Nested\nDate: Mon, 23 Nov 2026 06:00:00 +0000\nMIME-Version: 1.0\nContent-Type: multipart/mixed; boundary="b0"\n\n'];
  for (let i = 1; i < depth; i++) parts.push(`--b${i - 1}\nContent-Type: multipart/mixed; boundary="b${i}"\n\n`);
  parts.push(`--b${depth - 1}\nContent-Type: text/plain\n\ndeep\n`);
  return parts.join('');
}

export function buildHostileFormats(): HostileFormats {
  const root = mkdtempSync(join(tmpdir(), 'inkpress-hostile-formats-'));
  writeFileSync(join(root, 'ferry.mhtml'), mhtmlPage());
  writeFileSync(join(root, 'bomb.epub'), zipBomb());
  writeFileSync(join(root, 'nested.eml'), nestedMime(60_000));
  mkdirSync(join(root, 'newsboat'));
  writeNewsboatSchema(join(root, 'newsboat', 'cache.db'), 1_000_000);
  mkdirSync(join(root, 'broken'));
  corruptDatabase(join(root, 'broken', 'cache.db'));
  return {
    root,
    reasons: {
      'bomb.epub': /zip bomb/,
      'nested.eml': /nested too deeply/,
      'newsboat/cache.db': /holds 1,000,000 items; the newest 5,000 are shown/,
      'broken/cache.db': /damaged SQLite database/,
    },
    remove: () => rmSync(root, { recursive: true, force: true }),
  };
}
