/**
 * Tables: a data table becomes one `table-row` block per row ("cell | cell | cell"); a table
 * used for page layout (cells holding paragraphs, lists or other tables) is read as ordinary
 * content. A huge data table that is not the article (a 1,089-row log beside a short story) is
 * recognised by {@link isBigDataTable} so that the story can be chosen instead.
 */
import type { Block } from '../../model/article.js';
import { normalizeSpace } from '../../text/whitespace.js';

const LAYOUT_INSIDE = 'table, p, ul, ol, blockquote, h1, h2, h3, h4, h5, h6, pre, figure, article';

/** Rows of this table itself, not of tables nested in it. */
function ownRows(table: Element): Element[] {
  return Array.from(table.querySelectorAll('tr')).filter((tr) => tr.closest('table') === table);
}

/** Whether a table holds data (short cells in rows and columns) rather than page layout. */
export function isDataTable(table: Element): boolean {
  if (table.querySelector(LAYOUT_INSIDE)) return false;
  const role = (table.getAttribute('role') ?? '').toLowerCase();
  if (role === 'presentation' || role === 'none') return false;
  const rows = ownRows(table);
  return rows.some((tr) => tr.querySelectorAll('td, th').length >= 2);
}

/** A data table of at least this many rows is a candidate for being page furniture. */
export const BIG_TABLE_ROWS = 30;

/** A data table with many rows: beside a story, it is an appendix, not the article. */
export function isBigDataTable(table: Element): boolean {
  return isDataTable(table) && ownRows(table).length >= BIG_TABLE_ROWS;
}

/** The table's caption (as a heading) and its rows as text, the header rows marked. */
export function tableBlocks(table: Element, cellText: (cell: Element) => string): Block[] {
  const blocks: Block[] = [];
  const caption = normalizeSpace(table.querySelector('caption')?.textContent ?? '');
  if (caption) blocks.push({ kind: 'heading', text: caption, level: 6 });
  for (const tr of ownRows(table)) {
    const cells = Array.from(tr.children).filter((c) => /^t[dh]$/i.test(c.tagName));
    const texts = cells.map((c) => cellText(c));
    if (!texts.some((t) => /[\p{L}\p{N}]/u.test(t))) continue;
    const header = tr.closest('thead') !== null || cells.every((c) => c.tagName.toLowerCase() === 'th');
    blocks.push({ kind: 'table-row', text: texts.join(' | '), header });
  }
  return blocks;
}
