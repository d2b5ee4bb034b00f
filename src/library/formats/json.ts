/**
 * JSON articles: one object, or an array of them, with the fields `inkpress parse --json`
 * prints (`section, headline, caption, credit, published, byline, standfirst, paragraphs,
 * related, url`, optionally `captions: [{text, credit}]`), so parsed output reads back in.
 */
import { emptyArticle, type Block, type Caption, type ParsedArticle } from '../model/article.js';
import { parseDate } from './dates.js';
import type { ParseOutcome } from './parse-outcome.js';
import { httpUrl } from './http-url.js';
import { normalizeSpace } from '../text/whitespace.js';

class Invalid extends Error {}

/** Parses JSON text holding one article or an array of articles. Never throws. */
export function parseJsonArticles(text: string): ParseOutcome {
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    return { ok: false, reason: `invalid JSON (${(error as Error).message.slice(0, 80)})` };
  }
  const list = Array.isArray(data) ? data : [data];
  if (list.length === 0) return { ok: false, reason: 'no articles in JSON (empty array)' };
  const articles: ParsedArticle[] = [];
  for (const [i, item] of list.entries()) {
    try {
      articles.push(articleFromJson(item));
    } catch (error) {
      if (!(error instanceof Invalid)) throw error;
      const where = Array.isArray(data) ? `item ${i + 1}: ` : '';
      return { ok: false, reason: `${where}${error.message}` };
    }
  }
  return { ok: true, articles };
}

function articleFromJson(item: unknown): ParsedArticle {
  if (item === null || typeof item !== 'object' || Array.isArray(item)) {
    throw new Invalid('not an article object (expected {"headline": ..., "paragraphs": [...]})');
  }
  const o = item as Record<string, unknown>;
  const headline = optionalString(o, 'headline');
  if (!headline) throw new Invalid('headline must be a non-empty string');
  const blocks: Block[] = o.blocks !== undefined && o.blocks !== null ? blockList(o.blocks) : [
    ...stringList(o, 'paragraphs').map((text): Block => ({ kind: 'paragraph', text })),
    ...stringList(o, 'related').map((text): Block => ({ kind: 'related', text })),
  ];
  return {
    ...emptyArticle('json'),
    section: optionalString(o, 'section'),
    headline,
    captions: captionsOf(o),
    published: parseDate(optionalString(o, 'published') ?? optionalString(o, 'date') ?? ''),
    byline: optionalString(o, 'byline'),
    outlet: optionalString(o, 'outlet'),
    standfirst: optionalString(o, 'standfirst'),
    disclaimer: optionalString(o, 'disclaimer'),
    blocks,
    url: httpUrl(optionalString(o, 'url')),
  };
}

/**
 * `blocks: [{kind, text, …}]` as `parse --json` prints them, so structure survives a round trip.
 * A kind this version does not know is read as a paragraph rather than refused.
 */
function blockList(value: unknown): Block[] {
  if (!Array.isArray(value)) throw new Invalid('blocks must be an array of {kind, text}');
  return value.flatMap((item, i): Block[] => {
    if (item === null || typeof item !== 'object' || Array.isArray(item)) throw new Invalid(`blocks[${i}] must be an object {kind, text}`);
    const b = item as Record<string, unknown>;
    const raw = typeof b.text === 'string' ? b.text : null;
    if (raw === null) throw new Invalid(`blocks[${i}].text must be a string`);
    const text = b.kind === 'preformatted' ? raw.trimEnd() : normalizeSpace(raw);
    if (!text) return [];
    const str = (key: string): string | null => (typeof b[key] === 'string' ? normalizeSpace(b[key] as string) || null : null);
    const num = (key: string, fallback: number): number => (typeof b[key] === 'number' && Number.isFinite(b[key]) ? Math.max(0, Math.floor(b[key] as number)) : fallback);
    switch (b.kind) {
      case 'heading':
        return [{ kind: 'heading', text, level: Math.min(6, Math.max(1, num('level', 2))) }];
      case 'list-item':
        return [{ kind: 'list-item', text, marker: typeof b.marker === 'string' ? normalizeSpace(b.marker) : '•', depth: Math.min(8, num('depth', 0)) }];
      case 'quote':
      case 'preformatted':
      case 'related':
        return [{ kind: b.kind, text }];
      case 'table-row':
        return [{ kind: 'table-row', text, header: b.header === true }];
      case 'embed':
        return [{ kind: 'embed', text, source: str('source') }];
      case 'caption':
        return [{ kind: 'caption', text, credit: str('credit') }];
      default:
        return [{ kind: 'paragraph', text }];
    }
  });
}

/** A string field (whitespace-normalized), or null when absent, null or blank. */
function optionalString(o: Record<string, unknown>, key: string): string | null {
  const value = o[key];
  if (value === undefined || value === null) return null;
  if (typeof value !== 'string') throw new Invalid(`${key} must be a string`);
  return normalizeSpace(value) || null;
}

function stringList(o: Record<string, unknown>, key: string): string[] {
  const value = o[key];
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value) || value.some((v) => typeof v !== 'string')) {
    throw new Invalid(`${key} must be an array of strings`);
  }
  return (value as string[]).map(normalizeSpace).filter(Boolean);
}

/** `captions: [{text, credit}]` when present, else the single `caption` and `credit`. */
function captionsOf(o: Record<string, unknown>): Caption[] {
  const lead = optionalString(o, 'caption');
  const leadCredit = optionalString(o, 'credit');
  const value = o.captions;
  if (value === undefined || value === null) return lead ? [{ text: lead, credit: leadCredit }] : [];
  if (!Array.isArray(value)) throw new Invalid('captions must be an array of {text, credit}');
  const captions = value.map((c, i): Caption | null => {
    if (c === null || typeof c !== 'object' || Array.isArray(c)) {
      throw new Invalid(`captions[${i}] must be an object {text, credit}`);
    }
    const text = optionalString(c as Record<string, unknown>, 'text');
    const credit = optionalString(c as Record<string, unknown>, 'credit');
    return text ? { text, credit } : null;
  });
  const list = captions.filter((c): c is Caption => c !== null);
  // `parse --json` prints the lead caption both alone and in the list: keep it once.
  if (lead && !list.some((c) => c.text === lead)) list.unshift({ text: lead, credit: leadCredit });
  return list;
}
