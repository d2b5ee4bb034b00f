// A body worker (bundled as dist/body-worker.js): reads and parses the one article a reader
// opens from a big file, so the seconds that takes never stop the reader's thread answering keys.
// The body goes back in pieces, each when the reader asks for it: 400,000 blocks took about half
// a second to receive in one message, and messages sent together are received in one go.
import { parentPort } from 'node:worker_threads';
import { readFileArticle } from '../parse/parse-scanned-file.js';
import type { ScannedFile } from '../files/scan.js';
import type { Block } from '../model/article.js';
import { BLOCKS_PER_MESSAGE, type BodyMessage, type BodyRequest } from './body-message.js';

const post = (message: BodyMessage) => parentPort!.postMessage(message);
let rest: Block[] = [];
let sent = 0;

function read({ file, id }: { file: ScannedFile; id: string }): void {
  rest = [];
  sent = 0;
  let article;
  try {
    article = readFileArticle(file, id);
  } catch (error) {
    return post({ kind: 'failed', reason: error instanceof Error ? error.message : String(error) });
  }
  if (article === null) return post({ kind: 'head', article: null });
  rest = article.blocks;
  post({ kind: 'head', article: { ...article, blocks: [] } });
}

parentPort?.on('message', (request: BodyRequest) => {
  if (request.kind === 'read') return read(request);
  if (sent >= rest.length) return post({ kind: 'done' });
  post({ kind: 'blocks', blocks: rest.slice(sent, (sent += BLOCKS_PER_MESSAGE)) });
});
