/**
 * Which elements end a paragraph and which never hold article prose: one answer for both ways a
 * saved page becomes blocks, the DOM walk (`html-to-blocks.ts`) and the streaming extractor
 * (`stream-extract.ts`).
 */

/** Elements whose text is never article prose. */
export const SKIP = new Set([
  'script', 'style', 'noscript', 'template', 'iframe', 'object', 'embed', 'form', 'button',
  'select', 'textarea', 'input', 'nav', 'svg', 'canvas', 'video', 'audio', 'head', 'title',
]);
/** Elements that end the paragraph being gathered. */
export const BLOCK = new Set([
  'p', 'div', 'section', 'article', 'main', 'header', 'footer', 'aside', 'dl', 'dt', 'dd',
  'tr', 'td', 'th', 'tbody', 'thead', 'hr', 'address', 'center', 'details', 'summary',
]);
