/**
 * A heading's words without the furniture sites hang on headings: permalink anchors
 * (`<a href="#slug">#</a>`, `¶`, `§`, 🔗), Wikipedia's "[edit]" links, and hidden labels.
 */
import { normalizeSpace } from '../../text/whitespace.js';

const EDIT_SECTION = /(?:^|\s)(?:mw-editsection|editsection|edit-section|headerlink|anchorjs-link|heading-anchor|anchor-link)(?:\s|$)/i;
// What a permalink anchor shows: a symbol, not words.
const SYMBOL_ONLY = /^[\s#¶§🔗⚓︎🔗️\u{1F517}-]*$/u;

/** Whether a link inside a heading only points at the heading itself. */
export function isSelfAnchor(a: Element): boolean {
  const href = a.getAttribute('href') ?? '';
  return href.startsWith('#') && SYMBOL_ONLY.test(a.textContent ?? '');
}

/** The heading's text without anchors, edit links and hidden parts. */
export function headingText(heading: Element): string {
  const clone = heading.cloneNode(true) as Element;
  for (const el of Array.from(clone.querySelectorAll('[class], a, [aria-hidden="true"]'))) {
    if (!clone.contains(el)) continue;
    const cls = el.getAttribute('class') ?? '';
    if (EDIT_SECTION.test(cls) || el.getAttribute('aria-hidden') === 'true') el.remove();
    else if (el.tagName.toLowerCase() === 'a' && isSelfAnchor(el)) el.remove();
  }
  return normalizeSpace(clone.textContent ?? '').replace(/\s*\[\s*edit\s*\]\s*$/i, '');
}
