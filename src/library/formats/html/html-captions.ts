/**
 * Photo captions however a page writes them: `<figure><figcaption>`, a `<figcaption>` standing
 * on its own, WordPress `wp-caption` boxes, or an image's alt text. The credit is split off,
 * whether it is written into the sentence ("Photo: Lena Marsh") or set in its own element
 * behind a visually hidden "Credit" label ("…CreditCredit...Chang W. Lee/The City Times").
 */
import type { Caption } from '../../model/article.js';
import { normalizeSpace } from '../../text/whitespace.js';

/** A class naming a caption's credit element (`credit`, `photographer`, `source`…). */
export const CREDIT_CLASS = /(?:^|[\s_-])(?:credit|credits|copyright|byline|photographer|source|attribution)(?:$|[\s_-])/i;
const HIDDEN = /(?:^|\s)(?:visually-hidden|sr-only|screen-reader-text|screenreader|a11y|offscreen|hidden)(?:$|\s)/i;
// Labels sites put before a credit: "Credit", "Credit...", "Photo:", "Image credit:".
const LABEL = /^(?:(?:[Ii]mage|[Pp]hoto(?:graph)?|[Pp]icture)\s+)?(?:[Cc]redits?|CREDITS?|[Pp]hoto(?:graph)?|PHOTO|[Ii]mage|[Ss]ource|[Ff]oto)(?:\s*[:.…]+\s*|\s+by\s+|\s+|(?=\p{Lu}))/u;

// A credit is what follows "Photo:", "Photo by", "Photograph by", "Credit:" or "©".
const CREDIT = /(^|[\s.,;|(–—-])\s*(?:(?:photo(?:graph)?s?|pictures?|image|credit)\s*(?::|by\b)|©)\s*(.+)$/i;

/** Splits `"No, Azeredo", in São Paulo. Photo by Andre Deak` into its text and credit. */
export function splitCredit(caption: string): Caption {
  const text = normalizeSpace(caption);
  const m = CREDIT.exec(text);
  if (!m || !m[2]) return { text, credit: null };
  // Keep a full stop or an opening parenthesis before the credit; drop a comma or a bar.
  let before = normalizeSpace(text.slice(0, m.index + (m[1] ?? '').length)).replace(/\s*[,;|–—-]$/, '');
  let credit = normalizeSpace(m[2]);
  // "Diwali (Photo: Jo Ng)": the parenthesis closes around the credit, not inside it.
  if (before.endsWith('(') && credit.endsWith(')')) {
    before = before.slice(0, -1).trim();
    credit = credit.slice(0, -1).trim();
  }
  // A caption that is all credit ("Photo: AP") keeps its words as the text too.
  return { text: before || text, credit };
}

/** Alt/title text worth showing: not empty, not a file name or camera id, not a placeholder. */
export function meaningfulAlt(alt: string | null): string | null {
  const t = normalizeSpace(alt ?? '');
  if (t.length < 8 || !/\s/.test(t)) return null; // "thumb", "IMG_2201", "3512371729_b3dd79e8d5"
  if (/\.(jpe?g|png|gif|webp|svg)$/i.test(t)) return null;
  if (/^(image|photo|picture|logo|icon|avatar)\b.{0,12}$/i.test(t)) return null;
  return t;
}

function isHidden(el: Element): boolean {
  return el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true' || HIDDEN.test(el.getAttribute('class') ?? '');
}

/** Text of an element without its visually hidden parts. */
function visibleText(el: Element): string {
  let out = '';
  const walk = (node: Node): void => {
    if (node.nodeType === 3) out += node.nodeValue ?? '';
    if (node.nodeType !== 1 || isHidden(node as Element)) return;
    if ((node as Element).tagName.toLowerCase() === 'br') out += ' ';
    for (const child of Array.from(node.childNodes)) walk(child);
    out += ' ';
  };
  for (const child of Array.from(el.childNodes)) walk(child);
  return normalizeSpace(out.replace(/\s+([.,;:!?])/g, '$1'));
}

/** A credit without the label in front of it ("Credit...Chang W. Lee" → "Chang W. Lee"). */
export function stripCreditLabel(credit: string): string {
  let text = normalizeSpace(credit);
  for (let i = 0; i < 3 && LABEL.test(text); i++) text = text.replace(LABEL, '');
  return text.replace(/^[©(]\s*|\)\s*$/g, '').trim();
}

/** The caption a `<figcaption>` (or caption box) holds, with its credit split off. */
export function captionOf(el: Element): Caption | null {
  const creditEls = Array.from(el.querySelectorAll('[class]')).filter(
    (c) => CREDIT_CLASS.test(c.getAttribute('class') ?? '') && !isHidden(c),
  );
  const outer = creditEls.filter((c) => !creditEls.some((o) => o !== c && o.contains(c)));
  const credit = normalizeSpace(outer.map((c) => stripCreditLabel(visibleText(c))).join(' ')) || null;
  const clone = el.cloneNode(true) as Element;
  for (const c of Array.from(clone.querySelectorAll('[class]'))) {
    if (CREDIT_CLASS.test(c.getAttribute('class') ?? '')) c.remove();
  }
  const written = splitCredit(visibleText(clone));
  const text = written.text;
  if (!text && !credit) return null;
  if (!credit) return written.credit ? { text, credit: stripCreditLabel(written.credit) } : written;
  return { text: text || credit, credit };
}

/** An image's caption from its alt text (or title) when that describes it, credit split off. */
export function imageCaption(img: Element | null): Caption | null {
  return altCaption(img?.getAttribute('alt') ?? null, img?.getAttribute('title') ?? null);
}

/** {@link imageCaption} from an image's `alt` and `title` attributes. */
export function altCaption(alt: string | null, title: string | null): Caption | null {
  const text = meaningfulAlt(alt) ?? meaningfulAlt(title);
  return text ? splitCredit(text) : null;
}
