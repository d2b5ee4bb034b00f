/** See wrap-words.mjs. */
export function articleLines(headline: string, paragraphs: readonly string[], width: number): string[];
