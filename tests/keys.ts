/** Escape sequences a terminal sends for keys, named once for every test layer. */
export const KEYS = {
  up: '\u001B[A',
  down: '\u001B[B',
  right: '\u001B[C',
  left: '\u001B[D',
  home: '\u001B[H',
  end: '\u001B[F',
  pageUp: '\u001B[5~',
  pageDown: '\u001B[6~',
  escape: '\u001B',
  enter: '\r',
  tab: '\t',
  shiftTab: '\u001B[Z',
  backspace: '\u007F',
  space: ' ',
  ctrlC: '\u0003',
  ctrlD: '\u0004',
  ctrlU: '\u0015',
  ctrlN: '\u000E',
} as const;

/** Readline keys of the search line (issue 12): Alt is Esc then the key. */
export const LINE_KEYS = {
  ctrlA: '\u0001',
  ctrlE: '\u0005',
  ctrlK: '\u000B',
  ctrlW: '\u0017',
  altB: '\u001Bb',
  altF: '\u001Bf',
  altBackspace: '\u001B\u007F',
  ctrlLeft: '\u001B[1;5D',
  ctrlRight: '\u001B[1;5C',
  delete: '\u001B[3~',
} as const;
