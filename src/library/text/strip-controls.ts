/**
 * The control-character pass of the sanitizer: finds escape sequences by the ECMA-48 grammar
 * (5th ed. §5.3–5.6; ECMA-35 §13 for nF sequences) and cuts them and other controls out in one
 * linear scan. The policy and its reasons are documented in sanitize.ts.
 */
import { isInvisible } from './invisible.js';

const isStringIntro = (c: number): boolean =>
  c === 0x5d /* ] OSC */ || c === 0x50 /* P DCS */ || c === 0x58 /* X SOS */ || c === 0x5e /* ^ PM */ || c === 0x5f; /* _ APC */
const isC1StringIntro = (c: number): boolean => c === 0x9d || c === 0x90 || c === 0x98 || c === 0x9e || c === 0x9f;

/** End index of a complete control string starting at `p` (after its introducer), or -1. */
function stringEnd(s: string, p: number): number {
  for (let j = p; j < s.length; j++) {
    const c = s.charCodeAt(j);
    if (c === 0x07 || c === 0x9c) return j + 1;
    if (c === 0x1b) return s.charCodeAt(j + 1) === 0x5c ? j + 2 : -1;
    if (c < 0x20 || (c >= 0x7f && c <= 0x9f) || c === 0x2028 || c === 0x2029) return -1;
  }
  return -1;
}

/** End index of a complete CSI whose parameters start at `p`, or -1 when malformed. */
function csiEnd(s: string, p: number): number {
  let j = p;
  while (j < s.length && s.charCodeAt(j) >= 0x30 && s.charCodeAt(j) <= 0x3f) j++;
  while (j < s.length && s.charCodeAt(j) >= 0x20 && s.charCodeAt(j) <= 0x2f) j++;
  const final = s.charCodeAt(j);
  return final >= 0x40 && final <= 0x7e ? j + 1 : -1;
}

/** Length of the escape sequence starting with ESC at `i` to remove (1: the ESC alone). */
function escLength(s: string, i: number): number {
  const next = s.charCodeAt(i + 1);
  if (next === 0x5b) {
    const end = csiEnd(s, i + 2);
    return end < 0 ? 2 : end - i;
  }
  if (isStringIntro(next)) {
    const end = stringEnd(s, i + 2);
    return end < 0 ? 2 : end - i;
  }
  let j = i + 1; // nF: ESC, intermediates 0x20–0x2F, final 0x30–0x7E (ECMA-35 §13.2)
  while (s.charCodeAt(j) >= 0x20 && s.charCodeAt(j) <= 0x2f) j++;
  const final = s.charCodeAt(j);
  return final >= 0x30 && final <= 0x7e ? j + 1 - i : 1;
}

/** Whether the text holds more than 256 CRLF line endings. */
function manyCrlf(text: string): boolean {
  let n = 0;
  for (let i = text.indexOf('\r\n'); i !== -1; i = text.indexOf('\r\n', i + 2)) if (++n > 256) return true;
  return false;
}

/**
 * Removes escape sequences, controls and invisible characters, turns line breaks into `\n`,
 * replaces lone surrogates with U+FFFD and keeps tabs (the caller expands or collapses them).
 */
export function stripControls(text: string): string {
  // Windows line endings are the one control most files have on every line: let the regex
  // engine turn them into \n in one native pass instead of a cut per line below. A few (a saved
  // page with CRLF in some lines) are cut below instead: the regex's copy of a whole page costs
  // more than the pass itself (about 1 ms per 130 KB here, a tenth of sanitizing a real page).
  const replaced = manyCrlf(text);
  const s = replaced ? text.replace(/\r\n/g, '\n') : text;
  let out = ''; // V8 concatenates into ropes: cheaper here than collecting parts to join
  let kept = 0; // start of the text not yet copied to `out`
  const cut = (from: number, to: number, replacement = ''): number => {
    out += s.slice(kept, from) + replacement;
    kept = to;
    return to;
  };
  let i = 0;
  while (i < s.length) {
    const c = s.charCodeAt(i);
    if ((c >= 0x20 && c < 0x7f) || c === 0x0a || c === 0x09 || (c > 0x9f && c < 0xad)) i++;
    else if (c === 0x1b) i = cut(i, i + escLength(s, i));
    else if (c === 0x0d) {
      // Dropped before a line feed; without the regex, also before a CRLF, as the regex leaves
      // CR CR LF as CR LF (one line break, not two).
      const next = s.charCodeAt(i + 1);
      const beforeBreak = next === 0x0a || (!replaced && next === 0x0d && s.charCodeAt(i + 2) === 0x0a);
      i = beforeBreak ? cut(i, i + 1) : cut(i, i + 1, '\n');
    }
    else if (c === 0x0b || c === 0x0c || c === 0x85 || c === 0x2028 || c === 0x2029) i = cut(i, i + 1, '\n');
    else if (c === 0x9b) {
      const end = csiEnd(s, i + 1);
      i = cut(i, end < 0 ? i + 1 : end);
    } else if (isC1StringIntro(c)) {
      const end = stringEnd(s, i + 1);
      i = cut(i, end < 0 ? i + 1 : end);
    } else if (c < 0x20 || (c >= 0x7f && c <= 0x9f) || isInvisible(c)) i = cut(i, i + 1);
    else if (c >= 0xd800 && c <= 0xdbff) {
      const low = s.charCodeAt(i + 1);
      i = low >= 0xdc00 && low <= 0xdfff ? i + 2 : cut(i, i + 1, '\uFFFD');
    } else if (c >= 0xdc00 && c <= 0xdfff) i = cut(i, i + 1, '\uFFFD');
    else i++;
  }
  return kept === 0 ? s : out + s.slice(kept);
}
