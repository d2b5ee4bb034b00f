import { constants, copyFileSync, existsSync, lstatSync, mkdirSync } from 'node:fs';
import { basename, dirname, extname, join, resolve } from 'node:path';
import { DEFAULT_SECTION, type Library } from '../../library/model/library.js';
import { articlesFromBytes } from '../../library/parse/articles-from-bytes.js';
import { readScannedFile } from '../../library/files/read-scanned-file.js';
import { sectionKey } from '../../library/model/section-name.js';
import { fold } from '../../library/text/fold.js';
import type { CommandContext } from '../context.js';
import { parseFlags } from '../parse-flags.js';

/** The folder (relative to the library) that holds a section: an existing one, else a new slug. */
export function folderForSection(library: Library, section: string): string {
  if (sectionKey(section) === sectionKey(DEFAULT_SECTION)) return '';
  const existing = library.summaries.find((s) => sectionKey(s.section) === sectionKey(section) && s.path.includes('/'));
  if (existing) return dirname(existing.path);
  return fold(section).replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-|-$/g, '') || 'unsorted';
}

/** A file name in `folder` that nothing uses yet: `name.txt`, else `name-2.txt`, ... */
function freeName(folder: string, name: string): string {
  const ext = extname(name);
  const stem = basename(name, ext);
  for (let n = 1; ; n++) {
    const candidate = join(folder, n === 1 ? name : `${stem}-${n}${ext}`);
    if (!existsSync(candidate)) return candidate;
  }
}

/** `inkpress add FILE...`: copies files into their section's folder, refusing articles already there. */
export async function addCommand(args: string[], ctx: CommandContext): Promise<number> {
  const { positionals } = parseFlags(args, {}, { min: 1, name: 'FILE' });
  const library = await ctx.library();
  const known = new Map(library.summaries.map((s) => [s.id, s.path]));
  let refused = 0;
  for (const file of positionals) {
    const abs = resolve(file);
    let reason: string | null = null;
    try {
      const st = lstatSync(abs);
      const read = await readScannedFile({ abs, rel: basename(abs), size: st.size, mtimeMs: st.mtimeMs, ino: st.ino, dev: st.dev });
      // Parsed as if at the library's top: a file that names no section goes to no folder.
      const parsed = read.ok ? articlesFromBytes(read.bytes, basename(abs)) : read;
      if (!parsed.ok) reason = parsed.reason;
      else {
        const twin = parsed.articles.find((a) => known.has(a.id));
        if (twin) reason = `already in the library as ${known.get(twin.id)}`;
        else {
          const section = parsed.articles[0]!.section ?? DEFAULT_SECTION;
          const folder = join(library.root, folderForSection(library, section));
          mkdirSync(folder, { recursive: true });
          const target = freeName(folder, basename(abs));
          copyFileSync(abs, target, constants.COPYFILE_EXCL);
          for (const a of parsed.articles) known.set(a.id, target.slice(library.root.length + 1));
          ctx.out.print(`added ${file} → ${target.slice(library.root.length + 1)} (${section})`);
        }
      }
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      reason = code === 'ENOENT' ? 'no such file' : (error as Error).message;
    }
    if (reason !== null) {
      ctx.out.error(`not added: ${file}: ${reason}`);
      refused++;
    }
  }
  return refused > 0 ? 1 : 0;
}
