/**
 * YAML front matter at the start of a Markdown file (`---` … `---`), told apart without the YAML
 * parser: format detection (`detect-format.ts`) asks this of every file.
 */
import { normalizeNewlines } from '../text/whitespace.js';

export const FRONT_MATTER = /^---[ \t]*\n([\s\S]*?)\n(?:---|\.\.\.)[ \t]*(?:\n|$)/;

/** Whether the text opens with a YAML front-matter block (`---` … `---`). */
export function hasFrontMatter(text: string): boolean {
  return FRONT_MATTER.test(normalizeNewlines(text));
}
