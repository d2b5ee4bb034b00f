/**
 * Canonical key names from raw terminal input. Ink hands each input event over as it read it:
 * an escape sequence on its own, but a run of plain bytes as one string (a held Backspace is
 * `\x7f\x7f\x7f`, a fast `ab` then Ctrl-W is `ab\x17`). So every event is taken apart here,
 * once, at the edge, into single keys; nothing after this sees a chunk.
 *
 * Names: a printable character as itself (`j`, `G`, `?`, `é`), or `up down left right pageup
 * pagedown home end insert enter escape tab shift-tab space backspace delete`, `ctrl-<letter>`,
 * `meta-<key>` (Alt, sent as Esc + key), `ctrl-left` and the like for modified arrows.
 */

const CONTROL: Record<string, string> = {
  '\r': 'enter',
  '\n': 'enter',
  '\t': 'tab',
  ' ': 'space',
  '\x7f': 'backspace',
  '\b': 'backspace',
  '\x1b': 'escape',
};

/** The name of one raw character (`\r` → `enter`, `\x17` → `ctrl-w`, `j` → `j`). */
export function rawCharName(ch: string): string {
  const named = CONTROL[ch];
  if (named) return named;
  const code = ch.codePointAt(0) ?? 0;
  if (code >= 1 && code <= 26) return `ctrl-${String.fromCharCode(code + 96)}`;
  if (code < 32 || (code >= 0x80 && code < 0xa0)) return '';
  return ch;
}

const FINAL: Record<string, string> = { A: 'up', B: 'down', C: 'right', D: 'left', H: 'home', F: 'end', Z: 'shift-tab' };
const TILDE: Record<string, string> = {
  '1': 'home', '2': 'insert', '3': 'delete', '4': 'end', '5': 'pageup', '6': 'pagedown', '7': 'home', '8': 'end',
};

/** `ESC [ 1 ; 5 D` → `ctrl-left`; xterm's modifier parameter is 1 + shift(1) + alt(2) + ctrl(4). */
function modified(name: string, parameter: string | undefined): string {
  const bits = Math.max(0, Number(parameter ?? '1') - 1);
  if (bits & 4) return `ctrl-${name}`;
  if (bits & 2) return `meta-${name}`;
  if (bits & 1 && name === 'tab') return 'shift-tab';
  return name;
}

/** One escape sequence (CSI or SS3) as a key name; '' for what the reader has no use for. */
function sequenceName(seq: string): string {
  const csi = /^\x1b(?:\[|O)\[?([\d;]*)([A-Za-z~])$/.exec(seq);
  if (!csi) return '';
  const [, params = '', final] = csi;
  const parts = params.split(';');
  if (final === '~') {
    const name = TILDE[parts[0] ?? ''];
    return name ? modified(name, parts[1]) : '';
  }
  const name = FINAL[final!];
  return name ? modified(name, parts[1]) : '';
}

/** The keys in one input event, in order. */
export function splitKeys(raw: string): string[] {
  if (raw.startsWith('\x1b[') || raw.startsWith('\x1bO')) {
    const name = sequenceName(raw);
    return name ? [name] : [];
  }
  if (raw.startsWith('\x1b\x1b[') || raw.startsWith('\x1b\x1bO')) {
    const name = sequenceName(raw.slice(1));
    return name ? [name.startsWith('meta-') || name.startsWith('ctrl-') ? name : `meta-${name}`] : [];
  }
  if (raw.startsWith('\x1b') && raw.length > 1) {
    // Alt-key: Esc then the key (`\x1bb` is Alt-B, `\x1b\x7f` Alt-Backspace).
    const rest = Array.from(raw.slice(1));
    const first = rest[0] === '\x1b' ? 'escape' : rawCharName(rest[0]!);
    const keys = first ? [first === 'escape' ? 'escape' : `meta-${first}`] : [];
    return [...keys, ...rest.slice(1).map(rawCharName).filter(Boolean)];
  }
  return Array.from(raw, rawCharName).filter(Boolean);
}

/** True for a key that types a character (so the search line inserts it). */
export function isPrintable(name: string): boolean {
  return name === 'space' || [...name].length === 1;
}

/** The text a printable key types. */
export function typedText(name: string): string {
  return name === 'space' ? ' ' : name;
}
