/**
 * Makes untrusted text safe to print to a terminal. Applied once where text enters the library,
 * so every view and command downstream can print article text as is.
 *
 * Why: terminal escape sequences in a file are commands to the terminal, not text. Readers and
 * pagers that printed them have let a file rewrite the screen, set the window title, write the
 * clipboard (OSC 52) or forge hyperlinks (OSC 8): newsbeuter CVE-2017-12904, less CVE-2022-46663,
 * git CVE-2024-52005. Ink does not help: its sanitizer keeps every OSC and drops the rest of a
 * string after an unterminated one.
 *
 * Policy (ECMA-48 5th ed. §5.3–5.6 for the sequence grammar):
 * - A complete escape sequence (CSI, OSC/DCS/SOS/PM/APC strings ended by BEL or ST, two- and
 *   three-character ESC sequences, and their 8-bit C1 forms) is removed entirely: it carries
 *   formatting or terminal commands, never reading text.
 * - An unterminated or malformed one loses only its introducer (ESC [, ESC ], U+009D ...); what
 *   followed is kept as plain, inert text. A control string ends at the first BEL/ST; meeting an
 *   ESC, another control or the end of the text first means it was unterminated. So a stray
 *   `ESC ]` can never swallow the rest of an article, and the work stays linear.
 * - CR, CRLF, NEL, VT, FF, U+2028 and U+2029 become `\n`; tabs expand to the next multiple of
 *   8 columns by display width; every other C0 control, DEL and C1 control is removed.
 * - Invisible characters that hide or smuggle text or break column alignment are removed
 *   (soft hyphen, U+200B, U+2060–2064, U+FEFF, annotation U+FFF9–FFFB, stray tag characters);
 *   ZWJ and ZWNJ stay (emoji sequences, Persian), lone surrogates become U+FFFD.
 */
import type { Block, Caption, ParsedArticle } from '../model/article.js';
import { isCleanLine, isCleanText } from './clean-text.js';
import { MAX_COMBINING_MARKS, capMarkRuns } from './mark-run.js';
import { stripControls } from './strip-controls.js';
import { displayWidth } from './text-width.js';

/** Tab stops every this many columns, as terminals default to (`tabs -8`). */
export const TAB_WIDTH = 8;

export { MAX_COMBINING_MARKS };

// Tag characters spell invisible ASCII ("ASCII smuggling"); keep them only inside the emoji tag
// sequences they exist for (subdivision flags: U+1F3F4, tags, CANCEL TAG; UTS #51 §2.8).
const TAGS = /(\u{1F3F4}[\u{E0020}-\u{E007E}]+\u{E007F})|[\u{E0000}-\u{E007F}]/gu;

function capInvisibles(s: string): string {
  // Tags first: removing them can join two runs of marks into one that needs capping.
  const out = s.includes('\uDB40') ? s.replace(TAGS, (_m, flag: string | undefined) => flag ?? '') : s;
  return capMarkRuns(out);
}

const SPACES = Array.from({ length: TAB_WIDTH + 1 }, (_, n) => ' '.repeat(n));

/**
 * One pass from tab to tab, measuring only the text between a tab and the previous tab or line
 * start. Each character is looked at a bounded number of times, even on a single huge line.
 */
function expandTabs(s: string): string {
  let out = '';
  let kept = 0; // start of the text not yet copied to `out`
  let pieceStart = 0; // start of the text since the last tab or line break
  let column = 0;
  let nextBreak = s.indexOf('\n');
  for (let tab = s.indexOf('\t'); tab !== -1; tab = s.indexOf('\t', tab + 1)) {
    if (nextBreak !== -1 && nextBreak < tab) {
      pieceStart = s.lastIndexOf('\n', tab) + 1;
      column = 0;
      nextBreak = s.indexOf('\n', tab);
    }
    column += displayWidth(s.slice(pieceStart, tab));
    const pad = TAB_WIDTH - (column % TAB_WIDTH);
    column += pad;
    out += s.slice(kept, tab) + SPACES[pad];
    kept = pieceStart = tab + 1;
  }
  return kept === 0 ? s : out + s.slice(kept);
}

/**
 * Multi-line text (article bodies, whole files before parsing) made safe to print: only `\n`
 * remains of the control characters, escape sequences are removed as described above, tabs are
 * expanded, runs of combining marks capped and invisible characters removed. Bidirectional
 * marks and isolates are kept here: right-to-left prose needs them, and terminals that apply
 * bidi at all (VTE, Konsole, mlterm) limit their effect to the line.
 */
export function sanitizeText(text: string): string {
  return isCleanText(text) ? text : sanitizeTextFully(text);
}

/** {@link sanitizeText} without its shortcut for text that is clean already (the tests compare both). */
export function sanitizeTextFully(text: string): string {
  return expandTabs(capInvisibles(stripControls(text)));
}

// Trojan Source (CVE-2021-42574): embeddings, overrides, isolates and marks reorder what is shown.
const BIDI = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/g;

/**
 * A single-line field (headline, byline, caption, path in a message) made safe: as
 * {@link sanitizeText}, and also line breaks and tabs become spaces, whitespace is collapsed and
 * trimmed, and every bidirectional control is removed, since these fields share a terminal row
 * with other columns that an unclosed override would reorder.
 */
export function sanitizeLine(text: string): string {
  return isCleanLine(text) ? text : sanitizeLineFully(text);
}

/** {@link sanitizeLine} without its shortcut for a line that is clean already (the tests compare both). */
export function sanitizeLineFully(text: string): string {
  return capInvisibles(stripControls(text).replace(BIDI, '')).replace(/\s+/g, ' ').trim();
}

const lineOrNull = (s: string | null): string | null => {
  if (s === null) return null;
  const clean = sanitizeLine(s);
  return clean === '' ? null : clean;
};
const textOrNull = (s: string | null): string | null => {
  if (s === null) return null;
  const clean = sanitizeText(s);
  return clean.trim() === '' ? null : clean;
};

function sanitizeBlock(b: Block): Block | null {
  switch (b.kind) {
    case 'paragraph':
    case 'heading':
    case 'list-item':
    case 'quote':
    case 'preformatted':
    case 'table-row': {
      const text = textOrNull(b.text);
      // Most blocks are clean already: kept as they are, not copied (500,000 of them on a big page).
      return text === null ? null : text === b.text ? b : { ...b, text };
    }
    case 'embed': {
      const text = textOrNull(b.text);
      return text === null ? null : { ...b, text, source: lineOrNull(b.source) };
    }
    case 'related': {
      const text = lineOrNull(b.text);
      return text === null ? null : { ...b, text };
    }
    case 'caption': {
      const text = lineOrNull(b.text);
      return text === null ? null : { ...b, text, credit: lineOrNull(b.credit) };
    }
  }
}

function sanitizeCaption(c: Caption): Caption | null {
  const text = sanitizeLine(c.text);
  const credit = lineOrNull(c.credit);
  return text === '' && credit === null ? null : { ...c, text, credit };
}

/**
 * A parsed article with every field made safe to print: single-line fields through
 * {@link sanitizeLine} (an empty nullable field becomes null), standfirst, disclaimer,
 * paragraphs and embeds through {@link sanitizeText}. Blocks and captions left empty are
 * dropped. Other properties of `T` are kept as they are.
 */
export function sanitizeArticle<T extends ParsedArticle>(a: T): T {
  return {
    ...a,
    section: lineOrNull(a.section),
    headline: sanitizeLine(a.headline),
    captions: a.captions.flatMap((c) => sanitizeCaption(c) ?? []),
    published: lineOrNull(a.published),
    byline: lineOrNull(a.byline),
    outlet: lineOrNull(a.outlet),
    standfirst: textOrNull(a.standfirst),
    disclaimer: textOrNull(a.disclaimer),
    blocks: sanitizeBlocks(a.blocks),
    url: lineOrNull(a.url),
  };
}

/**
 * The blocks made safe, in a new array only from the first block that changed: most blocks are
 * clean already, and a copy grown one push at a time took fresh memory page by page (a page of
 * 500,000 one-word paragraphs: a 4 MB array grown through copies three times that size).
 */
function sanitizeBlocks(blocks: readonly Block[]): Block[] {
  let out: Block[] | null = null;
  for (let i = 0; i < blocks.length; i += 1) {
    const b = blocks[i]!;
    const clean = sanitizeBlock(b);
    if (out === null) {
      if (clean === b) continue;
      out = blocks.slice(0, i);
    }
    if (clean) out.push(clean);
  }
  return out ?? blocks.slice();
}
