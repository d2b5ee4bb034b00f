import type { ScannedFile } from '../files/scan.js';

/**
 * The files of one load, shared by its readers: worker threads take batches from the front, the
 * reader's thread takes one file at a time from the back, until they meet. Each file is taken
 * once. Files only a worker may read (`workersOnly`) are put first, so the reader's thread meets
 * them only once every other file is taken.
 */
export class FileQueue {
  readonly #files: readonly ScannedFile[];
  #front = 0;
  #back: number;

  constructor(
    files: readonly ScannedFile[],
    private readonly workersOnly: (file: ScannedFile) => boolean = () => false,
  ) {
    this.#files = [...files.filter(workersOnly), ...files.filter((f) => !workersOnly(f))];
    this.#back = this.#files.length;
  }

  /** Files not taken yet. */
  get left(): number {
    return this.#back - this.#front;
  }

  /** Up to `n` files from the front (none once every file is taken). */
  take(n: number): ScannedFile[] {
    const end = Math.min(this.#back, this.#front + n);
    const taken = this.#files.slice(this.#front, end);
    this.#front = end;
    return taken;
  }

  /** A file for the reader's thread, from the back; null once none is left that it may read. */
  takeLast(): ScannedFile | null {
    const file = this.#back > this.#front ? this.#files[this.#back - 1]! : null;
    if (file === null || this.workersOnly(file)) return null;
    this.#back -= 1;
    return file;
  }
}
