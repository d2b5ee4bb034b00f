/**
 * An element's tag name in lower case, as `el.tagName.toLowerCase()` gives it, without
 * upper-casing and lower-casing it again on every read: linkedom's `tagName` upper-cases the
 * local name, and the walks over a page ask it of every element they pass, several times.
 * Parsed elements have lower-case local names already; elements Readability makes ("P",
 * "DIV") do not, so each name is lowered once and kept.
 */
const lowered = new Map<string, string>();

/** The element's tag name in lower case. */
export function tagName(el: Element): string {
  const name = el.localName;
  let lower = lowered.get(name);
  if (lower === undefined) {
    // Bounded: a hostile page may use any number of made-up names.
    if (lowered.size >= 1024) lowered.clear();
    lowered.set(name, (lower = name.toLowerCase()));
  }
  return lower;
}
