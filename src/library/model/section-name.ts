import { basename, dirname } from 'node:path';
import { DEFAULT_SECTION } from './library.js';

/**
 * The section of an article whose file names none: its folder's name in title case
 * (`climate-change/x.txt` → `Climate Change`), else {@link DEFAULT_SECTION} at the top level.
 */
export function sectionFromPath(relPath: string): string {
  const folder = basename(dirname(relPath));
  if (folder === '' || folder === '.') return DEFAULT_SECTION;
  const words = folder.replace(/[-_]+/g, ' ').trim().split(/\s+/);
  const titled = words.map((w) => (w === w.toLowerCase() ? w.charAt(0).toUpperCase() + w.slice(1) : w)).join(' ');
  return titled || DEFAULT_SECTION;
}

/** Sections compare without case, so `palestine/` and `News > Palestine` are one section. */
export function sectionKey(section: string): string {
  return section.toLowerCase();
}
