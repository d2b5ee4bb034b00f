import type { ScannedFile } from '../files/scanned-file.js';
import type { Article, Block } from '../model/article.js';

/** Blocks per message from a body worker: about 10 ms to receive on the reader's thread. */
export const BLOCKS_PER_MESSAGE = 8192;

/** What the reader asks a body worker: to read an article, or for the next piece of the one read. */
export type BodyRequest = { kind: 'read'; file: ScannedFile; id: string } | { kind: 'more' };

/** What a body worker answers: the head (null: not in the file) or a failure, then a piece of blocks per `more`, then done. */
export type BodyMessage =
  | { kind: 'head'; article: Article | null }
  | { kind: 'blocks'; blocks: Block[] }
  | { kind: 'done' }
  | { kind: 'failed'; reason: string };
