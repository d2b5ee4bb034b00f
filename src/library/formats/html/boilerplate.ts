/**
 * Page furniture that is not the article even when it sits inside the article's container:
 * alert and cookie banners, "Most read" / "Trending" lists, newsletter and customer-service
 * boxes. Removed before Readability chooses the article (so a wordy banner cannot win) and
 * skipped again when the chosen content is turned into blocks.
 */
import { normalizedPrefix } from '../../text/whitespace.js';
import { tagName } from './tag-name.js';
import { textLength } from './text-length.js';

// Words in a class, id or role that name furniture. Matched as whole words or hyphen/underscore
// parts, so "alert-breaking" counts and "salerts" does not.
const FURNITURE = new RegExp(
  String.raw`(?:^|[\s_-])(?:alert|alerts|cookie|cookies|consent|gdpr|most-?(?:read|popular|viewed|shared|commented)|` +
    String.raw`trending|popular-?(?:posts|stories)|newsletter|subscribe|subscription|customer-?(?:service|care|support)|` +
    String.raw`paywall|promo|sponsored|advert|advertisement|outbrain|taboola|share-?(?:bar|tools|buttons)|social-?share)(?:$|[\s_-])`,
  'i',
);
const FURNITURE_ROLES = new Set(['alert', 'alertdialog', 'dialog', 'banner', 'complementary', 'search']);
// Headings of link lists that point elsewhere on the site.
const LIST_HEADING = /^(?:most (?:read|popular|viewed|shared|commented)|trending(?: now)?|popular(?: now| stories)?|read (?:more|next)|recommended(?: for you)?|more (?:stories|from|news)|related (?:stories|articles|content|coverage)|top stories|editor'?s picks|you (?:may|might) (?:also )?like)\b/i;

const LIST_HEADING_TAGS = 'h1, h2, h3, h4, h5, h6, strong, p';
/** Whether a text starts as a list's heading does: only its start is read (a paragraph is asked too). */
const isListHeading = (text: string): boolean => LIST_HEADING.test(normalizedPrefix(text, LIST_HEADING_SPAN));
// Longer than the longest start LIST_HEADING matches ("you might also like", and the letter after it).
const LIST_HEADING_SPAN = 40;
const HEADING_NAMES = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'strong', 'p']);

/** Whether an element is furniture by its class, id or role. */
export function isFurniture(el: Element): boolean {
  return isFurnitureNamed(tagName(el), el.getAttribute('role'), el.getAttribute('class'), el.getAttribute('id'));
}

/** {@link isFurniture} from an element's tag name (lower case), role, class and id. */
export function isFurnitureNamed(tag: string, role: string | null | undefined, cls: string | null | undefined, id: string | null | undefined): boolean {
  if (FURNITURE_ROLES.has((role ?? '').toLowerCase())) return true;
  if (tag === 'html' || tag === 'body' || tag === 'main' || tag === 'article') return false;
  if (!cls && !id) return false;
  return id ? furnitureName(namedById, `${cls ?? ''} ${id}`) : furnitureName(namedByClass, cls!);
}

// Whether a class (or a class and id) names furniture, kept per text: a page gives thousands
// of elements a few class names, and each element's check was a string built, a regex replace
// and a match (isFurnitureNamed alone 1.6 % of a parse of blocks nested 60 deep, CPU
// profile). Two maps, so that a class and an id never share a key with a class alone;
// bounded, as a page may name every element differently.
const namedByClass = new Map<string, boolean>();
const namedById = new Map<string, boolean>();

function furnitureName(known: Map<string, boolean>, name: string): boolean {
  let found = known.get(name);
  if (found === undefined) {
    if (known.size >= 4096) known.clear();
    found = FURNITURE.test(name.replace(/([a-z])([A-Z])/g, '$1-$2'));
    known.set(name, found);
  }
  return found;
}

/** A box headed "Most read", "Related stories"… whose text is mostly links. */
export function isLinkListBox(el: Element): boolean {
  // Most elements hold no element at all (a paragraph of text): no heading, and no selector run.
  if (!el.firstElementChild) return false;
  const heading = el.querySelector(LIST_HEADING_TAGS);
  if (!heading || !isListHeading(heading.textContent ?? '')) return false;
  const text = textLength(el);
  const links = Array.from(el.querySelectorAll('a')).reduce((n, a) => n + textLength(a), 0);
  return text > 0 && links / text > 0.5;
}

/**
 * The only elements of `root` that can be link-list boxes: those holding a heading that names
 * one ("Most read"…). Most pages have none, so {@link isDroppable} then never looks for a
 * heading inside every element (a subtree walk each: a tenth of a real page's parse).
 */
export function listBoxCandidates(root: ParentNode): Set<Element> {
  const out = new Set<Element>();
  // Every element, tested by name: a selector list matches each element once per selector (5 times slower).
  for (const heading of Array.from(root.querySelectorAll('*'))) {
    if (!HEADING_NAMES.has(heading.localName) || !isListHeading(heading.textContent ?? '')) continue;
    for (let el = heading.parentElement; el && !out.has(el); el = el.parentElement) out.add(el);
  }
  return out;
}

/**
 * Whether an element inside a page (or chosen content) holding `totalText` characters is
 * furniture to drop. Never an element that holds the headline or most of the text: a wrapper
 * named "no-cookies" is still the page. `listBoxes`, when given, is {@link listBoxCandidates}.
 */
export function isDroppable(el: Element, totalText: number, listBoxes?: ReadonlySet<Element>): boolean {
  if (!isFurniture(el) && !((listBoxes?.has(el) ?? true) && isLinkListBox(el))) return false;
  if (el.querySelector('h1')) return false;
  return textLength(el) <= 0.4 * totalText;
}

/** Removes furniture from a whole page before the article is chosen. */
export function removeFurniture(doc: Document): void {
  const total = textLength(doc.body);
  const listBoxes = listBoxCandidates(doc);
  for (const el of Array.from(doc.querySelectorAll('[class], [id], [role]'))) {
    if (doc.documentElement.contains(el) && isDroppable(el, total, listBoxes)) el.remove();
  }
}
