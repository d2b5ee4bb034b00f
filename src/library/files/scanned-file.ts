/** A regular file found by the scan, with what is needed to notice it changing before it is read. */
export interface ScannedFile {
  /** Absolute path to open (the real path when the file was reached through a link). */
  abs: string;
  /** Path relative to the library folder, `/`-separated, as the reader is shown it. */
  rel: string;
  size: number;
  mtimeMs: number;
  ino: number;
  dev: number;
}
