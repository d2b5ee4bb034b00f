/**
 * A folder of pages with what each should give, in either of two shapes (see README,
 * "Measuring extraction"):
 *
 * 1. `NAME.html` (any file inkpress reads) beside `NAME.expected.json`:
 *    `{"headline", "byline", "published", "body", "article"}`, every field optional
 *    (`"article": false` for a page that must be refused); or beside `NAME.expected.txt`, the
 *    expected body text alone.
 * 2. Reference extractions as crawlers store them: `N.json` holding `content` (the page's HTML)
 *    and `extracted_text`, with `title` and `publish_date` when known. `extracted_text` is
 *    sections joined by `\n***\n`: the title, then the text from the feed's description, then the
 *    text extracted from the page (which repeats the title first). The last section is the
 *    expected body; scoring the feed's copy too would count every word twice.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { basename, extname, join, relative } from 'node:path';
import type { Expected } from './score.js';

/** One page to parse and what it should give. */
export interface Case {
  /** The page's path relative to the suite folder. */
  name: string;
  bytes: Uint8Array;
  /** The name the parser is given (it hints at the format). */
  fileName: string;
  expected: Expected;
}

const EXPECTED = /\.expected\.(json|txt)$/;

function asString(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}
function asNullableString(value: unknown): string | null | undefined {
  return value === null ? null : asString(value);
}

/** Reads `NAME.expected.json`; throws a one-line message when it is not the documented shape. */
function readExpectedJson(path: string): Expected {
  const data: unknown = JSON.parse(readFileSync(path, 'utf8'));
  if (data === null || typeof data !== 'object' || Array.isArray(data)) throw new Error(`${path}: not a JSON object`);
  const o = data as Record<string, unknown>;
  return {
    article: o.article !== false,
    headline: asString(o.headline),
    byline: asNullableString(o.byline),
    published: asNullableString(o.published),
    body: asString(o.body),
  };
}

/** A crawler's stored story (`content` + `extracted_text`), or null when the JSON is not one. */
function referenceCase(dir: string, path: string): Case | null {
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(path, 'utf8'));
  } catch {
    return null;
  }
  const o = (data ?? {}) as Record<string, unknown>;
  const content = asString(o.content);
  const extracted = asString(o.extracted_text);
  if (content === undefined || extracted === undefined) return null;
  const sections = extracted.split('\n***\n').map((t) => t.trim());
  const title = asString(o.title) ?? sections[0] ?? '';
  let body = sections.length > 1 ? (sections.at(-1) ?? '') : extracted;
  if (title && body.startsWith(title)) body = body.slice(title.length).trim();
  const date = /^\d{4}-\d{2}-\d{2}/.exec(asString(o.publish_date) ?? '')?.[0];
  const name = relative(dir, path);
  return {
    name,
    bytes: new TextEncoder().encode(content),
    fileName: `${basename(path, '.json')}.html`,
    expected: { article: true, headline: asString(o.title), published: date, body },
  };
}

/** Every case in the folder (and its subfolders), in name order. */
export function readSuite(dir: string): Case[] {
  const files = (readdirSync(dir, { recursive: true }) as string[]).map((f) => join(dir, f)).sort();
  const cases: Case[] = [];
  const expectedFor = new Map<string, string>();
  for (const file of files) {
    const m = EXPECTED.exec(file);
    if (m) {
      const stem = file.slice(0, -m[0].length);
      if (!expectedFor.has(stem) || m[1] === 'json') expectedFor.set(stem, file);
    }
  }
  for (const file of files) {
    if (EXPECTED.test(file)) continue;
    const stem = file.slice(0, -extname(file).length);
    const expectedPath = expectedFor.get(stem);
    if (expectedPath) {
      const expected = expectedPath.endsWith('.json')
        ? readExpectedJson(expectedPath)
        : { article: true, body: readFileSync(expectedPath, 'utf8') };
      cases.push({ name: relative(dir, file), bytes: readFileSync(file), fileName: basename(file), expected });
    } else if (file.endsWith('.json')) {
      const reference = referenceCase(dir, file);
      if (reference) cases.push(reference);
    }
  }
  return cases;
}
