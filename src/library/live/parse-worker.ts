// A parse worker (bundled as dist/parse-worker.js): turns batches of files into summaries and
// search words, so a cold start uses every core and the reader's thread stays free for keys.
import { parentPort } from 'node:worker_threads';
import { parseScannedFile } from '../parse/parse-scanned-file.js';
import type { ScannedFile } from '../files/scan.js';

parentPort?.on('message', (files: ScannedFile[]) => {
  parentPort!.postMessage({ results: files.map(parseScannedFile) });
});
