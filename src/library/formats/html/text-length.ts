/** How long an element's text is as a reader sees it, the one measure the HTML steps weigh by. */
import { normalizedLength } from '../../text/whitespace.js';

/** Characters of the node's text once spacing is collapsed and invisible characters dropped. */
export function textLength(node: Node | null | undefined): number {
  return normalizedLength(node?.textContent ?? '');
}
