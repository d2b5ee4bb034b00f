import { closeSync, openSync, readSync, writeSync } from 'node:fs';
import { StringDecoder } from 'node:string_decoder';

/*
 * The caches are megabytes of text (4 MB of index at 10,000 articles). Read whole
 * (`readFileSync(path, 'utf8')`) or written whole (`Buffer.from(text)`), each takes a native
 * block of its size, freed a moment later. Freeing a block that big makes glibc's malloc raise
 * its mmap threshold to that size, and the trim threshold to twice it, for the rest of the
 * process: from then on the arenas of V8's helper threads keep up to that much free memory
 * resident. Measured on a warm reader at 10,000 articles: four arenas held 17 MB, 8 MB of one
 * of them free; peak RSS 135-138 MB, against 118 MB with the threshold held fixed. So these
 * files move through one buffer of PIECE bytes, under the threshold, and no big block is ever
 * freed.
 */

/** Bytes read or written at a time: under glibc's default mmap threshold (128 KiB). */
export const PIECE = 64 * 1024;

/**
 * The file at `path` as UTF-8 text, read PIECE bytes at a time. The same text as
 * `readFileSync(path, 'utf8')`: a byte-order mark is kept, invalid bytes become U+FFFD, and a
 * character split between two pieces is decoded whole. Throws as readFileSync does.
 */
export function readTextInPieces(path: string): string {
  return [...textPieces(path)].join('');
}

/**
 * The lines of the file at `path` (the text between newlines, the last one after the last
 * newline), each given as soon as it has been read: `readTextInPieces(path).split('\n')`
 * without the whole text in memory. The file is closed once the lines end or the caller stops.
 */
export function* linesInPieces(path: string): Generator<string, void> {
  let parts: string[] = [];
  for (const text of textPieces(path)) {
    let from = 0;
    for (let at = text.indexOf('\n'); at >= 0; at = text.indexOf('\n', from)) {
      parts.push(text.slice(from, at));
      yield parts.join('');
      parts = [];
      from = at + 1;
    }
    parts.push(text.slice(from));
  }
  yield parts.join('');
}

/** The text of the file at `path`, a piece of PIECE bytes at a time, decoded; closed once done or stopped. */
function* textPieces(path: string): Generator<string, void> {
  const fd = openSync(path, 'r');
  try {
    const buffer = Buffer.allocUnsafeSlow(PIECE);
    const decoder = new StringDecoder('utf8');
    for (let n = readSync(fd, buffer, 0, PIECE, null); n > 0; n = readSync(fd, buffer, 0, PIECE, null)) {
      yield decoder.write(buffer.subarray(0, n));
    }
    yield decoder.end();
  } finally {
    closeSync(fd);
  }
}

/** UTF-16 units encoded at a time: at most 3 bytes each, so a piece always fits in PIECE. */
const UNITS = Math.floor(PIECE / 3);

/**
 * Writes `text` to `fd` as UTF-8 through `buffer` (PIECE bytes), never splitting a surrogate
 * pair between two pieces (a half pair would be written as U+FFFD).
 */
export function writeTextInPieces(fd: number, text: string, buffer: Buffer = Buffer.allocUnsafeSlow(PIECE)): void {
  for (let from = 0; from < text.length; ) {
    let to = Math.min(text.length, from + UNITS);
    const last = text.charCodeAt(to - 1);
    if (to < text.length && last >= 0xd800 && last <= 0xdbff) to -= 1;
    const bytes = buffer.write(text.slice(from, to), 0, 'utf8');
    for (let at = 0; at < bytes; ) at += writeSync(fd, buffer, at, bytes - at);
    from = to;
  }
}
