/**
 * Every format a file's text may be in: the text formats (`detect-format.ts`, which also tells
 * them all apart), JSON, feeds, saved web pages and Markdown.
 */
import { parseFeed } from './feed.js';
import { parseHtml } from './html/html.js';
import { parseJsonArticles } from './json.js';
import { hasFrontMatter, parseMarkdown } from './markdown.js';
import { parseDetected, parseText, type OtherFormat } from './detect-format.js';
import type { ParseOutcome } from './parse-outcome.js';

export type { ParseOutcome };
export { detectFormat, type DetectedFormat } from './detect-format.js';

/** Detects the format from content (the file name is a hint) and parses. Never throws. */
export function parseDocument(text: string, fileName: string): ParseOutcome {
  return parseDetected(text, fileName, parseOther);
}

function parseOther(format: OtherFormat, text: string): ParseOutcome {
  switch (format) {
    case 'json':
      return parseJsonArticles(text);
    case 'feed':
      return parseFeed(text);
    case 'html':
      return parseHtml(text);
    case 'markdown': {
      const outcome = parseMarkdown(text);
      // A `.md` name without front matter or heading is only a hint: read it as text.
      if (!outcome.ok && !hasFrontMatter(text)) return parseText(text);
      return outcome;
    }
  }
}
