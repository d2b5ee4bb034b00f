/**
 * MathML as readable text, so a sentence keeps its formula ("there are two solutions to x^2 = 4")
 * instead of a hole. The page's own text form wins: the `alttext` attribute, then a TeX or plain
 * annotation, then the characters of the formula itself.
 */
import { normalizeSpace } from '../../text/whitespace.js';

/** The text a `<math>` element stands for; empty when it holds none. */
export function mathText(math: Element): string {
  const alt = normalizeSpace(math.getAttribute('alttext') ?? '');
  if (alt) return alt;
  const annotations = Array.from(math.querySelectorAll('annotation'));
  const tex = annotations.find((a) => /tex/i.test(a.getAttribute('encoding') ?? '')) ?? annotations[0];
  const annotated = normalizeSpace(tex?.textContent ?? '');
  if (annotated) return annotated;
  // No text form: the formula's own characters, without the annotation-xml markup.
  const parts: string[] = [];
  const walk = (node: Node): void => {
    if (node.nodeType === 3) parts.push(node.nodeValue ?? '');
    if (node.nodeType !== 1) return;
    const tag = (node as Element).tagName.toLowerCase();
    if (tag === 'annotation' || tag === 'annotation-xml') return;
    for (const child of Array.from(node.childNodes)) walk(child);
  };
  walk(math);
  return parts.join('').replace(/\s+/g, '');
}

/** An element's text (a table cell's), formulas included as {@link mathText} reads them. */
export function textWithMath(el: Element): string {
  const math = Array.from(el.querySelectorAll('math'));
  if (math.length === 0) return normalizeSpace(el.textContent ?? '');
  const clone = el.cloneNode(true) as Element;
  for (const m of Array.from(clone.querySelectorAll('math'))) m.replaceWith(mathText(m));
  return normalizeSpace(clone.textContent ?? '');
}
