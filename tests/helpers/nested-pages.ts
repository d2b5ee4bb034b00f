/**
 * A saved news story followed by its reply thread, as a forum or an old comment system saves it:
 * each reply in a `<ul><li>` or a `<table><tr><td>` of its own. Left open (`closed: false`, what
 * a careless generator writes), each reply nests one level deeper than the one before: 600
 * replies, 600 levels. Closed, the thread nests three levels, as real pages do.
 */
export function threadPage(kind: 'ul' | 'table', replies: number, { closed = false } = {}): string {
  const open = kind === 'ul' ? '<ul class="replies"><li class="reply">' : '<table class="replies"><tr><td class="reply">';
  const close = closed ? (kind === 'ul' ? '</li></ul>' : '</td></tr></table>') : '';
  const reply = (i: number) =>
    `${open}<span class="who">reader${i % 37}</span> Reply ${i}: the bridge was closed for months and the ferry queue was long, thank you for the update.${close}\n`;
  const story = [
    'The harbour bridge reopened on Monday morning after eight months of repairs to its deck and cables.',
    'Engineers replaced forty of the old cables and resurfaced the whole span, the council said in a statement.',
    'Traffic was light at first, but by the evening rush the queues on both approaches were back to normal.',
  ];
  return `<!doctype html><html><head><meta charset="utf-8"><title>Harbour Bridge Reopens After Repairs | Sampleburg News</title>
<meta name="author" content="Ann Lee"></head><body><article><h1>Harbour Bridge Reopens After Repairs</h1>
${story.map((p) => `<p>${p}</p>`).join('\n')}</article>
<h2>Replies</h2>
${Array.from({ length: replies }, (_, i) => reply(i + 1)).join('')}</body></html>`;
}
