import type { ParsedArticle } from '../model/article.js';

/** What parsing one file gave: its articles, or a short reason it holds none. Every parser returns it. */
export type ParseOutcome = { ok: true; articles: ParsedArticle[] } | { ok: false; reason: string };
