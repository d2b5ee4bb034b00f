/**
 * Pages drawn where nobody sees them, so that the reader's first real keys run compiled code.
 *
 * Right after a start every frame runs React's reconciler, Yoga and Ink's output step in V8's
 * interpreter and baseline code: in a timeline of the bench's paging right after a warm start's
 * first frame (10,000 articles, 120x40; hrtime marks at a key's read and its frame's write), a
 * page took 1.7-3.9 ms from read to write for the first ~15 pages and 1.2-1.6 once optimised,
 * and the first Enter after them was 6-11 ms in the bench against 4-5 for the later ones. The
 * code is the same whichever Ink instance runs it, so a second instance, drawing an article
 * pane paged back and forth into a terminal of the same size that writes nowhere, gets it
 * optimised early. One frame a turn (`nextTurn`): a key that comes meanwhile is handled first.
 * Bench side by side (6 interleaved pairs, issue 10): the first open once idle 6.1-10.7 ->
 * 3.8-5.1 ms, the first ten pages' median 3.7-6.1 -> 3.2-5.1 ms (bench/RESULTS.md, session 11).
 */
import { render } from 'ink';
import { PassThrough, Writable } from 'node:stream';
import { nextTurn } from '../library/model/next-turn.js';
import type { ArticleLine } from '../render/article-lines.js';
import type { Token } from '../render/theme.js';
import { ArticlePane } from './ArticlePane.js';

/** Frames drawn: about as many as it took V8 to optimise the paging path in the timeline. */
export const WARM_FRAMES = 30;

/** A terminal of `columns` x `rows` that counts what is written to it and shows it nowhere. */
export function unseenTerminal(columns: number, rows: number): NodeJS.WriteStream & { written: number } {
  const stream = new Writable({
    write(chunk: Buffer | string, _encoding, done) {
      stream.written += chunk.length;
      done();
    },
  }) as unknown as NodeJS.WriteStream & { written: number };
  Object.assign(stream, { written: 0, isTTY: true, columns, rows });
  return stream;
}

const WORDS = 'the reader pages through a long article one screen at a time while the library loads'.split(' ');

/** Lines of body text with a heading and a quote now and then, as an article has. */
function sampleLines(count: number, width: number): ArticleLine[] {
  const lines: ArticleLine[] = [];
  for (let i = 0; i < count; i += 1) {
    const token: Token = i % 23 === 0 ? 'text.subheading' : i % 17 === 5 ? 'text.quote' : 'text.primary';
    let text = '';
    for (let w = i; ; w += 1) {
      const word = WORDS[w % WORDS.length] ?? '';
      if (text.length + word.length + 1 > width) break;
      text += (text ? ' ' : '') + word;
    }
    lines.push({ text: i % 9 === 8 ? '' : text, token, part: i, at: i * width });
  }
  return lines;
}

/**
 * Draws {@link WARM_FRAMES} pages of an article pane of the reader's size into an
 * {@link unseenTerminal}, one frame per turn of the event loop (`turn`), then unmounts it.
 * Resolves to the bytes that instance wrote (to its own terminal, never the reader's).
 */
export async function warmFrames(columns: number, rows: number, turn: () => Promise<void> = nextTurn, frames = WARM_FRAMES): Promise<number> {
  const stdout = unseenTerminal(columns, rows);
  const height = Math.max(1, rows - 4);
  const width = Math.max(10, columns - 40);
  const readingWidth = Math.max(1, Math.min(72, width - 4));
  const lines = sampleLines(height * 4, readingWidth);
  const pane = (top: number) => (
    <ArticlePane title="warming up" lines={lines} top={top} height={height} width={width} readingWidth={readingWidth}
      position={`${top}`} focused message={null} />
  );
  const instance = render(pane(0), {
    stdout,
    stdin: new PassThrough() as unknown as NodeJS.ReadStream,
    exitOnCtrlC: false,
    patchConsole: false,
    incrementalRendering: true,
    maxFps: 1000,
  });
  try {
    for (let i = 1; i < frames; i += 1) {
      await turn();
      instance.rerender(pane((i % 3) * height));
    }
  } finally {
    instance.unmount();
  }
  return stdout.written;
}
