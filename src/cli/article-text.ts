import type { Article } from '../library/model/article.js';

/** The caption line as both the reader and `show` print it. */
export function captionLine(text: string, credit: string | null): string {
  return credit ? `Photo: ${text} — ${credit}` : `Photo: ${text}`;
}

/** An article as clean plain text: meta line, headline, caption, standfirst, body, related. */
export function articleText(article: Article): string {
  const meta = [article.section, article.published, article.byline, article.outlet].filter(Boolean).join(' · ');
  const out: string[] = [];
  if (meta) out.push(meta);
  out.push(article.headline, '');
  const lead = article.captions[0];
  if (lead && !article.blocks.some((b) => b.kind === 'caption' && b.text === lead.text)) {
    out.push(captionLine(lead.text, lead.credit), '');
  }
  if (article.standfirst) out.push(article.standfirst, '');
  for (const block of article.blocks) {
    if (block.kind === 'paragraph') out.push(block.text);
    else if (block.kind === 'related') out.push(`Related: ${block.text}`);
    else if (block.kind === 'caption') out.push(captionLine(block.text, block.credit));
    else if (block.kind === 'embed') out.push(block.text.split('\n').map((l) => `> ${l}`).join('\n') + (block.source ? `\n> ${block.source}` : ''));
    else out.push(block.text);
    out.push('');
  }
  if (article.disclaimer) out.push(article.disclaimer, '');
  if (article.url) out.push(`Source: ${article.url}`, '');
  return out.join('\n').trimEnd() + '\n';
}
